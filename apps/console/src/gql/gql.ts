/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      accountId\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n': typeof types.SignInDocument;
  '\n  query CampaignPage($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      role\n      status\n      kind\n      domains\n      startsOn\n      endsOn\n      organiserUnitId\n      activityCount\n      goals {\n        measure\n        target\n      }\n    }\n  }\n': typeof types.CampaignPageDocument;
  '\n  query CampaignActivities($unitId: ID!, $campaignId: ID!, $after: String) {\n    activities(unitId: $unitId, campaignId: $campaignId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        startsOn\n        endsOn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.CampaignActivitiesDocument;
  '\n  mutation PrepareActivity($input: PrepareActivityInput!) {\n    prepareActivity(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.PrepareActivityDocument;
  '\n  mutation StartActivity($input: StartActivityInput!) {\n    startActivity(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.StartActivityDocument;
  '\n  mutation CancelActivity($input: CancelActivityInput!) {\n    cancelActivity(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.CancelActivityDocument;
  '\n  mutation CompleteActivity($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.CompleteActivityDocument;
  '\n  query UnitCampaigns($unitId: ID!, $after: String) {\n    campaigns(unitId: $unitId, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        role\n        status\n        domains\n        startsOn\n        endsOn\n        activityCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.UnitCampaignsDocument;
  '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      reason\n      holderName\n      campaignName\n      organiserUnitName\n      hours\n      award\n      issuedOn\n    }\n  }\n': typeof types.VerifyCertificateDocument;
  '\n  query DashboardDefinitions($unitId: ID) {\n    indicatorDefinitions(unitId: $unitId) {\n      indicatorId\n      code\n      nameVi\n      nameEn\n      unit\n      retired\n    }\n  }\n': typeof types.DashboardDefinitionsDocument;
  '\n  query DashboardValues($ids: [ID!]!, $periods: [String!]!, $unitIds: [ID!]!) {\n    indicatorValues(indicatorIds: $ids, periods: $periods, unitIds: $unitIds) {\n      indicatorId\n      code\n      period\n      value\n      target\n      targetYear\n      progress\n    }\n  }\n': typeof types.DashboardValuesDocument;
  '\n  query FieldCheckInCode($shiftId: ID!) {\n    shiftCheckInCode(shiftId: $shiftId) {\n      shiftId\n      code\n      validFrom\n      validUntil\n    }\n  }\n': typeof types.FieldCheckInCodeDocument;
  '\n  mutation FieldCheckInWithCode($input: CheckInWithCodeInput!) {\n    checkInWithCode(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.FieldCheckInWithCodeDocument;
  '\n  query FieldMine {\n    mySignUps {\n      shiftId\n      status\n      signedUpAt\n      changedAt\n    }\n    myHours {\n      volunteerId\n      totalHours\n      shifts {\n        shiftId\n        hours\n      }\n      certificates {\n        id\n        award\n        hours\n        activities\n        issuedOn\n        code\n        revokedOn\n      }\n    }\n  }\n': typeof types.FieldMineDocument;
  '\n  query FieldShiftLabel($id: ID!) {\n    shift(id: $id) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n    }\n  }\n': typeof types.FieldShiftLabelDocument;
  '\n  query FieldActivityLabel($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n    }\n  }\n': typeof types.FieldActivityLabelDocument;
  '\n  query FieldUpcomingActivities($unitId: ID!, $from: String!, $after: String) {\n    activities(unitId: $unitId, from: $from, first: 20, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.FieldUpcomingActivitiesDocument;
  '\n  query FieldOpenShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      waitlist\n      requiresApproval\n    }\n  }\n': typeof types.FieldOpenShiftsDocument;
  '\n  mutation FieldCancelSignUp($input: CancelSignUpInput!) {\n    cancelSignUp(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.FieldCancelSignUpDocument;
  '\n  mutation FieldSignUp($input: SignUpForShiftInput!) {\n    signUpForShift(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.FieldSignUpDocument;
  '\n  query FieldDataExport($id: ID!) {\n    volunteerDataExport(id: $id)\n  }\n': typeof types.FieldDataExportDocument;
  '\n  query FieldShift($shiftId: ID!) {\n    shift(id: $shiftId) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      confirmed\n    }\n  }\n': typeof types.FieldShiftDocument;
  '\n  query FieldShiftAttendance($shiftId: ID!) {\n    shiftAttendance(shiftId: $shiftId) {\n      shiftId\n      recordCount\n      volunteerCount\n      qrCodeRecords\n    }\n  }\n': typeof types.FieldShiftAttendanceDocument;
  '\n  query FieldActivityName($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n    }\n  }\n': typeof types.FieldActivityNameDocument;
  '\n  query FieldVolunteerName($id: ID!) {\n    volunteer(id: $id) {\n      id\n      fullName\n    }\n  }\n': typeof types.FieldVolunteerNameDocument;
  '\n  query FieldDayActivities($unitId: ID!, $date: String!, $after: String) {\n    activities(unitId: $unitId, from: $date, to: $date, first: 20, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.FieldDayActivitiesDocument;
  '\n  query FieldActivityShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n    }\n  }\n': typeof types.FieldActivityShiftsDocument;
  '\n  query FieldMe {\n    me {\n      accountId\n      kind\n      personId\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n': typeof types.FieldMeDocument;
  '\n  mutation FieldRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.FieldRecordAttendanceDocument;
  '\n  query UnitAuditTrail($id: ID!, $after: String) {\n    subject: unit(id: $id) {\n      id\n      title: nameVi\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.UnitAuditTrailDocument;
  '\n  query CampaignAuditTrail($id: ID!, $after: String) {\n    subject: campaign(id: $id) {\n      id\n      title: name\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.CampaignAuditTrailDocument;
  '\n  query ActivityAuditTrail($id: ID!, $after: String) {\n    subject: activity(id: $id) {\n      id\n      title: name\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.ActivityAuditTrailDocument;
  '\n  query VolunteerAuditTrail($id: ID!, $after: String) {\n    subject: volunteer(id: $id) {\n      id\n      title: fullName\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.VolunteerAuditTrailDocument;
  '\n  query NetworkUnitAgreements($unitId: ID!, $asOf: String, $status: String, $after: String) {\n    unitAgreements(unitId: $unitId, asOf: $asOf, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        title\n        partnerId\n        leadUnitId\n        partyUnitIds\n        status\n        asOf\n        signedOn\n        validFrom\n        validTo\n        terminatedFrom\n        terminationReason\n        scope\n        fields\n        commitments {\n          commitmentId\n          description\n          kind\n          quantity\n          measure\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.NetworkUnitAgreementsDocument;
  '\n  query NetworkPartnerOptions($unitId: ID!) {\n    unitPartners(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    unit(id: $unitId) {\n      id\n      children(first: 100) {\n        nodes {\n          id\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.NetworkPartnerOptionsDocument;
  '\n  mutation NetworkSignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n': typeof types.NetworkSignAgreementDocument;
  '\n  mutation NetworkTerminateAgreement($input: TerminateAgreementInput!) {\n    terminateAgreement(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.NetworkTerminateAgreementDocument;
  '\n  query NetworkUnitGroups($unitId: ID!, $asOf: String, $status: String, $includeSubtree: Boolean, $after: String) {\n    unitGroups(unitId: $unitId, asOf: $asOf, status: $status, includeSubtree: $includeSubtree, first: 25, after: $after) {\n      asOf\n      totalCount\n      totals {\n        status\n        count\n      }\n      nodes {\n        id\n        name\n        kind\n        status\n        channel\n        size\n        fields\n        hostUnitId\n        currentHostUnitId\n        proposedHostUnitId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.NetworkUnitGroupsDocument;
  '\n  mutation NetworkVerifyGroup($input: VerifyGroupInput!) {\n    verifyGroup(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.NetworkVerifyGroupDocument;
  '\n  mutation NetworkDeclineGroup($input: DeclineGroupVerificationInput!) {\n    declineGroupVerification(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.NetworkDeclineGroupDocument;
  '\n  mutation NetworkDeclareGroupStatus($input: DeclareGroupStatusInput!) {\n    declareGroupStatus(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.NetworkDeclareGroupStatusDocument;
  '\n  query NetworkNeed($id: ID!) {\n    need(id: $id) {\n      id\n      unitId\n      description\n      kind\n      quantity\n      measure\n      placeUnitId\n      from\n      to\n      priority\n      status\n      source\n      raisedOn\n      fields\n      skills\n      fulfilledOn\n      cancelledOn\n      cancelReason\n      quantities {\n        requested\n        proposed\n        committed\n        delivered\n        outstanding\n      }\n      matches {\n        matchId\n        offererKind\n        offererId\n        agreementId\n        quantity\n        note\n        status\n        proposedOn\n        acceptedOn\n        declinedOn\n        declineReason\n        deliveredQuantity\n        fulfilledOn\n        releasedOn\n        releaseReason\n      }\n    }\n  }\n': typeof types.NetworkNeedDocument;
  '\n  query NetworkNeedCandidates($needId: ID!) {\n    needMatchCandidates(needId: $needId, first: 20) {\n      candidateId\n      kind\n      name\n      score\n      agreementId\n      fields\n      reasons {\n        code\n        matched\n        unitId\n      }\n    }\n  }\n': typeof types.NetworkNeedCandidatesDocument;
  '\n  query NetworkGroupName($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n': typeof types.NetworkGroupNameDocument;
  '\n  mutation NetworkProposeMatch($input: ProposeNeedMatchInput!) {\n    proposeNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.NetworkProposeMatchDocument;
  '\n  mutation NetworkAcceptMatch($input: NeedMatchInput!) {\n    acceptNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.NetworkAcceptMatchDocument;
  '\n  mutation NetworkDeclineMatch($input: DeclineNeedMatchInput!) {\n    declineNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.NetworkDeclineMatchDocument;
  '\n  mutation NetworkRecordMatchFulfilled($input: RecordNeedMatchFulfilledInput!) {\n    recordNeedMatchFulfilled(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.NetworkRecordMatchFulfilledDocument;
  '\n  mutation NetworkCancelNeed($input: CancelNeedInput!) {\n    cancelNeed(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.NetworkCancelNeedDocument;
  '\n  query NetworkUnitNeeds($unitId: ID!, $status: String, $after: String) {\n    unitNeeds(unitId: $unitId, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        description\n        kind\n        quantity\n        measure\n        placeUnitId\n        from\n        to\n        priority\n        status\n        quantities {\n          requested\n          committed\n          delivered\n          outstanding\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.NetworkUnitNeedsDocument;
  '\n  query NetworkNeedPlaces($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      nameVi\n      nameEn\n      children(first: 100) {\n        nodes {\n          id\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.NetworkNeedPlacesDocument;
  '\n  mutation NetworkRaiseNeed($input: RaiseNeedInput!) {\n    raiseNeed(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n': typeof types.NetworkRaiseNeedDocument;
  '\n  query NetworkUnitPartners($unitId: ID!, $kind: String, $after: String) {\n    unitPartners(unitId: $unitId, kind: $kind, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        countryCode\n        website\n        registeredOn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.NetworkUnitPartnersDocument;
  '\n  mutation NetworkRegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n': typeof types.NetworkRegisterPartnerDocument;
  '\n  query NetworkPartnerName($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n': typeof types.NetworkPartnerNameDocument;
  '\n  mutation ProposeActivity($input: ProposeActivityInput!) {\n    proposeActivity(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.ProposeActivityDocument;
  '\n  mutation PlanActivity($input: PlanActivityInput!) {\n    planActivity(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.PlanActivityDocument;
  '\n  mutation RenameActivity($activityId: ID!, $name: String!) {\n    renameActivity(activityId: $activityId, name: $name) {\n      consistencyToken\n    }\n  }\n': typeof types.RenameActivityDocument;
  '\n  query OperationsActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      status\n      campaignId\n      organiserUnitId\n      domains\n      startsOn\n      endsOn\n      proposedOn\n      location {\n        unitId\n        site\n      }\n      cancellation {\n        reason\n        cancelledOn\n      }\n    }\n  }\n': typeof types.OperationsActivityDocument;
  '\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.LaunchCampaignDocument;
  '\n  mutation PublishCampaignTemplate($input: PublishCampaignTemplateInput!) {\n    publishCampaignTemplate(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.PublishCampaignTemplateDocument;
  '\n  query OperationsShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      capacity\n      requiresApproval\n      minimumAge\n      waitlist\n      confirmed\n      confirmedCount\n      pending\n      pendingCount\n      waitlisted\n      waitlistedCount\n    }\n  }\n': typeof types.OperationsShiftsDocument;
  '\n  mutation ScheduleShift($input: ScheduleShiftInput!) {\n    scheduleShift(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.ScheduleShiftDocument;
  '\n  mutation ScheduleRecurringShifts($input: ScheduleRecurringShiftsInput!) {\n    scheduleRecurringShifts(input: $input) {\n      shiftIds\n      consistencyTokens\n    }\n  }\n': typeof types.ScheduleRecurringShiftsDocument;
  '\n  mutation ChangeShiftCapacity($input: ChangeShiftCapacityInput!) {\n    changeShiftCapacity(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.ChangeShiftCapacityDocument;
  '\n  mutation SignUpVolunteerForShift($input: SignUpForShiftInput!) {\n    signUpForShift(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.SignUpVolunteerForShiftDocument;
  '\n  mutation ApproveShiftSignUp($input: ApproveSignUpInput!) {\n    approveSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.ApproveShiftSignUpDocument;
  '\n  mutation RejectShiftSignUp($input: RejectSignUpInput!) {\n    rejectSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.RejectShiftSignUpDocument;
  '\n  mutation CancelShiftSignUp($input: CancelSignUpInput!) {\n    cancelSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.CancelShiftSignUpDocument;
  '\n  query OperationsAdoptableTemplates($unitId: ID!) {\n    adoptableTemplates(unitId: $unitId) {\n      id\n      name\n      startsOn\n      endsOn\n      adoptions {\n        unitId\n        localCampaignId\n      }\n    }\n  }\n': typeof types.OperationsAdoptableTemplatesDocument;
  '\n  mutation AdoptCampaignTemplate($input: AdoptCampaignTemplateInput!) {\n    adoptCampaignTemplate(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.AdoptCampaignTemplateDocument;
  '\n  mutation OpenLocalCampaign($input: OpenLocalCampaignInput!) {\n    openLocalCampaign(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.OpenLocalCampaignDocument;
  '\n  query OperationsUnitVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 100, after: $after) {\n      nodes {\n        id\n        fullName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.OperationsUnitVolunteersDocument;
  '\n  query OperationsUnitCadres($unitId: ID!) {\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n': typeof types.OperationsUnitCadresDocument;
  '\n  query UnitCadres($unitId: ID!, $after: String) {\n    cadres(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        fullName\n        positions {\n          positionId\n          title\n          unitId\n          dedicatedToVolunteerWork\n          termStart\n          endedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.UnitCadresDocument;
  '\n  query UnitVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        fullName\n        phone\n        email\n        skills\n        registeredOn\n        erased\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.UnitVolunteersDocument;
  '\n  query UnitAccounts($unitId: ID!, $after: String) {\n    accounts(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        accountId\n        username\n        kind\n        closed\n        roles {\n          role\n          unitId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.UnitAccountsDocument;
  '\n  query ReportPage($unitId: ID!, $templateId: ID!, $period: String!) {\n    report(unitId: $unitId, templateId: $templateId, period: $period) {\n      reportId\n      unitId\n      unitName\n      templateName\n      period\n      status\n      submissions\n      onTime\n      structureDate\n      window {\n        opensOn\n        dueOn\n        closesOn\n      }\n      sections {\n        key\n        title\n        narrative\n      }\n      commendations {\n        proposalId\n        subjectKind\n        subjectId\n        award\n        reason\n      }\n      prefill {\n        indicatorId\n        code\n        name\n        unit\n        value\n        target\n      }\n      submittedValues {\n        indicatorId\n        value\n      }\n      approvedValues {\n        indicatorId\n        value\n      }\n      changesSinceApproval {\n        indicatorId\n        approved\n        current\n        difference\n      }\n      children {\n        unitId\n        name\n        status\n        onTime\n      }\n      history {\n        action\n        at\n        by\n        submission\n        text\n      }\n    }\n  }\n': typeof types.ReportPageDocument;
  '\n  mutation SaveReportDraft($input: SaveReportDraftInput!) {\n    saveReportDraft(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.SaveReportDraftDocument;
  '\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.SubmitReportDocument;
  '\n  mutation ApproveReport($input: ApproveReportInput!) {\n    approveReport(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.ApproveReportDocument;
  '\n  mutation ReturnReport($input: ReturnReportInput!) {\n    returnReport(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.ReturnReportDocument;
  '\n  query ReportExport($unitId: ID!, $templateId: ID!, $period: String!, $format: ExportFormat!) {\n    reportExport(unitId: $unitId, templateId: $templateId, period: $period, format: $format) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n': typeof types.ReportExportDocument;
  '\n  query ReportTemplates {\n    reportTemplates {\n      templateId\n      name\n      cadence\n      years\n    }\n  }\n': typeof types.ReportTemplatesDocument;
  '\n  query ReportingRates($unitId: ID!, $templateId: ID!, $period: String!) {\n    reportingRates(unitId: $unitId, templateId: $templateId, period: $period) {\n      rows {\n        unitId\n        name\n        status\n        onTime\n        overdue\n        dueOn\n        firstSubmittedOn\n        approvedOn\n      }\n      totals {\n        expected\n        received\n        onTime\n        approved\n        reportingRate\n        timelinessRate\n      }\n    }\n  }\n': typeof types.ReportingRatesDocument;
  '\n  query ResultsActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      organiserUnitId\n      campaignId\n    }\n  }\n': typeof types.ResultsActivityDocument;
  '\n  query ResultsShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      confirmed\n      confirmedCount\n    }\n  }\n': typeof types.ResultsShiftsDocument;
  '\n  query ResultsShiftAttendance($shiftId: ID!) {\n    shiftAttendance(shiftId: $shiftId) {\n      shiftId\n      recordCount\n      volunteerCount\n      qrCodeRecords\n      corrections {\n        id\n        volunteerId\n        reason\n        status\n        requestedAt\n        requestedBy\n        decidedAt\n        rejectionReason\n        voidRecordIds\n        addRecords {\n          recordId\n          kind\n          at\n        }\n      }\n    }\n  }\n': typeof types.ResultsShiftAttendanceDocument;
  '\n  mutation ResultsApproveCorrection($input: ApproveAttendanceCorrectionInput!) {\n    approveAttendanceCorrection(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.ResultsApproveCorrectionDocument;
  '\n  mutation ResultsRejectCorrection($input: RejectAttendanceCorrectionInput!) {\n    rejectAttendanceCorrection(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.ResultsRejectCorrectionDocument;
  '\n  mutation ResultsRequestCorrection($input: RequestAttendanceCorrectionInput!) {\n    requestAttendanceCorrection(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.ResultsRequestCorrectionDocument;
  '\n  query ResultsCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      organiserUnitId\n    }\n  }\n': typeof types.ResultsCampaignDocument;
  '\n  query CertificateToPrint($id: ID!) {\n    certificate(id: $id) {\n      id\n      award\n      campaignId\n      issuingUnitId\n      hours\n      activities\n      issuedOn\n      revokedOn\n      code\n    }\n  }\n': typeof types.CertificateToPrintDocument;
  '\n  query ResultsPrintVerify($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      reason\n      holderName\n      campaignName\n      organiserUnitName\n    }\n  }\n': typeof types.ResultsPrintVerifyDocument;
  '\n  query ResultsCertificateCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      organiserUnitId\n      certificateCriteria {\n        minimumHours\n        minimumActivities\n      }\n      certificates {\n        id\n        award\n        volunteerId\n        hours\n        activities\n        issuedOn\n        status\n        revokedOn\n      }\n    }\n  }\n': typeof types.ResultsCertificateCampaignDocument;
  '\n  query ResultsCertificateVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 50, after: $after) {\n      nodes {\n        id\n        fullName\n        erased\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n': typeof types.ResultsCertificateVolunteersDocument;
  '\n  mutation ResultsIssueCertificate($campaignId: ID!, $volunteerId: ID!, $award: String!) {\n    issueCertificate(campaignId: $campaignId, volunteerId: $volunteerId, award: $award) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.ResultsIssueCertificateDocument;
  '\n  mutation ResultsRevokeCertificate($certificateId: ID!, $reason: String!) {\n    revokeCertificate(certificateId: $certificateId, reason: $reason) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.ResultsRevokeCertificateDocument;
  '\n  query ResultsMyHours {\n    myHours {\n      volunteerId\n      totalHours\n      certificates {\n        id\n        award\n        campaignId\n        code\n        hours\n        activities\n        issuedOn\n        issuingUnitId\n        revokedOn\n      }\n    }\n  }\n': typeof types.ResultsMyHoursDocument;
  '\n  query ResultsActivityOutputs($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      domains\n      outputs {\n        id\n        kind\n        name\n        domain\n        completedOn\n        valuationVnd\n        measures {\n          measureId\n          value\n        }\n        withdrawal {\n          reason\n          withdrawnOn\n        }\n      }\n      resources {\n        id\n        source\n        form\n        amountVnd\n        description\n        quantity\n        unit\n        valueVnd\n        donorName\n        receivedOn\n        withdrawal {\n          reason\n          withdrawnOn\n        }\n      }\n      resultTotals {\n        outputCount\n        resourcesTotalVnd\n        measures {\n          measure {\n            id\n            nameVi\n            nameEn\n            unitVi\n            unitEn\n          }\n          total\n          outputCount\n        }\n      }\n    }\n  }\n': typeof types.ResultsActivityOutputsDocument;
  '\n  query ResultsCampaignTotals($unitId: ID!, $campaignId: ID) {\n    unitResultTotals(unitId: $unitId, campaignId: $campaignId) {\n      outputCount\n      resourcesTotalVnd\n      measures {\n        measure {\n          id\n          nameVi\n          nameEn\n          unitVi\n          unitEn\n        }\n        total\n        outputCount\n      }\n    }\n  }\n': typeof types.ResultsCampaignTotalsDocument;
  '\n  query ResultsOutputMeasures {\n    outputMeasures {\n      id\n      nameVi\n      nameEn\n      unitVi\n      unitEn\n      valueType\n      retired\n    }\n  }\n': typeof types.ResultsOutputMeasuresDocument;
  '\n  mutation ResultsRecordOutput($input: RecordActivityOutputInput!) {\n    recordActivityOutput(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.ResultsRecordOutputDocument;
  '\n  mutation ResultsWithdrawOutput($input: WithdrawActivityOutputInput!) {\n    withdrawActivityOutput(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.ResultsWithdrawOutputDocument;
  '\n  mutation ResultsRecordResource($input: RecordResourceMobilisedInput!) {\n    recordResourceMobilised(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.ResultsRecordResourceDocument;
  '\n  mutation ResultsWithdrawResource($input: WithdrawResourceMobilisedInput!) {\n    withdrawResourceMobilised(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.ResultsWithdrawResourceDocument;
  '\n  query ResultsVolunteerName($id: ID!) {\n    volunteer(id: $id) {\n      id\n      fullName\n    }\n  }\n': typeof types.ResultsVolunteerNameDocument;
  '\n  query TrainingCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      status\n      curriculumId\n      runningUnitId\n      level\n      mode\n      priorityAreas\n      startsOn\n      endsOn\n      capacity\n      freePlaces\n      passMark\n      minimumAttendanceShare\n      scheduledHours\n      waitlist\n      waitlistedIds\n      trainerIds\n      completedOn\n      cancelReason\n      confirmedCount\n      pendingCount\n      waitlistedCount\n      passedCount\n      notPassedCount\n      flags {\n        trainerId\n        revokedOn\n      }\n      sessions {\n        sessionId\n        date\n        hours\n        place\n        link\n        cancelled\n        attendanceRecorded\n        presentCount\n      }\n    }\n    qualificationKinds {\n      id\n      isTrainerQualification\n    }\n  }\n': typeof types.TrainingCourseDocument;
  '\n  query TrainingCurriculumTitle($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n    }\n  }\n': typeof types.TrainingCurriculumTitleDocument;
  '\n  query TrainingCourseEnrolments($courseId: ID!, $status: String, $after: String) {\n    courseEnrolments(courseId: $courseId, status: $status, first: 50, after: $after) {\n      totalCount\n      nodes {\n        personId\n        personKind\n        unitId\n        status\n        waitlistPosition\n        attendedHours\n        meetsAttendance\n        score\n        passing\n        reason\n        result {\n          passed\n          score\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TrainingCourseEnrolmentsDocument;
  '\n  mutation TrainingApproveEnrolment($input: ApproveEnrolmentInput!) {\n    approveEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.TrainingApproveEnrolmentDocument;
  '\n  mutation TrainingDeclineEnrolment($input: DeclineEnrolmentInput!) {\n    declineEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.TrainingDeclineEnrolmentDocument;
  '\n  mutation TrainingWithdrawEnrolment($input: WithdrawEnrolmentInput!) {\n    withdrawEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.TrainingWithdrawEnrolmentDocument;
  '\n  mutation TrainingCompleteCourse($input: CompleteCourseInput!) {\n    completeCourse(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.TrainingCompleteCourseDocument;
  '\n  query TrainingCourses($unitId: ID!, $status: String, $after: String) {\n    courses(unitId: $unitId, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        level\n        mode\n        startsOn\n        endsOn\n        capacity\n        confirmedCount\n        pendingCount\n        waitlistedCount\n        passedCount\n        notPassedCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TrainingCoursesDocument;
  '\n  query TrainingExtensionPreview($kindId: ID!, $expiringFrom: String!, $expiringTo: String!, $extendByMonths: Int!, $after: String) {\n    previewQualificationExtension(\n      kindId: $kindId\n      expiringFrom: $expiringFrom\n      expiringTo: $expiringTo\n      extendByMonths: $extendByMonths\n      first: 50\n      after: $after\n    ) {\n      declaredOn\n      holderCount\n      totalCount\n      nodes {\n        personId\n        recordId\n        grantedOn\n        oldValidUntil\n        newValidUntil\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TrainingExtensionPreviewDocument;
  '\n  query TrainingNominateUnits($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      nameVi\n      nameEn\n    }\n    units(parentId: $unitId, first: 100) {\n      nodes {\n        id\n        nameVi\n        nameEn\n      }\n    }\n  }\n': typeof types.TrainingNominateUnitsDocument;
  '\n  mutation TrainingRequestEnrolment($input: RequestEnrolmentInput!) {\n    requestEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.TrainingRequestEnrolmentDocument;
  '\n  query TrainingPersonQualifications($personId: ID!, $asOf: String) {\n    personQualifications(personId: $personId, asOf: $asOf) {\n      asOf\n      personKind\n      qualifications {\n        kindId\n        kindName\n        status\n        validUntil\n        isTrainerQualification\n        history {\n          recordId\n          origin\n          grantedOn\n          validUntil\n          effectiveValidUntil\n          status\n          courseId\n          evidence\n          revokedOn\n          revocationReason\n        }\n      }\n    }\n    personCourses(personId: $personId, first: 50) {\n      nodes {\n        courseId\n        courseTitle\n        courseStatus\n        status\n        result {\n          passed\n        }\n      }\n    }\n    flaggedCourses(trainerId: $personId, first: 50) {\n      nodes {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n': typeof types.TrainingPersonQualificationsDocument;
  '\n  query TrainingPlanOptions($unitId: ID!) {\n    curricula(first: 100) {\n      nodes {\n        id\n        title\n        targetGroup\n        totalHours\n        status\n      }\n    }\n    qualificationKinds {\n      id\n      name\n      isTrainerQualification\n    }\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n': typeof types.TrainingPlanOptionsDocument;
  '\n  mutation PlanCourse($input: PlanCourseInput!) {\n    planCourse(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.PlanCourseDocument;
  '\n  query TrainingQualificationKinds {\n    qualificationKinds {\n      id\n      name\n      validityYears\n      isTrainerQualification\n    }\n  }\n': typeof types.TrainingQualificationKindsDocument;
  '\n  query TrainingUnitQualifications($unitId: ID!, $kindId: ID!, $asOf: String, $status: String, $after: String) {\n    unitQualifications(unitId: $unitId, kindId: $kindId, asOf: $asOf, status: $status, first: 50, after: $after) {\n      asOf\n      totalCount\n      totals {\n        status\n        count\n      }\n      nodes {\n        personId\n        personKind\n        unitId\n        recordId\n        status\n        grantedOn\n        validUntil\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TrainingUnitQualificationsDocument;
  '\n  mutation TrainingRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.TrainingRecordAssessmentDocument;
  '\n  mutation TrainingScheduleSession($input: ScheduleCourseSessionInput!) {\n    scheduleCourseSession(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n': typeof types.TrainingScheduleSessionDocument;
  '\n  query TrainingSessionAttendance($courseId: ID!, $sessionId: ID!) {\n    courseSessionAttendance(courseId: $courseId, sessionId: $sessionId) {\n      sessionId\n      recorded\n      presentPersonIds\n    }\n  }\n': typeof types.TrainingSessionAttendanceDocument;
  '\n  mutation TrainingRecordSessionAttendance($input: RecordSessionAttendanceInput!) {\n    recordSessionAttendance(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.TrainingRecordSessionAttendanceDocument;
  '\n  query TrainingUnitPeople($unitId: ID!) {\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n    volunteers(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n': typeof types.TrainingUnitPeopleDocument;
  '\n  query TrainingTrainerHolders($unitId: ID!, $kindId: ID!) {\n    unitQualifications(unitId: $unitId, kindId: $kindId, status: "valid", first: 100) {\n      nodes {\n        personId\n        unitId\n        validUntil\n      }\n    }\n  }\n': typeof types.TrainingTrainerHoldersDocument;
  '\n  query UnitPage($id: ID!, $asOf: String) {\n    unit(id: $id, asOf: $asOf) {\n      id\n      asOf\n      nameVi\n      nameEn\n      levelLabel\n      organisation\n      areaCode\n      status\n      from\n      flags {\n        ethnicMinority\n        mountainous\n        border\n        island\n      }\n      parent {\n        id\n        nameVi\n      }\n      predecessors {\n        unitId\n        from\n      }\n      successorIds\n      history {\n        from\n        nameVi\n        levelLabel\n        status\n        parentId\n      }\n      children(first: 100) {\n        totalCount\n        nodes {\n          id\n          nameVi\n          levelLabel\n          status\n        }\n      }\n    }\n  }\n': typeof types.UnitPageDocument;
  '\n  query UnitTree($parentId: ID, $asOf: String, $after: String) {\n    units(parentId: $parentId, asOf: $asOf, first: 100, after: $after) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.UnitTreeDocument;
  '\n  query SearchUnits($query: String!, $asOf: String) {\n    searchUnits(query: $query, asOf: $asOf, first: 20) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n    }\n  }\n': typeof types.SearchUnitsDocument;
  '\n  query UnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      nameVi\n      nameEn\n    }\n  }\n': typeof types.UnitNameDocument;
  '\n  mutation SignOut {\n    signOut {\n      consistencyToken\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  query ShellMe {\n    me {\n      accountId\n      kind\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n': typeof types.ShellMeDocument;
};
const documents: Documents = {
  '\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      accountId\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n':
    types.SignInDocument,
  '\n  query CampaignPage($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      role\n      status\n      kind\n      domains\n      startsOn\n      endsOn\n      organiserUnitId\n      activityCount\n      goals {\n        measure\n        target\n      }\n    }\n  }\n':
    types.CampaignPageDocument,
  '\n  query CampaignActivities($unitId: ID!, $campaignId: ID!, $after: String) {\n    activities(unitId: $unitId, campaignId: $campaignId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        startsOn\n        endsOn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.CampaignActivitiesDocument,
  '\n  mutation PrepareActivity($input: PrepareActivityInput!) {\n    prepareActivity(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.PrepareActivityDocument,
  '\n  mutation StartActivity($input: StartActivityInput!) {\n    startActivity(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.StartActivityDocument,
  '\n  mutation CancelActivity($input: CancelActivityInput!) {\n    cancelActivity(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.CancelActivityDocument,
  '\n  mutation CompleteActivity($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.CompleteActivityDocument,
  '\n  query UnitCampaigns($unitId: ID!, $after: String) {\n    campaigns(unitId: $unitId, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        role\n        status\n        domains\n        startsOn\n        endsOn\n        activityCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.UnitCampaignsDocument,
  '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      reason\n      holderName\n      campaignName\n      organiserUnitName\n      hours\n      award\n      issuedOn\n    }\n  }\n':
    types.VerifyCertificateDocument,
  '\n  query DashboardDefinitions($unitId: ID) {\n    indicatorDefinitions(unitId: $unitId) {\n      indicatorId\n      code\n      nameVi\n      nameEn\n      unit\n      retired\n    }\n  }\n':
    types.DashboardDefinitionsDocument,
  '\n  query DashboardValues($ids: [ID!]!, $periods: [String!]!, $unitIds: [ID!]!) {\n    indicatorValues(indicatorIds: $ids, periods: $periods, unitIds: $unitIds) {\n      indicatorId\n      code\n      period\n      value\n      target\n      targetYear\n      progress\n    }\n  }\n':
    types.DashboardValuesDocument,
  '\n  query FieldCheckInCode($shiftId: ID!) {\n    shiftCheckInCode(shiftId: $shiftId) {\n      shiftId\n      code\n      validFrom\n      validUntil\n    }\n  }\n':
    types.FieldCheckInCodeDocument,
  '\n  mutation FieldCheckInWithCode($input: CheckInWithCodeInput!) {\n    checkInWithCode(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.FieldCheckInWithCodeDocument,
  '\n  query FieldMine {\n    mySignUps {\n      shiftId\n      status\n      signedUpAt\n      changedAt\n    }\n    myHours {\n      volunteerId\n      totalHours\n      shifts {\n        shiftId\n        hours\n      }\n      certificates {\n        id\n        award\n        hours\n        activities\n        issuedOn\n        code\n        revokedOn\n      }\n    }\n  }\n':
    types.FieldMineDocument,
  '\n  query FieldShiftLabel($id: ID!) {\n    shift(id: $id) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n    }\n  }\n':
    types.FieldShiftLabelDocument,
  '\n  query FieldActivityLabel($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n    }\n  }\n': types.FieldActivityLabelDocument,
  '\n  query FieldUpcomingActivities($unitId: ID!, $from: String!, $after: String) {\n    activities(unitId: $unitId, from: $from, first: 20, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.FieldUpcomingActivitiesDocument,
  '\n  query FieldOpenShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      waitlist\n      requiresApproval\n    }\n  }\n':
    types.FieldOpenShiftsDocument,
  '\n  mutation FieldCancelSignUp($input: CancelSignUpInput!) {\n    cancelSignUp(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.FieldCancelSignUpDocument,
  '\n  mutation FieldSignUp($input: SignUpForShiftInput!) {\n    signUpForShift(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.FieldSignUpDocument,
  '\n  query FieldDataExport($id: ID!) {\n    volunteerDataExport(id: $id)\n  }\n': types.FieldDataExportDocument,
  '\n  query FieldShift($shiftId: ID!) {\n    shift(id: $shiftId) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      confirmed\n    }\n  }\n':
    types.FieldShiftDocument,
  '\n  query FieldShiftAttendance($shiftId: ID!) {\n    shiftAttendance(shiftId: $shiftId) {\n      shiftId\n      recordCount\n      volunteerCount\n      qrCodeRecords\n    }\n  }\n':
    types.FieldShiftAttendanceDocument,
  '\n  query FieldActivityName($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n    }\n  }\n': types.FieldActivityNameDocument,
  '\n  query FieldVolunteerName($id: ID!) {\n    volunteer(id: $id) {\n      id\n      fullName\n    }\n  }\n': types.FieldVolunteerNameDocument,
  '\n  query FieldDayActivities($unitId: ID!, $date: String!, $after: String) {\n    activities(unitId: $unitId, from: $date, to: $date, first: 20, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.FieldDayActivitiesDocument,
  '\n  query FieldActivityShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n    }\n  }\n':
    types.FieldActivityShiftsDocument,
  '\n  query FieldMe {\n    me {\n      accountId\n      kind\n      personId\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n':
    types.FieldMeDocument,
  '\n  mutation FieldRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.FieldRecordAttendanceDocument,
  '\n  query UnitAuditTrail($id: ID!, $after: String) {\n    subject: unit(id: $id) {\n      id\n      title: nameVi\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.UnitAuditTrailDocument,
  '\n  query CampaignAuditTrail($id: ID!, $after: String) {\n    subject: campaign(id: $id) {\n      id\n      title: name\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.CampaignAuditTrailDocument,
  '\n  query ActivityAuditTrail($id: ID!, $after: String) {\n    subject: activity(id: $id) {\n      id\n      title: name\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.ActivityAuditTrailDocument,
  '\n  query VolunteerAuditTrail($id: ID!, $after: String) {\n    subject: volunteer(id: $id) {\n      id\n      title: fullName\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.VolunteerAuditTrailDocument,
  '\n  query NetworkUnitAgreements($unitId: ID!, $asOf: String, $status: String, $after: String) {\n    unitAgreements(unitId: $unitId, asOf: $asOf, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        title\n        partnerId\n        leadUnitId\n        partyUnitIds\n        status\n        asOf\n        signedOn\n        validFrom\n        validTo\n        terminatedFrom\n        terminationReason\n        scope\n        fields\n        commitments {\n          commitmentId\n          description\n          kind\n          quantity\n          measure\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.NetworkUnitAgreementsDocument,
  '\n  query NetworkPartnerOptions($unitId: ID!) {\n    unitPartners(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    unit(id: $unitId) {\n      id\n      children(first: 100) {\n        nodes {\n          id\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n':
    types.NetworkPartnerOptionsDocument,
  '\n  mutation NetworkSignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n':
    types.NetworkSignAgreementDocument,
  '\n  mutation NetworkTerminateAgreement($input: TerminateAgreementInput!) {\n    terminateAgreement(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.NetworkTerminateAgreementDocument,
  '\n  query NetworkUnitGroups($unitId: ID!, $asOf: String, $status: String, $includeSubtree: Boolean, $after: String) {\n    unitGroups(unitId: $unitId, asOf: $asOf, status: $status, includeSubtree: $includeSubtree, first: 25, after: $after) {\n      asOf\n      totalCount\n      totals {\n        status\n        count\n      }\n      nodes {\n        id\n        name\n        kind\n        status\n        channel\n        size\n        fields\n        hostUnitId\n        currentHostUnitId\n        proposedHostUnitId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.NetworkUnitGroupsDocument,
  '\n  mutation NetworkVerifyGroup($input: VerifyGroupInput!) {\n    verifyGroup(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.NetworkVerifyGroupDocument,
  '\n  mutation NetworkDeclineGroup($input: DeclineGroupVerificationInput!) {\n    declineGroupVerification(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.NetworkDeclineGroupDocument,
  '\n  mutation NetworkDeclareGroupStatus($input: DeclareGroupStatusInput!) {\n    declareGroupStatus(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.NetworkDeclareGroupStatusDocument,
  '\n  query NetworkNeed($id: ID!) {\n    need(id: $id) {\n      id\n      unitId\n      description\n      kind\n      quantity\n      measure\n      placeUnitId\n      from\n      to\n      priority\n      status\n      source\n      raisedOn\n      fields\n      skills\n      fulfilledOn\n      cancelledOn\n      cancelReason\n      quantities {\n        requested\n        proposed\n        committed\n        delivered\n        outstanding\n      }\n      matches {\n        matchId\n        offererKind\n        offererId\n        agreementId\n        quantity\n        note\n        status\n        proposedOn\n        acceptedOn\n        declinedOn\n        declineReason\n        deliveredQuantity\n        fulfilledOn\n        releasedOn\n        releaseReason\n      }\n    }\n  }\n':
    types.NetworkNeedDocument,
  '\n  query NetworkNeedCandidates($needId: ID!) {\n    needMatchCandidates(needId: $needId, first: 20) {\n      candidateId\n      kind\n      name\n      score\n      agreementId\n      fields\n      reasons {\n        code\n        matched\n        unitId\n      }\n    }\n  }\n':
    types.NetworkNeedCandidatesDocument,
  '\n  query NetworkGroupName($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n': types.NetworkGroupNameDocument,
  '\n  mutation NetworkProposeMatch($input: ProposeNeedMatchInput!) {\n    proposeNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.NetworkProposeMatchDocument,
  '\n  mutation NetworkAcceptMatch($input: NeedMatchInput!) {\n    acceptNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.NetworkAcceptMatchDocument,
  '\n  mutation NetworkDeclineMatch($input: DeclineNeedMatchInput!) {\n    declineNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.NetworkDeclineMatchDocument,
  '\n  mutation NetworkRecordMatchFulfilled($input: RecordNeedMatchFulfilledInput!) {\n    recordNeedMatchFulfilled(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.NetworkRecordMatchFulfilledDocument,
  '\n  mutation NetworkCancelNeed($input: CancelNeedInput!) {\n    cancelNeed(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.NetworkCancelNeedDocument,
  '\n  query NetworkUnitNeeds($unitId: ID!, $status: String, $after: String) {\n    unitNeeds(unitId: $unitId, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        description\n        kind\n        quantity\n        measure\n        placeUnitId\n        from\n        to\n        priority\n        status\n        quantities {\n          requested\n          committed\n          delivered\n          outstanding\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.NetworkUnitNeedsDocument,
  '\n  query NetworkNeedPlaces($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      nameVi\n      nameEn\n      children(first: 100) {\n        nodes {\n          id\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n':
    types.NetworkNeedPlacesDocument,
  '\n  mutation NetworkRaiseNeed($input: RaiseNeedInput!) {\n    raiseNeed(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n':
    types.NetworkRaiseNeedDocument,
  '\n  query NetworkUnitPartners($unitId: ID!, $kind: String, $after: String) {\n    unitPartners(unitId: $unitId, kind: $kind, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        countryCode\n        website\n        registeredOn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.NetworkUnitPartnersDocument,
  '\n  mutation NetworkRegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n':
    types.NetworkRegisterPartnerDocument,
  '\n  query NetworkPartnerName($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n': types.NetworkPartnerNameDocument,
  '\n  mutation ProposeActivity($input: ProposeActivityInput!) {\n    proposeActivity(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.ProposeActivityDocument,
  '\n  mutation PlanActivity($input: PlanActivityInput!) {\n    planActivity(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.PlanActivityDocument,
  '\n  mutation RenameActivity($activityId: ID!, $name: String!) {\n    renameActivity(activityId: $activityId, name: $name) {\n      consistencyToken\n    }\n  }\n':
    types.RenameActivityDocument,
  '\n  query OperationsActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      status\n      campaignId\n      organiserUnitId\n      domains\n      startsOn\n      endsOn\n      proposedOn\n      location {\n        unitId\n        site\n      }\n      cancellation {\n        reason\n        cancelledOn\n      }\n    }\n  }\n':
    types.OperationsActivityDocument,
  '\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.LaunchCampaignDocument,
  '\n  mutation PublishCampaignTemplate($input: PublishCampaignTemplateInput!) {\n    publishCampaignTemplate(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.PublishCampaignTemplateDocument,
  '\n  query OperationsShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      capacity\n      requiresApproval\n      minimumAge\n      waitlist\n      confirmed\n      confirmedCount\n      pending\n      pendingCount\n      waitlisted\n      waitlistedCount\n    }\n  }\n':
    types.OperationsShiftsDocument,
  '\n  mutation ScheduleShift($input: ScheduleShiftInput!) {\n    scheduleShift(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.ScheduleShiftDocument,
  '\n  mutation ScheduleRecurringShifts($input: ScheduleRecurringShiftsInput!) {\n    scheduleRecurringShifts(input: $input) {\n      shiftIds\n      consistencyTokens\n    }\n  }\n':
    types.ScheduleRecurringShiftsDocument,
  '\n  mutation ChangeShiftCapacity($input: ChangeShiftCapacityInput!) {\n    changeShiftCapacity(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.ChangeShiftCapacityDocument,
  '\n  mutation SignUpVolunteerForShift($input: SignUpForShiftInput!) {\n    signUpForShift(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.SignUpVolunteerForShiftDocument,
  '\n  mutation ApproveShiftSignUp($input: ApproveSignUpInput!) {\n    approveSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.ApproveShiftSignUpDocument,
  '\n  mutation RejectShiftSignUp($input: RejectSignUpInput!) {\n    rejectSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.RejectShiftSignUpDocument,
  '\n  mutation CancelShiftSignUp($input: CancelSignUpInput!) {\n    cancelSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.CancelShiftSignUpDocument,
  '\n  query OperationsAdoptableTemplates($unitId: ID!) {\n    adoptableTemplates(unitId: $unitId) {\n      id\n      name\n      startsOn\n      endsOn\n      adoptions {\n        unitId\n        localCampaignId\n      }\n    }\n  }\n':
    types.OperationsAdoptableTemplatesDocument,
  '\n  mutation AdoptCampaignTemplate($input: AdoptCampaignTemplateInput!) {\n    adoptCampaignTemplate(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.AdoptCampaignTemplateDocument,
  '\n  mutation OpenLocalCampaign($input: OpenLocalCampaignInput!) {\n    openLocalCampaign(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.OpenLocalCampaignDocument,
  '\n  query OperationsUnitVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 100, after: $after) {\n      nodes {\n        id\n        fullName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.OperationsUnitVolunteersDocument,
  '\n  query OperationsUnitCadres($unitId: ID!) {\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n':
    types.OperationsUnitCadresDocument,
  '\n  query UnitCadres($unitId: ID!, $after: String) {\n    cadres(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        fullName\n        positions {\n          positionId\n          title\n          unitId\n          dedicatedToVolunteerWork\n          termStart\n          endedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.UnitCadresDocument,
  '\n  query UnitVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        fullName\n        phone\n        email\n        skills\n        registeredOn\n        erased\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.UnitVolunteersDocument,
  '\n  query UnitAccounts($unitId: ID!, $after: String) {\n    accounts(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        accountId\n        username\n        kind\n        closed\n        roles {\n          role\n          unitId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.UnitAccountsDocument,
  '\n  query ReportPage($unitId: ID!, $templateId: ID!, $period: String!) {\n    report(unitId: $unitId, templateId: $templateId, period: $period) {\n      reportId\n      unitId\n      unitName\n      templateName\n      period\n      status\n      submissions\n      onTime\n      structureDate\n      window {\n        opensOn\n        dueOn\n        closesOn\n      }\n      sections {\n        key\n        title\n        narrative\n      }\n      commendations {\n        proposalId\n        subjectKind\n        subjectId\n        award\n        reason\n      }\n      prefill {\n        indicatorId\n        code\n        name\n        unit\n        value\n        target\n      }\n      submittedValues {\n        indicatorId\n        value\n      }\n      approvedValues {\n        indicatorId\n        value\n      }\n      changesSinceApproval {\n        indicatorId\n        approved\n        current\n        difference\n      }\n      children {\n        unitId\n        name\n        status\n        onTime\n      }\n      history {\n        action\n        at\n        by\n        submission\n        text\n      }\n    }\n  }\n':
    types.ReportPageDocument,
  '\n  mutation SaveReportDraft($input: SaveReportDraftInput!) {\n    saveReportDraft(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.SaveReportDraftDocument,
  '\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.SubmitReportDocument,
  '\n  mutation ApproveReport($input: ApproveReportInput!) {\n    approveReport(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.ApproveReportDocument,
  '\n  mutation ReturnReport($input: ReturnReportInput!) {\n    returnReport(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.ReturnReportDocument,
  '\n  query ReportExport($unitId: ID!, $templateId: ID!, $period: String!, $format: ExportFormat!) {\n    reportExport(unitId: $unitId, templateId: $templateId, period: $period, format: $format) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n':
    types.ReportExportDocument,
  '\n  query ReportTemplates {\n    reportTemplates {\n      templateId\n      name\n      cadence\n      years\n    }\n  }\n': types.ReportTemplatesDocument,
  '\n  query ReportingRates($unitId: ID!, $templateId: ID!, $period: String!) {\n    reportingRates(unitId: $unitId, templateId: $templateId, period: $period) {\n      rows {\n        unitId\n        name\n        status\n        onTime\n        overdue\n        dueOn\n        firstSubmittedOn\n        approvedOn\n      }\n      totals {\n        expected\n        received\n        onTime\n        approved\n        reportingRate\n        timelinessRate\n      }\n    }\n  }\n':
    types.ReportingRatesDocument,
  '\n  query ResultsActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      organiserUnitId\n      campaignId\n    }\n  }\n':
    types.ResultsActivityDocument,
  '\n  query ResultsShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      confirmed\n      confirmedCount\n    }\n  }\n':
    types.ResultsShiftsDocument,
  '\n  query ResultsShiftAttendance($shiftId: ID!) {\n    shiftAttendance(shiftId: $shiftId) {\n      shiftId\n      recordCount\n      volunteerCount\n      qrCodeRecords\n      corrections {\n        id\n        volunteerId\n        reason\n        status\n        requestedAt\n        requestedBy\n        decidedAt\n        rejectionReason\n        voidRecordIds\n        addRecords {\n          recordId\n          kind\n          at\n        }\n      }\n    }\n  }\n':
    types.ResultsShiftAttendanceDocument,
  '\n  mutation ResultsApproveCorrection($input: ApproveAttendanceCorrectionInput!) {\n    approveAttendanceCorrection(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.ResultsApproveCorrectionDocument,
  '\n  mutation ResultsRejectCorrection($input: RejectAttendanceCorrectionInput!) {\n    rejectAttendanceCorrection(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.ResultsRejectCorrectionDocument,
  '\n  mutation ResultsRequestCorrection($input: RequestAttendanceCorrectionInput!) {\n    requestAttendanceCorrection(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.ResultsRequestCorrectionDocument,
  '\n  query ResultsCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      organiserUnitId\n    }\n  }\n': types.ResultsCampaignDocument,
  '\n  query CertificateToPrint($id: ID!) {\n    certificate(id: $id) {\n      id\n      award\n      campaignId\n      issuingUnitId\n      hours\n      activities\n      issuedOn\n      revokedOn\n      code\n    }\n  }\n':
    types.CertificateToPrintDocument,
  '\n  query ResultsPrintVerify($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      reason\n      holderName\n      campaignName\n      organiserUnitName\n    }\n  }\n':
    types.ResultsPrintVerifyDocument,
  '\n  query ResultsCertificateCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      organiserUnitId\n      certificateCriteria {\n        minimumHours\n        minimumActivities\n      }\n      certificates {\n        id\n        award\n        volunteerId\n        hours\n        activities\n        issuedOn\n        status\n        revokedOn\n      }\n    }\n  }\n':
    types.ResultsCertificateCampaignDocument,
  '\n  query ResultsCertificateVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 50, after: $after) {\n      nodes {\n        id\n        fullName\n        erased\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n':
    types.ResultsCertificateVolunteersDocument,
  '\n  mutation ResultsIssueCertificate($campaignId: ID!, $volunteerId: ID!, $award: String!) {\n    issueCertificate(campaignId: $campaignId, volunteerId: $volunteerId, award: $award) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.ResultsIssueCertificateDocument,
  '\n  mutation ResultsRevokeCertificate($certificateId: ID!, $reason: String!) {\n    revokeCertificate(certificateId: $certificateId, reason: $reason) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.ResultsRevokeCertificateDocument,
  '\n  query ResultsMyHours {\n    myHours {\n      volunteerId\n      totalHours\n      certificates {\n        id\n        award\n        campaignId\n        code\n        hours\n        activities\n        issuedOn\n        issuingUnitId\n        revokedOn\n      }\n    }\n  }\n':
    types.ResultsMyHoursDocument,
  '\n  query ResultsActivityOutputs($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      domains\n      outputs {\n        id\n        kind\n        name\n        domain\n        completedOn\n        valuationVnd\n        measures {\n          measureId\n          value\n        }\n        withdrawal {\n          reason\n          withdrawnOn\n        }\n      }\n      resources {\n        id\n        source\n        form\n        amountVnd\n        description\n        quantity\n        unit\n        valueVnd\n        donorName\n        receivedOn\n        withdrawal {\n          reason\n          withdrawnOn\n        }\n      }\n      resultTotals {\n        outputCount\n        resourcesTotalVnd\n        measures {\n          measure {\n            id\n            nameVi\n            nameEn\n            unitVi\n            unitEn\n          }\n          total\n          outputCount\n        }\n      }\n    }\n  }\n':
    types.ResultsActivityOutputsDocument,
  '\n  query ResultsCampaignTotals($unitId: ID!, $campaignId: ID) {\n    unitResultTotals(unitId: $unitId, campaignId: $campaignId) {\n      outputCount\n      resourcesTotalVnd\n      measures {\n        measure {\n          id\n          nameVi\n          nameEn\n          unitVi\n          unitEn\n        }\n        total\n        outputCount\n      }\n    }\n  }\n':
    types.ResultsCampaignTotalsDocument,
  '\n  query ResultsOutputMeasures {\n    outputMeasures {\n      id\n      nameVi\n      nameEn\n      unitVi\n      unitEn\n      valueType\n      retired\n    }\n  }\n':
    types.ResultsOutputMeasuresDocument,
  '\n  mutation ResultsRecordOutput($input: RecordActivityOutputInput!) {\n    recordActivityOutput(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.ResultsRecordOutputDocument,
  '\n  mutation ResultsWithdrawOutput($input: WithdrawActivityOutputInput!) {\n    withdrawActivityOutput(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.ResultsWithdrawOutputDocument,
  '\n  mutation ResultsRecordResource($input: RecordResourceMobilisedInput!) {\n    recordResourceMobilised(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.ResultsRecordResourceDocument,
  '\n  mutation ResultsWithdrawResource($input: WithdrawResourceMobilisedInput!) {\n    withdrawResourceMobilised(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.ResultsWithdrawResourceDocument,
  '\n  query ResultsVolunteerName($id: ID!) {\n    volunteer(id: $id) {\n      id\n      fullName\n    }\n  }\n': types.ResultsVolunteerNameDocument,
  '\n  query TrainingCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      status\n      curriculumId\n      runningUnitId\n      level\n      mode\n      priorityAreas\n      startsOn\n      endsOn\n      capacity\n      freePlaces\n      passMark\n      minimumAttendanceShare\n      scheduledHours\n      waitlist\n      waitlistedIds\n      trainerIds\n      completedOn\n      cancelReason\n      confirmedCount\n      pendingCount\n      waitlistedCount\n      passedCount\n      notPassedCount\n      flags {\n        trainerId\n        revokedOn\n      }\n      sessions {\n        sessionId\n        date\n        hours\n        place\n        link\n        cancelled\n        attendanceRecorded\n        presentCount\n      }\n    }\n    qualificationKinds {\n      id\n      isTrainerQualification\n    }\n  }\n':
    types.TrainingCourseDocument,
  '\n  query TrainingCurriculumTitle($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n    }\n  }\n': types.TrainingCurriculumTitleDocument,
  '\n  query TrainingCourseEnrolments($courseId: ID!, $status: String, $after: String) {\n    courseEnrolments(courseId: $courseId, status: $status, first: 50, after: $after) {\n      totalCount\n      nodes {\n        personId\n        personKind\n        unitId\n        status\n        waitlistPosition\n        attendedHours\n        meetsAttendance\n        score\n        passing\n        reason\n        result {\n          passed\n          score\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TrainingCourseEnrolmentsDocument,
  '\n  mutation TrainingApproveEnrolment($input: ApproveEnrolmentInput!) {\n    approveEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.TrainingApproveEnrolmentDocument,
  '\n  mutation TrainingDeclineEnrolment($input: DeclineEnrolmentInput!) {\n    declineEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.TrainingDeclineEnrolmentDocument,
  '\n  mutation TrainingWithdrawEnrolment($input: WithdrawEnrolmentInput!) {\n    withdrawEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.TrainingWithdrawEnrolmentDocument,
  '\n  mutation TrainingCompleteCourse($input: CompleteCourseInput!) {\n    completeCourse(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.TrainingCompleteCourseDocument,
  '\n  query TrainingCourses($unitId: ID!, $status: String, $after: String) {\n    courses(unitId: $unitId, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        level\n        mode\n        startsOn\n        endsOn\n        capacity\n        confirmedCount\n        pendingCount\n        waitlistedCount\n        passedCount\n        notPassedCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TrainingCoursesDocument,
  '\n  query TrainingExtensionPreview($kindId: ID!, $expiringFrom: String!, $expiringTo: String!, $extendByMonths: Int!, $after: String) {\n    previewQualificationExtension(\n      kindId: $kindId\n      expiringFrom: $expiringFrom\n      expiringTo: $expiringTo\n      extendByMonths: $extendByMonths\n      first: 50\n      after: $after\n    ) {\n      declaredOn\n      holderCount\n      totalCount\n      nodes {\n        personId\n        recordId\n        grantedOn\n        oldValidUntil\n        newValidUntil\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TrainingExtensionPreviewDocument,
  '\n  query TrainingNominateUnits($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      nameVi\n      nameEn\n    }\n    units(parentId: $unitId, first: 100) {\n      nodes {\n        id\n        nameVi\n        nameEn\n      }\n    }\n  }\n':
    types.TrainingNominateUnitsDocument,
  '\n  mutation TrainingRequestEnrolment($input: RequestEnrolmentInput!) {\n    requestEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.TrainingRequestEnrolmentDocument,
  '\n  query TrainingPersonQualifications($personId: ID!, $asOf: String) {\n    personQualifications(personId: $personId, asOf: $asOf) {\n      asOf\n      personKind\n      qualifications {\n        kindId\n        kindName\n        status\n        validUntil\n        isTrainerQualification\n        history {\n          recordId\n          origin\n          grantedOn\n          validUntil\n          effectiveValidUntil\n          status\n          courseId\n          evidence\n          revokedOn\n          revocationReason\n        }\n      }\n    }\n    personCourses(personId: $personId, first: 50) {\n      nodes {\n        courseId\n        courseTitle\n        courseStatus\n        status\n        result {\n          passed\n        }\n      }\n    }\n    flaggedCourses(trainerId: $personId, first: 50) {\n      nodes {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n':
    types.TrainingPersonQualificationsDocument,
  '\n  query TrainingPlanOptions($unitId: ID!) {\n    curricula(first: 100) {\n      nodes {\n        id\n        title\n        targetGroup\n        totalHours\n        status\n      }\n    }\n    qualificationKinds {\n      id\n      name\n      isTrainerQualification\n    }\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n':
    types.TrainingPlanOptionsDocument,
  '\n  mutation PlanCourse($input: PlanCourseInput!) {\n    planCourse(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.PlanCourseDocument,
  '\n  query TrainingQualificationKinds {\n    qualificationKinds {\n      id\n      name\n      validityYears\n      isTrainerQualification\n    }\n  }\n':
    types.TrainingQualificationKindsDocument,
  '\n  query TrainingUnitQualifications($unitId: ID!, $kindId: ID!, $asOf: String, $status: String, $after: String) {\n    unitQualifications(unitId: $unitId, kindId: $kindId, asOf: $asOf, status: $status, first: 50, after: $after) {\n      asOf\n      totalCount\n      totals {\n        status\n        count\n      }\n      nodes {\n        personId\n        personKind\n        unitId\n        recordId\n        status\n        grantedOn\n        validUntil\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TrainingUnitQualificationsDocument,
  '\n  mutation TrainingRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.TrainingRecordAssessmentDocument,
  '\n  mutation TrainingScheduleSession($input: ScheduleCourseSessionInput!) {\n    scheduleCourseSession(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n':
    types.TrainingScheduleSessionDocument,
  '\n  query TrainingSessionAttendance($courseId: ID!, $sessionId: ID!) {\n    courseSessionAttendance(courseId: $courseId, sessionId: $sessionId) {\n      sessionId\n      recorded\n      presentPersonIds\n    }\n  }\n':
    types.TrainingSessionAttendanceDocument,
  '\n  mutation TrainingRecordSessionAttendance($input: RecordSessionAttendanceInput!) {\n    recordSessionAttendance(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.TrainingRecordSessionAttendanceDocument,
  '\n  query TrainingUnitPeople($unitId: ID!) {\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n    volunteers(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n':
    types.TrainingUnitPeopleDocument,
  '\n  query TrainingTrainerHolders($unitId: ID!, $kindId: ID!) {\n    unitQualifications(unitId: $unitId, kindId: $kindId, status: "valid", first: 100) {\n      nodes {\n        personId\n        unitId\n        validUntil\n      }\n    }\n  }\n':
    types.TrainingTrainerHoldersDocument,
  '\n  query UnitPage($id: ID!, $asOf: String) {\n    unit(id: $id, asOf: $asOf) {\n      id\n      asOf\n      nameVi\n      nameEn\n      levelLabel\n      organisation\n      areaCode\n      status\n      from\n      flags {\n        ethnicMinority\n        mountainous\n        border\n        island\n      }\n      parent {\n        id\n        nameVi\n      }\n      predecessors {\n        unitId\n        from\n      }\n      successorIds\n      history {\n        from\n        nameVi\n        levelLabel\n        status\n        parentId\n      }\n      children(first: 100) {\n        totalCount\n        nodes {\n          id\n          nameVi\n          levelLabel\n          status\n        }\n      }\n    }\n  }\n':
    types.UnitPageDocument,
  '\n  query UnitTree($parentId: ID, $asOf: String, $after: String) {\n    units(parentId: $parentId, asOf: $asOf, first: 100, after: $after) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.UnitTreeDocument,
  '\n  query SearchUnits($query: String!, $asOf: String) {\n    searchUnits(query: $query, asOf: $asOf, first: 20) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n    }\n  }\n':
    types.SearchUnitsDocument,
  '\n  query UnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      nameVi\n      nameEn\n    }\n  }\n': types.UnitNameDocument,
  '\n  mutation SignOut {\n    signOut {\n      consistencyToken\n    }\n  }\n': types.SignOutDocument,
  '\n  query ShellMe {\n    me {\n      accountId\n      kind\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n': types.ShellMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      accountId\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      accountId\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignPage($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      role\n      status\n      kind\n      domains\n      startsOn\n      endsOn\n      organiserUnitId\n      activityCount\n      goals {\n        measure\n        target\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CampaignPage($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      role\n      status\n      kind\n      domains\n      startsOn\n      endsOn\n      organiserUnitId\n      activityCount\n      goals {\n        measure\n        target\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignActivities($unitId: ID!, $campaignId: ID!, $after: String) {\n    activities(unitId: $unitId, campaignId: $campaignId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        startsOn\n        endsOn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CampaignActivities($unitId: ID!, $campaignId: ID!, $after: String) {\n    activities(unitId: $unitId, campaignId: $campaignId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        startsOn\n        endsOn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PrepareActivity($input: PrepareActivityInput!) {\n    prepareActivity(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation PrepareActivity($input: PrepareActivityInput!) {\n    prepareActivity(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartActivity($input: StartActivityInput!) {\n    startActivity(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation StartActivity($input: StartActivityInput!) {\n    startActivity(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelActivity($input: CancelActivityInput!) {\n    cancelActivity(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelActivity($input: CancelActivityInput!) {\n    cancelActivity(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteActivity($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteActivity($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitCampaigns($unitId: ID!, $after: String) {\n    campaigns(unitId: $unitId, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        role\n        status\n        domains\n        startsOn\n        endsOn\n        activityCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnitCampaigns($unitId: ID!, $after: String) {\n    campaigns(unitId: $unitId, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        role\n        status\n        domains\n        startsOn\n        endsOn\n        activityCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      reason\n      holderName\n      campaignName\n      organiserUnitName\n      hours\n      award\n      issuedOn\n    }\n  }\n',
): (typeof documents)['\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      reason\n      holderName\n      campaignName\n      organiserUnitName\n      hours\n      award\n      issuedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardDefinitions($unitId: ID) {\n    indicatorDefinitions(unitId: $unitId) {\n      indicatorId\n      code\n      nameVi\n      nameEn\n      unit\n      retired\n    }\n  }\n',
): (typeof documents)['\n  query DashboardDefinitions($unitId: ID) {\n    indicatorDefinitions(unitId: $unitId) {\n      indicatorId\n      code\n      nameVi\n      nameEn\n      unit\n      retired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardValues($ids: [ID!]!, $periods: [String!]!, $unitIds: [ID!]!) {\n    indicatorValues(indicatorIds: $ids, periods: $periods, unitIds: $unitIds) {\n      indicatorId\n      code\n      period\n      value\n      target\n      targetYear\n      progress\n    }\n  }\n',
): (typeof documents)['\n  query DashboardValues($ids: [ID!]!, $periods: [String!]!, $unitIds: [ID!]!) {\n    indicatorValues(indicatorIds: $ids, periods: $periods, unitIds: $unitIds) {\n      indicatorId\n      code\n      period\n      value\n      target\n      targetYear\n      progress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldCheckInCode($shiftId: ID!) {\n    shiftCheckInCode(shiftId: $shiftId) {\n      shiftId\n      code\n      validFrom\n      validUntil\n    }\n  }\n',
): (typeof documents)['\n  query FieldCheckInCode($shiftId: ID!) {\n    shiftCheckInCode(shiftId: $shiftId) {\n      shiftId\n      code\n      validFrom\n      validUntil\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FieldCheckInWithCode($input: CheckInWithCodeInput!) {\n    checkInWithCode(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation FieldCheckInWithCode($input: CheckInWithCodeInput!) {\n    checkInWithCode(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldMine {\n    mySignUps {\n      shiftId\n      status\n      signedUpAt\n      changedAt\n    }\n    myHours {\n      volunteerId\n      totalHours\n      shifts {\n        shiftId\n        hours\n      }\n      certificates {\n        id\n        award\n        hours\n        activities\n        issuedOn\n        code\n        revokedOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FieldMine {\n    mySignUps {\n      shiftId\n      status\n      signedUpAt\n      changedAt\n    }\n    myHours {\n      volunteerId\n      totalHours\n      shifts {\n        shiftId\n        hours\n      }\n      certificates {\n        id\n        award\n        hours\n        activities\n        issuedOn\n        code\n        revokedOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldShiftLabel($id: ID!) {\n    shift(id: $id) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n    }\n  }\n',
): (typeof documents)['\n  query FieldShiftLabel($id: ID!) {\n    shift(id: $id) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldActivityLabel($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query FieldActivityLabel($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldUpcomingActivities($unitId: ID!, $from: String!, $after: String) {\n    activities(unitId: $unitId, from: $from, first: 20, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FieldUpcomingActivities($unitId: ID!, $from: String!, $after: String) {\n    activities(unitId: $unitId, from: $from, first: 20, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldOpenShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      waitlist\n      requiresApproval\n    }\n  }\n',
): (typeof documents)['\n  query FieldOpenShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      waitlist\n      requiresApproval\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FieldCancelSignUp($input: CancelSignUpInput!) {\n    cancelSignUp(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation FieldCancelSignUp($input: CancelSignUpInput!) {\n    cancelSignUp(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FieldSignUp($input: SignUpForShiftInput!) {\n    signUpForShift(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation FieldSignUp($input: SignUpForShiftInput!) {\n    signUpForShift(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldDataExport($id: ID!) {\n    volunteerDataExport(id: $id)\n  }\n',
): (typeof documents)['\n  query FieldDataExport($id: ID!) {\n    volunteerDataExport(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldShift($shiftId: ID!) {\n    shift(id: $shiftId) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      confirmed\n    }\n  }\n',
): (typeof documents)['\n  query FieldShift($shiftId: ID!) {\n    shift(id: $shiftId) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n      confirmed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldShiftAttendance($shiftId: ID!) {\n    shiftAttendance(shiftId: $shiftId) {\n      shiftId\n      recordCount\n      volunteerCount\n      qrCodeRecords\n    }\n  }\n',
): (typeof documents)['\n  query FieldShiftAttendance($shiftId: ID!) {\n    shiftAttendance(shiftId: $shiftId) {\n      shiftId\n      recordCount\n      volunteerCount\n      qrCodeRecords\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldActivityName($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query FieldActivityName($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldVolunteerName($id: ID!) {\n    volunteer(id: $id) {\n      id\n      fullName\n    }\n  }\n',
): (typeof documents)['\n  query FieldVolunteerName($id: ID!) {\n    volunteer(id: $id) {\n      id\n      fullName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldDayActivities($unitId: ID!, $date: String!, $after: String) {\n    activities(unitId: $unitId, from: $date, to: $date, first: 20, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FieldDayActivities($unitId: ID!, $date: String!, $after: String) {\n    activities(unitId: $unitId, from: $date, to: $date, first: 20, after: $after) {\n      nodes {\n        id\n        name\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldActivityShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n    }\n  }\n',
): (typeof documents)['\n  query FieldActivityShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      activityId\n      roleName\n      startsAt\n      endsAt\n      capacity\n      confirmedCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FieldMe {\n    me {\n      accountId\n      kind\n      personId\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FieldMe {\n    me {\n      accountId\n      kind\n      personId\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FieldRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation FieldRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitAuditTrail($id: ID!, $after: String) {\n    subject: unit(id: $id) {\n      id\n      title: nameVi\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnitAuditTrail($id: ID!, $after: String) {\n    subject: unit(id: $id) {\n      id\n      title: nameVi\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CampaignAuditTrail($id: ID!, $after: String) {\n    subject: campaign(id: $id) {\n      id\n      title: name\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CampaignAuditTrail($id: ID!, $after: String) {\n    subject: campaign(id: $id) {\n      id\n      title: name\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActivityAuditTrail($id: ID!, $after: String) {\n    subject: activity(id: $id) {\n      id\n      title: name\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ActivityAuditTrail($id: ID!, $after: String) {\n    subject: activity(id: $id) {\n      id\n      title: name\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerAuditTrail($id: ID!, $after: String) {\n    subject: volunteer(id: $id) {\n      id\n      title: fullName\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VolunteerAuditTrail($id: ID!, $after: String) {\n    subject: volunteer(id: $id) {\n      id\n      title: fullName\n      auditTrail(first: 25, after: $after) {\n        totalCount\n        nodes {\n          type\n          occurredAt\n          recordedAt\n          actorKind\n          actorId\n          streamType\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkUnitAgreements($unitId: ID!, $asOf: String, $status: String, $after: String) {\n    unitAgreements(unitId: $unitId, asOf: $asOf, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        title\n        partnerId\n        leadUnitId\n        partyUnitIds\n        status\n        asOf\n        signedOn\n        validFrom\n        validTo\n        terminatedFrom\n        terminationReason\n        scope\n        fields\n        commitments {\n          commitmentId\n          description\n          kind\n          quantity\n          measure\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkUnitAgreements($unitId: ID!, $asOf: String, $status: String, $after: String) {\n    unitAgreements(unitId: $unitId, asOf: $asOf, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        title\n        partnerId\n        leadUnitId\n        partyUnitIds\n        status\n        asOf\n        signedOn\n        validFrom\n        validTo\n        terminatedFrom\n        terminationReason\n        scope\n        fields\n        commitments {\n          commitmentId\n          description\n          kind\n          quantity\n          measure\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkPartnerOptions($unitId: ID!) {\n    unitPartners(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    unit(id: $unitId) {\n      id\n      children(first: 100) {\n        nodes {\n          id\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkPartnerOptions($unitId: ID!) {\n    unitPartners(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    unit(id: $unitId) {\n      id\n      children(first: 100) {\n        nodes {\n          id\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkSignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkSignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkTerminateAgreement($input: TerminateAgreementInput!) {\n    terminateAgreement(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkTerminateAgreement($input: TerminateAgreementInput!) {\n    terminateAgreement(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkUnitGroups($unitId: ID!, $asOf: String, $status: String, $includeSubtree: Boolean, $after: String) {\n    unitGroups(unitId: $unitId, asOf: $asOf, status: $status, includeSubtree: $includeSubtree, first: 25, after: $after) {\n      asOf\n      totalCount\n      totals {\n        status\n        count\n      }\n      nodes {\n        id\n        name\n        kind\n        status\n        channel\n        size\n        fields\n        hostUnitId\n        currentHostUnitId\n        proposedHostUnitId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkUnitGroups($unitId: ID!, $asOf: String, $status: String, $includeSubtree: Boolean, $after: String) {\n    unitGroups(unitId: $unitId, asOf: $asOf, status: $status, includeSubtree: $includeSubtree, first: 25, after: $after) {\n      asOf\n      totalCount\n      totals {\n        status\n        count\n      }\n      nodes {\n        id\n        name\n        kind\n        status\n        channel\n        size\n        fields\n        hostUnitId\n        currentHostUnitId\n        proposedHostUnitId\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkVerifyGroup($input: VerifyGroupInput!) {\n    verifyGroup(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkVerifyGroup($input: VerifyGroupInput!) {\n    verifyGroup(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkDeclineGroup($input: DeclineGroupVerificationInput!) {\n    declineGroupVerification(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkDeclineGroup($input: DeclineGroupVerificationInput!) {\n    declineGroupVerification(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkDeclareGroupStatus($input: DeclareGroupStatusInput!) {\n    declareGroupStatus(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkDeclareGroupStatus($input: DeclareGroupStatusInput!) {\n    declareGroupStatus(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkNeed($id: ID!) {\n    need(id: $id) {\n      id\n      unitId\n      description\n      kind\n      quantity\n      measure\n      placeUnitId\n      from\n      to\n      priority\n      status\n      source\n      raisedOn\n      fields\n      skills\n      fulfilledOn\n      cancelledOn\n      cancelReason\n      quantities {\n        requested\n        proposed\n        committed\n        delivered\n        outstanding\n      }\n      matches {\n        matchId\n        offererKind\n        offererId\n        agreementId\n        quantity\n        note\n        status\n        proposedOn\n        acceptedOn\n        declinedOn\n        declineReason\n        deliveredQuantity\n        fulfilledOn\n        releasedOn\n        releaseReason\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkNeed($id: ID!) {\n    need(id: $id) {\n      id\n      unitId\n      description\n      kind\n      quantity\n      measure\n      placeUnitId\n      from\n      to\n      priority\n      status\n      source\n      raisedOn\n      fields\n      skills\n      fulfilledOn\n      cancelledOn\n      cancelReason\n      quantities {\n        requested\n        proposed\n        committed\n        delivered\n        outstanding\n      }\n      matches {\n        matchId\n        offererKind\n        offererId\n        agreementId\n        quantity\n        note\n        status\n        proposedOn\n        acceptedOn\n        declinedOn\n        declineReason\n        deliveredQuantity\n        fulfilledOn\n        releasedOn\n        releaseReason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkNeedCandidates($needId: ID!) {\n    needMatchCandidates(needId: $needId, first: 20) {\n      candidateId\n      kind\n      name\n      score\n      agreementId\n      fields\n      reasons {\n        code\n        matched\n        unitId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkNeedCandidates($needId: ID!) {\n    needMatchCandidates(needId: $needId, first: 20) {\n      candidateId\n      kind\n      name\n      score\n      agreementId\n      fields\n      reasons {\n        code\n        matched\n        unitId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkGroupName($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query NetworkGroupName($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkProposeMatch($input: ProposeNeedMatchInput!) {\n    proposeNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkProposeMatch($input: ProposeNeedMatchInput!) {\n    proposeNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkAcceptMatch($input: NeedMatchInput!) {\n    acceptNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkAcceptMatch($input: NeedMatchInput!) {\n    acceptNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkDeclineMatch($input: DeclineNeedMatchInput!) {\n    declineNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkDeclineMatch($input: DeclineNeedMatchInput!) {\n    declineNeedMatch(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkRecordMatchFulfilled($input: RecordNeedMatchFulfilledInput!) {\n    recordNeedMatchFulfilled(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkRecordMatchFulfilled($input: RecordNeedMatchFulfilledInput!) {\n    recordNeedMatchFulfilled(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkCancelNeed($input: CancelNeedInput!) {\n    cancelNeed(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkCancelNeed($input: CancelNeedInput!) {\n    cancelNeed(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkUnitNeeds($unitId: ID!, $status: String, $after: String) {\n    unitNeeds(unitId: $unitId, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        description\n        kind\n        quantity\n        measure\n        placeUnitId\n        from\n        to\n        priority\n        status\n        quantities {\n          requested\n          committed\n          delivered\n          outstanding\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkUnitNeeds($unitId: ID!, $status: String, $after: String) {\n    unitNeeds(unitId: $unitId, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        description\n        kind\n        quantity\n        measure\n        placeUnitId\n        from\n        to\n        priority\n        status\n        quantities {\n          requested\n          committed\n          delivered\n          outstanding\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkNeedPlaces($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      nameVi\n      nameEn\n      children(first: 100) {\n        nodes {\n          id\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkNeedPlaces($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      nameVi\n      nameEn\n      children(first: 100) {\n        nodes {\n          id\n          nameVi\n          nameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkRaiseNeed($input: RaiseNeedInput!) {\n    raiseNeed(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkRaiseNeed($input: RaiseNeedInput!) {\n    raiseNeed(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkUnitPartners($unitId: ID!, $kind: String, $after: String) {\n    unitPartners(unitId: $unitId, kind: $kind, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        countryCode\n        website\n        registeredOn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkUnitPartners($unitId: ID!, $kind: String, $after: String) {\n    unitPartners(unitId: $unitId, kind: $kind, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n        countryCode\n        website\n        registeredOn\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NetworkRegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation NetworkRegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      consistencyToken\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkPartnerName($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query NetworkPartnerName($id: ID!) {\n    partner(id: $id) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeActivity($input: ProposeActivityInput!) {\n    proposeActivity(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeActivity($input: ProposeActivityInput!) {\n    proposeActivity(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanActivity($input: PlanActivityInput!) {\n    planActivity(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanActivity($input: PlanActivityInput!) {\n    planActivity(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenameActivity($activityId: ID!, $name: String!) {\n    renameActivity(activityId: $activityId, name: $name) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation RenameActivity($activityId: ID!, $name: String!) {\n    renameActivity(activityId: $activityId, name: $name) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperationsActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      status\n      campaignId\n      organiserUnitId\n      domains\n      startsOn\n      endsOn\n      proposedOn\n      location {\n        unitId\n        site\n      }\n      cancellation {\n        reason\n        cancelledOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OperationsActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      status\n      campaignId\n      organiserUnitId\n      domains\n      startsOn\n      endsOn\n      proposedOn\n      location {\n        unitId\n        site\n      }\n      cancellation {\n        reason\n        cancelledOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation LaunchCampaign($input: LaunchCampaignInput!) {\n    launchCampaign(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishCampaignTemplate($input: PublishCampaignTemplateInput!) {\n    publishCampaignTemplate(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishCampaignTemplate($input: PublishCampaignTemplateInput!) {\n    publishCampaignTemplate(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperationsShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      capacity\n      requiresApproval\n      minimumAge\n      waitlist\n      confirmed\n      confirmedCount\n      pending\n      pendingCount\n      waitlisted\n      waitlistedCount\n    }\n  }\n',
): (typeof documents)['\n  query OperationsShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      capacity\n      requiresApproval\n      minimumAge\n      waitlist\n      confirmed\n      confirmedCount\n      pending\n      pendingCount\n      waitlisted\n      waitlistedCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleShift($input: ScheduleShiftInput!) {\n    scheduleShift(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleShift($input: ScheduleShiftInput!) {\n    scheduleShift(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleRecurringShifts($input: ScheduleRecurringShiftsInput!) {\n    scheduleRecurringShifts(input: $input) {\n      shiftIds\n      consistencyTokens\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleRecurringShifts($input: ScheduleRecurringShiftsInput!) {\n    scheduleRecurringShifts(input: $input) {\n      shiftIds\n      consistencyTokens\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeShiftCapacity($input: ChangeShiftCapacityInput!) {\n    changeShiftCapacity(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeShiftCapacity($input: ChangeShiftCapacityInput!) {\n    changeShiftCapacity(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUpVolunteerForShift($input: SignUpForShiftInput!) {\n    signUpForShift(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUpVolunteerForShift($input: SignUpForShiftInput!) {\n    signUpForShift(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveShiftSignUp($input: ApproveSignUpInput!) {\n    approveSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveShiftSignUp($input: ApproveSignUpInput!) {\n    approveSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectShiftSignUp($input: RejectSignUpInput!) {\n    rejectSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectShiftSignUp($input: RejectSignUpInput!) {\n    rejectSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelShiftSignUp($input: CancelSignUpInput!) {\n    cancelSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelShiftSignUp($input: CancelSignUpInput!) {\n    cancelSignUp(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperationsAdoptableTemplates($unitId: ID!) {\n    adoptableTemplates(unitId: $unitId) {\n      id\n      name\n      startsOn\n      endsOn\n      adoptions {\n        unitId\n        localCampaignId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OperationsAdoptableTemplates($unitId: ID!) {\n    adoptableTemplates(unitId: $unitId) {\n      id\n      name\n      startsOn\n      endsOn\n      adoptions {\n        unitId\n        localCampaignId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdoptCampaignTemplate($input: AdoptCampaignTemplateInput!) {\n    adoptCampaignTemplate(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation AdoptCampaignTemplate($input: AdoptCampaignTemplateInput!) {\n    adoptCampaignTemplate(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenLocalCampaign($input: OpenLocalCampaignInput!) {\n    openLocalCampaign(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenLocalCampaign($input: OpenLocalCampaignInput!) {\n    openLocalCampaign(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperationsUnitVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 100, after: $after) {\n      nodes {\n        id\n        fullName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OperationsUnitVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 100, after: $after) {\n      nodes {\n        id\n        fullName\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OperationsUnitCadres($unitId: ID!) {\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OperationsUnitCadres($unitId: ID!) {\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitCadres($unitId: ID!, $after: String) {\n    cadres(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        fullName\n        positions {\n          positionId\n          title\n          unitId\n          dedicatedToVolunteerWork\n          termStart\n          endedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnitCadres($unitId: ID!, $after: String) {\n    cadres(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        fullName\n        positions {\n          positionId\n          title\n          unitId\n          dedicatedToVolunteerWork\n          termStart\n          endedOn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        fullName\n        phone\n        email\n        skills\n        registeredOn\n        erased\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnitVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        id\n        fullName\n        phone\n        email\n        skills\n        registeredOn\n        erased\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitAccounts($unitId: ID!, $after: String) {\n    accounts(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        accountId\n        username\n        kind\n        closed\n        roles {\n          role\n          unitId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnitAccounts($unitId: ID!, $after: String) {\n    accounts(unitId: $unitId, first: 50, after: $after) {\n      totalCount\n      nodes {\n        accountId\n        username\n        kind\n        closed\n        roles {\n          role\n          unitId\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportPage($unitId: ID!, $templateId: ID!, $period: String!) {\n    report(unitId: $unitId, templateId: $templateId, period: $period) {\n      reportId\n      unitId\n      unitName\n      templateName\n      period\n      status\n      submissions\n      onTime\n      structureDate\n      window {\n        opensOn\n        dueOn\n        closesOn\n      }\n      sections {\n        key\n        title\n        narrative\n      }\n      commendations {\n        proposalId\n        subjectKind\n        subjectId\n        award\n        reason\n      }\n      prefill {\n        indicatorId\n        code\n        name\n        unit\n        value\n        target\n      }\n      submittedValues {\n        indicatorId\n        value\n      }\n      approvedValues {\n        indicatorId\n        value\n      }\n      changesSinceApproval {\n        indicatorId\n        approved\n        current\n        difference\n      }\n      children {\n        unitId\n        name\n        status\n        onTime\n      }\n      history {\n        action\n        at\n        by\n        submission\n        text\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportPage($unitId: ID!, $templateId: ID!, $period: String!) {\n    report(unitId: $unitId, templateId: $templateId, period: $period) {\n      reportId\n      unitId\n      unitName\n      templateName\n      period\n      status\n      submissions\n      onTime\n      structureDate\n      window {\n        opensOn\n        dueOn\n        closesOn\n      }\n      sections {\n        key\n        title\n        narrative\n      }\n      commendations {\n        proposalId\n        subjectKind\n        subjectId\n        award\n        reason\n      }\n      prefill {\n        indicatorId\n        code\n        name\n        unit\n        value\n        target\n      }\n      submittedValues {\n        indicatorId\n        value\n      }\n      approvedValues {\n        indicatorId\n        value\n      }\n      changesSinceApproval {\n        indicatorId\n        approved\n        current\n        difference\n      }\n      children {\n        unitId\n        name\n        status\n        onTime\n      }\n      history {\n        action\n        at\n        by\n        submission\n        text\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveReportDraft($input: SaveReportDraftInput!) {\n    saveReportDraft(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveReportDraft($input: SaveReportDraftInput!) {\n    saveReportDraft(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveReport($input: ApproveReportInput!) {\n    approveReport(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveReport($input: ApproveReportInput!) {\n    approveReport(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnReport($input: ReturnReportInput!) {\n    returnReport(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ReturnReport($input: ReturnReportInput!) {\n    returnReport(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportExport($unitId: ID!, $templateId: ID!, $period: String!, $format: ExportFormat!) {\n    reportExport(unitId: $unitId, templateId: $templateId, period: $period, format: $format) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n',
): (typeof documents)['\n  query ReportExport($unitId: ID!, $templateId: ID!, $period: String!, $format: ExportFormat!) {\n    reportExport(unitId: $unitId, templateId: $templateId, period: $period, format: $format) {\n      filename\n      contentType\n      contentBase64\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportTemplates {\n    reportTemplates {\n      templateId\n      name\n      cadence\n      years\n    }\n  }\n',
): (typeof documents)['\n  query ReportTemplates {\n    reportTemplates {\n      templateId\n      name\n      cadence\n      years\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingRates($unitId: ID!, $templateId: ID!, $period: String!) {\n    reportingRates(unitId: $unitId, templateId: $templateId, period: $period) {\n      rows {\n        unitId\n        name\n        status\n        onTime\n        overdue\n        dueOn\n        firstSubmittedOn\n        approvedOn\n      }\n      totals {\n        expected\n        received\n        onTime\n        approved\n        reportingRate\n        timelinessRate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportingRates($unitId: ID!, $templateId: ID!, $period: String!) {\n    reportingRates(unitId: $unitId, templateId: $templateId, period: $period) {\n      rows {\n        unitId\n        name\n        status\n        onTime\n        overdue\n        dueOn\n        firstSubmittedOn\n        approvedOn\n      }\n      totals {\n        expected\n        received\n        onTime\n        approved\n        reportingRate\n        timelinessRate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      organiserUnitId\n      campaignId\n    }\n  }\n',
): (typeof documents)['\n  query ResultsActivity($id: ID!) {\n    activity(id: $id) {\n      id\n      name\n      organiserUnitId\n      campaignId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      confirmed\n      confirmedCount\n    }\n  }\n',
): (typeof documents)['\n  query ResultsShifts($activityId: ID!) {\n    shifts(activityId: $activityId) {\n      id\n      roleName\n      startsAt\n      endsAt\n      confirmed\n      confirmedCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsShiftAttendance($shiftId: ID!) {\n    shiftAttendance(shiftId: $shiftId) {\n      shiftId\n      recordCount\n      volunteerCount\n      qrCodeRecords\n      corrections {\n        id\n        volunteerId\n        reason\n        status\n        requestedAt\n        requestedBy\n        decidedAt\n        rejectionReason\n        voidRecordIds\n        addRecords {\n          recordId\n          kind\n          at\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ResultsShiftAttendance($shiftId: ID!) {\n    shiftAttendance(shiftId: $shiftId) {\n      shiftId\n      recordCount\n      volunteerCount\n      qrCodeRecords\n      corrections {\n        id\n        volunteerId\n        reason\n        status\n        requestedAt\n        requestedBy\n        decidedAt\n        rejectionReason\n        voidRecordIds\n        addRecords {\n          recordId\n          kind\n          at\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResultsApproveCorrection($input: ApproveAttendanceCorrectionInput!) {\n    approveAttendanceCorrection(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResultsApproveCorrection($input: ApproveAttendanceCorrectionInput!) {\n    approveAttendanceCorrection(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResultsRejectCorrection($input: RejectAttendanceCorrectionInput!) {\n    rejectAttendanceCorrection(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResultsRejectCorrection($input: RejectAttendanceCorrectionInput!) {\n    rejectAttendanceCorrection(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResultsRequestCorrection($input: RequestAttendanceCorrectionInput!) {\n    requestAttendanceCorrection(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResultsRequestCorrection($input: RequestAttendanceCorrectionInput!) {\n    requestAttendanceCorrection(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      organiserUnitId\n    }\n  }\n',
): (typeof documents)['\n  query ResultsCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      organiserUnitId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CertificateToPrint($id: ID!) {\n    certificate(id: $id) {\n      id\n      award\n      campaignId\n      issuingUnitId\n      hours\n      activities\n      issuedOn\n      revokedOn\n      code\n    }\n  }\n',
): (typeof documents)['\n  query CertificateToPrint($id: ID!) {\n    certificate(id: $id) {\n      id\n      award\n      campaignId\n      issuingUnitId\n      hours\n      activities\n      issuedOn\n      revokedOn\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsPrintVerify($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      reason\n      holderName\n      campaignName\n      organiserUnitName\n    }\n  }\n',
): (typeof documents)['\n  query ResultsPrintVerify($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      reason\n      holderName\n      campaignName\n      organiserUnitName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsCertificateCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      organiserUnitId\n      certificateCriteria {\n        minimumHours\n        minimumActivities\n      }\n      certificates {\n        id\n        award\n        volunteerId\n        hours\n        activities\n        issuedOn\n        status\n        revokedOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ResultsCertificateCampaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      organiserUnitId\n      certificateCriteria {\n        minimumHours\n        minimumActivities\n      }\n      certificates {\n        id\n        award\n        volunteerId\n        hours\n        activities\n        issuedOn\n        status\n        revokedOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsCertificateVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 50, after: $after) {\n      nodes {\n        id\n        fullName\n        erased\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query ResultsCertificateVolunteers($unitId: ID!, $after: String) {\n    volunteers(unitId: $unitId, first: 50, after: $after) {\n      nodes {\n        id\n        fullName\n        erased\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResultsIssueCertificate($campaignId: ID!, $volunteerId: ID!, $award: String!) {\n    issueCertificate(campaignId: $campaignId, volunteerId: $volunteerId, award: $award) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResultsIssueCertificate($campaignId: ID!, $volunteerId: ID!, $award: String!) {\n    issueCertificate(campaignId: $campaignId, volunteerId: $volunteerId, award: $award) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResultsRevokeCertificate($certificateId: ID!, $reason: String!) {\n    revokeCertificate(certificateId: $certificateId, reason: $reason) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResultsRevokeCertificate($certificateId: ID!, $reason: String!) {\n    revokeCertificate(certificateId: $certificateId, reason: $reason) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsMyHours {\n    myHours {\n      volunteerId\n      totalHours\n      certificates {\n        id\n        award\n        campaignId\n        code\n        hours\n        activities\n        issuedOn\n        issuingUnitId\n        revokedOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ResultsMyHours {\n    myHours {\n      volunteerId\n      totalHours\n      certificates {\n        id\n        award\n        campaignId\n        code\n        hours\n        activities\n        issuedOn\n        issuingUnitId\n        revokedOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsActivityOutputs($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      domains\n      outputs {\n        id\n        kind\n        name\n        domain\n        completedOn\n        valuationVnd\n        measures {\n          measureId\n          value\n        }\n        withdrawal {\n          reason\n          withdrawnOn\n        }\n      }\n      resources {\n        id\n        source\n        form\n        amountVnd\n        description\n        quantity\n        unit\n        valueVnd\n        donorName\n        receivedOn\n        withdrawal {\n          reason\n          withdrawnOn\n        }\n      }\n      resultTotals {\n        outputCount\n        resourcesTotalVnd\n        measures {\n          measure {\n            id\n            nameVi\n            nameEn\n            unitVi\n            unitEn\n          }\n          total\n          outputCount\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ResultsActivityOutputs($id: ID!) {\n    activity(id: $id) {\n      id\n      status\n      domains\n      outputs {\n        id\n        kind\n        name\n        domain\n        completedOn\n        valuationVnd\n        measures {\n          measureId\n          value\n        }\n        withdrawal {\n          reason\n          withdrawnOn\n        }\n      }\n      resources {\n        id\n        source\n        form\n        amountVnd\n        description\n        quantity\n        unit\n        valueVnd\n        donorName\n        receivedOn\n        withdrawal {\n          reason\n          withdrawnOn\n        }\n      }\n      resultTotals {\n        outputCount\n        resourcesTotalVnd\n        measures {\n          measure {\n            id\n            nameVi\n            nameEn\n            unitVi\n            unitEn\n          }\n          total\n          outputCount\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsCampaignTotals($unitId: ID!, $campaignId: ID) {\n    unitResultTotals(unitId: $unitId, campaignId: $campaignId) {\n      outputCount\n      resourcesTotalVnd\n      measures {\n        measure {\n          id\n          nameVi\n          nameEn\n          unitVi\n          unitEn\n        }\n        total\n        outputCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ResultsCampaignTotals($unitId: ID!, $campaignId: ID) {\n    unitResultTotals(unitId: $unitId, campaignId: $campaignId) {\n      outputCount\n      resourcesTotalVnd\n      measures {\n        measure {\n          id\n          nameVi\n          nameEn\n          unitVi\n          unitEn\n        }\n        total\n        outputCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsOutputMeasures {\n    outputMeasures {\n      id\n      nameVi\n      nameEn\n      unitVi\n      unitEn\n      valueType\n      retired\n    }\n  }\n',
): (typeof documents)['\n  query ResultsOutputMeasures {\n    outputMeasures {\n      id\n      nameVi\n      nameEn\n      unitVi\n      unitEn\n      valueType\n      retired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResultsRecordOutput($input: RecordActivityOutputInput!) {\n    recordActivityOutput(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResultsRecordOutput($input: RecordActivityOutputInput!) {\n    recordActivityOutput(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResultsWithdrawOutput($input: WithdrawActivityOutputInput!) {\n    withdrawActivityOutput(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResultsWithdrawOutput($input: WithdrawActivityOutputInput!) {\n    withdrawActivityOutput(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResultsRecordResource($input: RecordResourceMobilisedInput!) {\n    recordResourceMobilised(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResultsRecordResource($input: RecordResourceMobilisedInput!) {\n    recordResourceMobilised(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResultsWithdrawResource($input: WithdrawResourceMobilisedInput!) {\n    withdrawResourceMobilised(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation ResultsWithdrawResource($input: WithdrawResourceMobilisedInput!) {\n    withdrawResourceMobilised(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsVolunteerName($id: ID!) {\n    volunteer(id: $id) {\n      id\n      fullName\n    }\n  }\n',
): (typeof documents)['\n  query ResultsVolunteerName($id: ID!) {\n    volunteer(id: $id) {\n      id\n      fullName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      status\n      curriculumId\n      runningUnitId\n      level\n      mode\n      priorityAreas\n      startsOn\n      endsOn\n      capacity\n      freePlaces\n      passMark\n      minimumAttendanceShare\n      scheduledHours\n      waitlist\n      waitlistedIds\n      trainerIds\n      completedOn\n      cancelReason\n      confirmedCount\n      pendingCount\n      waitlistedCount\n      passedCount\n      notPassedCount\n      flags {\n        trainerId\n        revokedOn\n      }\n      sessions {\n        sessionId\n        date\n        hours\n        place\n        link\n        cancelled\n        attendanceRecorded\n        presentCount\n      }\n    }\n    qualificationKinds {\n      id\n      isTrainerQualification\n    }\n  }\n',
): (typeof documents)['\n  query TrainingCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      status\n      curriculumId\n      runningUnitId\n      level\n      mode\n      priorityAreas\n      startsOn\n      endsOn\n      capacity\n      freePlaces\n      passMark\n      minimumAttendanceShare\n      scheduledHours\n      waitlist\n      waitlistedIds\n      trainerIds\n      completedOn\n      cancelReason\n      confirmedCount\n      pendingCount\n      waitlistedCount\n      passedCount\n      notPassedCount\n      flags {\n        trainerId\n        revokedOn\n      }\n      sessions {\n        sessionId\n        date\n        hours\n        place\n        link\n        cancelled\n        attendanceRecorded\n        presentCount\n      }\n    }\n    qualificationKinds {\n      id\n      isTrainerQualification\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingCurriculumTitle($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  query TrainingCurriculumTitle($id: ID!) {\n    curriculum(id: $id) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingCourseEnrolments($courseId: ID!, $status: String, $after: String) {\n    courseEnrolments(courseId: $courseId, status: $status, first: 50, after: $after) {\n      totalCount\n      nodes {\n        personId\n        personKind\n        unitId\n        status\n        waitlistPosition\n        attendedHours\n        meetsAttendance\n        score\n        passing\n        reason\n        result {\n          passed\n          score\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingCourseEnrolments($courseId: ID!, $status: String, $after: String) {\n    courseEnrolments(courseId: $courseId, status: $status, first: 50, after: $after) {\n      totalCount\n      nodes {\n        personId\n        personKind\n        unitId\n        status\n        waitlistPosition\n        attendedHours\n        meetsAttendance\n        score\n        passing\n        reason\n        result {\n          passed\n          score\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrainingApproveEnrolment($input: ApproveEnrolmentInput!) {\n    approveEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation TrainingApproveEnrolment($input: ApproveEnrolmentInput!) {\n    approveEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrainingDeclineEnrolment($input: DeclineEnrolmentInput!) {\n    declineEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation TrainingDeclineEnrolment($input: DeclineEnrolmentInput!) {\n    declineEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrainingWithdrawEnrolment($input: WithdrawEnrolmentInput!) {\n    withdrawEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation TrainingWithdrawEnrolment($input: WithdrawEnrolmentInput!) {\n    withdrawEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrainingCompleteCourse($input: CompleteCourseInput!) {\n    completeCourse(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation TrainingCompleteCourse($input: CompleteCourseInput!) {\n    completeCourse(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingCourses($unitId: ID!, $status: String, $after: String) {\n    courses(unitId: $unitId, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        level\n        mode\n        startsOn\n        endsOn\n        capacity\n        confirmedCount\n        pendingCount\n        waitlistedCount\n        passedCount\n        notPassedCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingCourses($unitId: ID!, $status: String, $after: String) {\n    courses(unitId: $unitId, status: $status, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        level\n        mode\n        startsOn\n        endsOn\n        capacity\n        confirmedCount\n        pendingCount\n        waitlistedCount\n        passedCount\n        notPassedCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingExtensionPreview($kindId: ID!, $expiringFrom: String!, $expiringTo: String!, $extendByMonths: Int!, $after: String) {\n    previewQualificationExtension(\n      kindId: $kindId\n      expiringFrom: $expiringFrom\n      expiringTo: $expiringTo\n      extendByMonths: $extendByMonths\n      first: 50\n      after: $after\n    ) {\n      declaredOn\n      holderCount\n      totalCount\n      nodes {\n        personId\n        recordId\n        grantedOn\n        oldValidUntil\n        newValidUntil\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingExtensionPreview($kindId: ID!, $expiringFrom: String!, $expiringTo: String!, $extendByMonths: Int!, $after: String) {\n    previewQualificationExtension(\n      kindId: $kindId\n      expiringFrom: $expiringFrom\n      expiringTo: $expiringTo\n      extendByMonths: $extendByMonths\n      first: 50\n      after: $after\n    ) {\n      declaredOn\n      holderCount\n      totalCount\n      nodes {\n        personId\n        recordId\n        grantedOn\n        oldValidUntil\n        newValidUntil\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingNominateUnits($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      nameVi\n      nameEn\n    }\n    units(parentId: $unitId, first: 100) {\n      nodes {\n        id\n        nameVi\n        nameEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingNominateUnits($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      nameVi\n      nameEn\n    }\n    units(parentId: $unitId, first: 100) {\n      nodes {\n        id\n        nameVi\n        nameEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrainingRequestEnrolment($input: RequestEnrolmentInput!) {\n    requestEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation TrainingRequestEnrolment($input: RequestEnrolmentInput!) {\n    requestEnrolment(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingPersonQualifications($personId: ID!, $asOf: String) {\n    personQualifications(personId: $personId, asOf: $asOf) {\n      asOf\n      personKind\n      qualifications {\n        kindId\n        kindName\n        status\n        validUntil\n        isTrainerQualification\n        history {\n          recordId\n          origin\n          grantedOn\n          validUntil\n          effectiveValidUntil\n          status\n          courseId\n          evidence\n          revokedOn\n          revocationReason\n        }\n      }\n    }\n    personCourses(personId: $personId, first: 50) {\n      nodes {\n        courseId\n        courseTitle\n        courseStatus\n        status\n        result {\n          passed\n        }\n      }\n    }\n    flaggedCourses(trainerId: $personId, first: 50) {\n      nodes {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingPersonQualifications($personId: ID!, $asOf: String) {\n    personQualifications(personId: $personId, asOf: $asOf) {\n      asOf\n      personKind\n      qualifications {\n        kindId\n        kindName\n        status\n        validUntil\n        isTrainerQualification\n        history {\n          recordId\n          origin\n          grantedOn\n          validUntil\n          effectiveValidUntil\n          status\n          courseId\n          evidence\n          revokedOn\n          revocationReason\n        }\n      }\n    }\n    personCourses(personId: $personId, first: 50) {\n      nodes {\n        courseId\n        courseTitle\n        courseStatus\n        status\n        result {\n          passed\n        }\n      }\n    }\n    flaggedCourses(trainerId: $personId, first: 50) {\n      nodes {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingPlanOptions($unitId: ID!) {\n    curricula(first: 100) {\n      nodes {\n        id\n        title\n        targetGroup\n        totalHours\n        status\n      }\n    }\n    qualificationKinds {\n      id\n      name\n      isTrainerQualification\n    }\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingPlanOptions($unitId: ID!) {\n    curricula(first: 100) {\n      nodes {\n        id\n        title\n        targetGroup\n        totalHours\n        status\n      }\n    }\n    qualificationKinds {\n      id\n      name\n      isTrainerQualification\n    }\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanCourse($input: PlanCourseInput!) {\n    planCourse(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanCourse($input: PlanCourseInput!) {\n    planCourse(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingQualificationKinds {\n    qualificationKinds {\n      id\n      name\n      validityYears\n      isTrainerQualification\n    }\n  }\n',
): (typeof documents)['\n  query TrainingQualificationKinds {\n    qualificationKinds {\n      id\n      name\n      validityYears\n      isTrainerQualification\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingUnitQualifications($unitId: ID!, $kindId: ID!, $asOf: String, $status: String, $after: String) {\n    unitQualifications(unitId: $unitId, kindId: $kindId, asOf: $asOf, status: $status, first: 50, after: $after) {\n      asOf\n      totalCount\n      totals {\n        status\n        count\n      }\n      nodes {\n        personId\n        personKind\n        unitId\n        recordId\n        status\n        grantedOn\n        validUntil\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingUnitQualifications($unitId: ID!, $kindId: ID!, $asOf: String, $status: String, $after: String) {\n    unitQualifications(unitId: $unitId, kindId: $kindId, asOf: $asOf, status: $status, first: 50, after: $after) {\n      asOf\n      totalCount\n      totals {\n        status\n        count\n      }\n      nodes {\n        personId\n        personKind\n        unitId\n        recordId\n        status\n        grantedOn\n        validUntil\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrainingRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation TrainingRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrainingScheduleSession($input: ScheduleCourseSessionInput!) {\n    scheduleCourseSession(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation TrainingScheduleSession($input: ScheduleCourseSessionInput!) {\n    scheduleCourseSession(input: $input) {\n      id\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingSessionAttendance($courseId: ID!, $sessionId: ID!) {\n    courseSessionAttendance(courseId: $courseId, sessionId: $sessionId) {\n      sessionId\n      recorded\n      presentPersonIds\n    }\n  }\n',
): (typeof documents)['\n  query TrainingSessionAttendance($courseId: ID!, $sessionId: ID!) {\n    courseSessionAttendance(courseId: $courseId, sessionId: $sessionId) {\n      sessionId\n      recorded\n      presentPersonIds\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TrainingRecordSessionAttendance($input: RecordSessionAttendanceInput!) {\n    recordSessionAttendance(input: $input) {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation TrainingRecordSessionAttendance($input: RecordSessionAttendanceInput!) {\n    recordSessionAttendance(input: $input) {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingUnitPeople($unitId: ID!) {\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n    volunteers(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingUnitPeople($unitId: ID!) {\n    cadres(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n    volunteers(unitId: $unitId, first: 100) {\n      nodes {\n        id\n        fullName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingTrainerHolders($unitId: ID!, $kindId: ID!) {\n    unitQualifications(unitId: $unitId, kindId: $kindId, status: "valid", first: 100) {\n      nodes {\n        personId\n        unitId\n        validUntil\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingTrainerHolders($unitId: ID!, $kindId: ID!) {\n    unitQualifications(unitId: $unitId, kindId: $kindId, status: "valid", first: 100) {\n      nodes {\n        personId\n        unitId\n        validUntil\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitPage($id: ID!, $asOf: String) {\n    unit(id: $id, asOf: $asOf) {\n      id\n      asOf\n      nameVi\n      nameEn\n      levelLabel\n      organisation\n      areaCode\n      status\n      from\n      flags {\n        ethnicMinority\n        mountainous\n        border\n        island\n      }\n      parent {\n        id\n        nameVi\n      }\n      predecessors {\n        unitId\n        from\n      }\n      successorIds\n      history {\n        from\n        nameVi\n        levelLabel\n        status\n        parentId\n      }\n      children(first: 100) {\n        totalCount\n        nodes {\n          id\n          nameVi\n          levelLabel\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnitPage($id: ID!, $asOf: String) {\n    unit(id: $id, asOf: $asOf) {\n      id\n      asOf\n      nameVi\n      nameEn\n      levelLabel\n      organisation\n      areaCode\n      status\n      from\n      flags {\n        ethnicMinority\n        mountainous\n        border\n        island\n      }\n      parent {\n        id\n        nameVi\n      }\n      predecessors {\n        unitId\n        from\n      }\n      successorIds\n      history {\n        from\n        nameVi\n        levelLabel\n        status\n        parentId\n      }\n      children(first: 100) {\n        totalCount\n        nodes {\n          id\n          nameVi\n          levelLabel\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitTree($parentId: ID, $asOf: String, $after: String) {\n    units(parentId: $parentId, asOf: $asOf, first: 100, after: $after) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UnitTree($parentId: ID, $asOf: String, $after: String) {\n    units(parentId: $parentId, asOf: $asOf, first: 100, after: $after) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchUnits($query: String!, $asOf: String) {\n    searchUnits(query: $query, asOf: $asOf, first: 20) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchUnits($query: String!, $asOf: String) {\n    searchUnits(query: $query, asOf: $asOf, first: 20) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      nameVi\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  query UnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      nameVi\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut {\n      consistencyToken\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ShellMe {\n    me {\n      accountId\n      kind\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ShellMe {\n    me {\n      accountId\n      kind\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
