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
  '\n  query CampaignActivities($unitId: ID!, $campaignId: ID!, $after: String) {\n    activities(unitId: $unitId, campaignId: $campaignId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        startsOn\n        endsOn\n      }\n    }\n  }\n': typeof types.CampaignActivitiesDocument;
  '\n  mutation PrepareActivity($input: PrepareActivityInput!) {\n    prepareActivity(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.PrepareActivityDocument;
  '\n  mutation StartActivity($input: StartActivityInput!) {\n    startActivity(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.StartActivityDocument;
  '\n  mutation CompleteActivity($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      consistencyToken\n    }\n  }\n': typeof types.CompleteActivityDocument;
  '\n  query UnitCampaigns($unitId: ID!, $after: String) {\n    campaigns(unitId: $unitId, first: 25, after: $after) {\n      totalCount\n      nodes {\n        id\n        name\n        role\n        status\n        domains\n        startsOn\n        endsOn\n        activityCount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.UnitCampaignsDocument;
  '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      valid\n      reason\n      holderName\n      campaignName\n      organiserUnitName\n      hours\n      award\n      issuedOn\n    }\n  }\n': typeof types.VerifyCertificateDocument;
  '\n  query DashboardDefinitions($unitId: ID) {\n    indicatorDefinitions(unitId: $unitId) {\n      indicatorId\n      code\n      nameVi\n      nameEn\n      unit\n      retired\n    }\n  }\n': typeof types.DashboardDefinitionsDocument;
  '\n  query DashboardValues($ids: [ID!]!, $periods: [String!]!, $unitIds: [ID!]!) {\n    indicatorValues(indicatorIds: $ids, periods: $periods, unitIds: $unitIds) {\n      indicatorId\n      code\n      period\n      value\n      target\n      targetYear\n      progress\n    }\n  }\n': typeof types.DashboardValuesDocument;
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
  '\n  query UnitPage($id: ID!, $asOf: String) {\n    unit(id: $id, asOf: $asOf) {\n      id\n      asOf\n      nameVi\n      nameEn\n      levelLabel\n      organisation\n      areaCode\n      status\n      from\n      flags {\n        ethnicMinority\n        mountainous\n        border\n        island\n      }\n      parent {\n        id\n        nameVi\n      }\n      predecessors {\n        unitId\n        from\n      }\n      successorIds\n      history {\n        from\n        nameVi\n        levelLabel\n        status\n        parentId\n      }\n      children(first: 100) {\n        totalCount\n        nodes {\n          id\n          nameVi\n          levelLabel\n          status\n        }\n      }\n    }\n  }\n': typeof types.UnitPageDocument;
  '\n  query UnitTree($parentId: ID, $asOf: String, $after: String) {\n    units(parentId: $parentId, asOf: $asOf, first: 100, after: $after) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.UnitTreeDocument;
  '\n  query SearchUnits($query: String!, $asOf: String) {\n    searchUnits(query: $query, asOf: $asOf, first: 20) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n    }\n  }\n': typeof types.SearchUnitsDocument;
  '\n  query UnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      nameVi\n      nameEn\n    }\n  }\n': typeof types.UnitNameDocument;
  '\n  query ShellMe {\n    me {\n      accountId\n      kind\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n': typeof types.ShellMeDocument;
  '\n  mutation SignOut {\n    signOut {\n      consistencyToken\n    }\n  }\n': typeof types.SignOutDocument;
};
const documents: Documents = {
  '\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      accountId\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n':
    types.SignInDocument,
  '\n  query CampaignPage($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      role\n      status\n      kind\n      domains\n      startsOn\n      endsOn\n      organiserUnitId\n      activityCount\n      goals {\n        measure\n        target\n      }\n    }\n  }\n':
    types.CampaignPageDocument,
  '\n  query CampaignActivities($unitId: ID!, $campaignId: ID!, $after: String) {\n    activities(unitId: $unitId, campaignId: $campaignId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        startsOn\n        endsOn\n      }\n    }\n  }\n':
    types.CampaignActivitiesDocument,
  '\n  mutation PrepareActivity($input: PrepareActivityInput!) {\n    prepareActivity(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.PrepareActivityDocument,
  '\n  mutation StartActivity($input: StartActivityInput!) {\n    startActivity(input: $input) {\n      consistencyToken\n    }\n  }\n':
    types.StartActivityDocument,
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
  '\n  query UnitPage($id: ID!, $asOf: String) {\n    unit(id: $id, asOf: $asOf) {\n      id\n      asOf\n      nameVi\n      nameEn\n      levelLabel\n      organisation\n      areaCode\n      status\n      from\n      flags {\n        ethnicMinority\n        mountainous\n        border\n        island\n      }\n      parent {\n        id\n        nameVi\n      }\n      predecessors {\n        unitId\n        from\n      }\n      successorIds\n      history {\n        from\n        nameVi\n        levelLabel\n        status\n        parentId\n      }\n      children(first: 100) {\n        totalCount\n        nodes {\n          id\n          nameVi\n          levelLabel\n          status\n        }\n      }\n    }\n  }\n':
    types.UnitPageDocument,
  '\n  query UnitTree($parentId: ID, $asOf: String, $after: String) {\n    units(parentId: $parentId, asOf: $asOf, first: 100, after: $after) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.UnitTreeDocument,
  '\n  query SearchUnits($query: String!, $asOf: String) {\n    searchUnits(query: $query, asOf: $asOf, first: 20) {\n      nodes {\n        id\n        nameVi\n        nameEn\n        levelLabel\n        status\n      }\n    }\n  }\n':
    types.SearchUnitsDocument,
  '\n  query UnitName($id: ID!) {\n    unit(id: $id) {\n      id\n      nameVi\n      nameEn\n    }\n  }\n': types.UnitNameDocument,
  '\n  query ShellMe {\n    me {\n      accountId\n      kind\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n': types.ShellMeDocument,
  '\n  mutation SignOut {\n    signOut {\n      consistencyToken\n    }\n  }\n': types.SignOutDocument,
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
  source: '\n  query CampaignActivities($unitId: ID!, $campaignId: ID!, $after: String) {\n    activities(unitId: $unitId, campaignId: $campaignId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        startsOn\n        endsOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CampaignActivities($unitId: ID!, $campaignId: ID!, $after: String) {\n    activities(unitId: $unitId, campaignId: $campaignId, first: 50, after: $after) {\n      nodes {\n        id\n        name\n        status\n        startsOn\n        endsOn\n      }\n    }\n  }\n'];
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
  source: '\n  query ShellMe {\n    me {\n      accountId\n      kind\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ShellMe {\n    me {\n      accountId\n      kind\n      grants {\n        role\n        unitId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut {\n      consistencyToken\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut {\n      consistencyToken\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
