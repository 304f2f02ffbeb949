import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf, type RequestUser, requireMayLearnMissing, requireUser } from '@tn/gateway-core';
import type { RecordActivityParticipants, RenameActivity } from '@tn/campaigns-contracts';
import { directoryOf, today, versionOn } from '@tn/gateway-registry';
import { CampaignsClient } from '../core/campaigns-client';
import { campaignsOf } from '../core/campaigns-directory';
import { requireCampaignPermission } from '../core/campaign-permissions';
import { totalsOf } from '../campaigns/campaigns.resolver';
import { activityFiltersOf } from './activity-filter';
import {
  ActivityPage,
  ActivityView,
  AddActivityFormationInput,
  CancelActivityInput,
  CompleteActivityInput,
  EvaluateActivityInput,
  PlanActivityInput,
  PrepareActivityInput,
  ProposeActivityInput,
  RecordActivityFollowUpInput,
  StartActivityInput,
} from './activity.models';
import { type ActivityDoc, type FormationDoc, listOf } from './activity.read-model';

function formationView({ formationId, name, composition, specialisation, addedOn }: FormationDoc) {
  const total = composition.armedForcesYouth + composition.localYouth + composition.pupilsStudents;
  return { id: formationId, name, composition: { ...composition, total }, specialisation: specialisation ?? null, addedOn };
}

export function activityView(doc: ActivityDoc): ActivityView {
  return {
    id: doc.activityId,
    name: doc.name,
    campaignId: doc.campaignId ?? null,
    organiserUnitId: doc.organiserUnitId,
    domains: doc.domains,
    location: { unitId: doc.location.unitId, areaCode: doc.location.areaCode ?? null, site: doc.location.site ?? null, flags: doc.location.flags },
    responsibleCadreId: doc.responsibleCadreId,
    initiator: doc.initiator,
    coordinationModelId: doc.coordinationModelId ?? null,
    status: doc.status,
    proposedOn: doc.proposedOn,
    startsOn: doc.startsOn ?? null,
    endsOn: doc.endsOn ?? null,
    startedAt: doc.startedAt ?? null,
    completedAt: doc.completedAt ?? null,
    evaluation: doc.evaluation ? { ...doc.evaluation, rating: doc.evaluation.rating ?? null } : null,
    cancellation: doc.cancellation ?? null,
    followUps: listOf(doc.followUps).map(({ followUpId, recordedOn, note }) => ({ id: followUpId, recordedOn, note })),
    formations: listOf(doc.formations).map(formationView),
    participantGroupIds: doc.participantGroupIds ?? [],
    participantPartnerIds: doc.participantPartnerIds ?? [],
  };
}

/** The activity's organiser unit from the read model, with the permission over its subtree. */
export async function requireActivityPermission(
  context: GatewayContext,
  permission: 'campaigns:read' | 'campaigns:write' | 'campaigns:record-attendance',
  activityId: string,
): Promise<{ user: RequestUser; activity: ActivityDoc }> {
  // Who asks comes first, and only someone with the permission everywhere learns that an
  // activity does not exist: anyone else hears FORBIDDEN, as for one not theirs (no existence oracle).
  requireUser(context);
  const activity = await campaignsOf(context).activity(activityId);
  if (!activity) {
    requireMayLearnMissing(context, permission);
    throw apiError({ code: 'ACTIVITY.NOT_FOUND', kind: 'not-found', field: 'activityId' }, context.language);
  }
  return { user: await requireCampaignPermission(context, permission, activity.organiserUnitId), activity };
}

/** Activities through their lifecycle. */
@Resolver(() => ActivityView)
export class ActivitiesResolver {
  constructor(private readonly client: CampaignsClient) {}

  @Query(() => ActivityView, { nullable: true })
  async activity(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<ActivityView | null> {
    // Who asks comes first; a missing and a forbidden activity answer alike (no existence oracle).
    requireUser(context);
    const doc = await campaignsOf(context).activity(id);
    if (!doc) {
      requireMayLearnMissing(context, 'campaigns:read');
      return null;
    }
    await requireCampaignPermission(context, 'campaigns:read', doc.organiserUnitId);
    return activityView(doc);
  }

  @Query(() => ActivityPage, { description: "A unit's activities (or a campaign's), with filters, and their totals by status." })
  async activities(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string,
    @Args('status', { nullable: true }) status?: string,
    @Args('domain', { nullable: true }) domain?: string,
    @Args('areaFlags', { type: () => [String], nullable: true, description: 'Every listed flag must be true: ethnicMinority, mountainous, border, island.' })
    areaFlags?: string[],
    @Args('from', {
      nullable: true,
      description: 'Activities running on or after this date (YYYY-MM-DD): the planned period, or the proposal date before planning.',
    })
    from?: string,
    @Args('to', { nullable: true, description: 'Activities running on or before this date (YYYY-MM-DD).' }) to?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ActivityPage> {
    const filters = activityFiltersOf(unitId, { campaignId, status, domain, areaFlags, from, to }, context.language);
    await requireCampaignPermission(context, 'campaigns:read', unitId);
    const docs = await campaignsOf(context).activitiesMatching(filters);
    const page = pageOf(docs.map(activityView), (v) => [v.proposedOn, v.id], { first: first ?? null, after: after ?? null }, context.language);
    return { ...page, totals: totalsOf(docs) };
  }

  @Mutation(() => CommandResultView, { description: "Propose an activity (needs survey); the location's area code and flags come from the unit read model." })
  async proposeActivity(@Context() context: GatewayContext, @Args('input') input: ProposeActivityInput): Promise<CommandResultView> {
    const user = await requireCampaignPermission(context, 'campaigns:write', input.organiserUnitId);
    const unit = await directoryOf(context).get(input.location.unitId);
    const version = unit && versionOn(unit, input.proposedOn);
    if (!version) throw apiError({ code: 'UNIT.NOT_FOUND', kind: 'not-found', field: 'location.unitId' }, context.language);
    const flags = {
      ethnicMinority: version.flags?.ethnicMinority === true,
      mountainous: version.flags?.mountainous === true,
      border: version.flags?.border === true,
      island: version.flags?.island === true,
    };
    const activityId = input.activityId ?? freshIdOf(context);
    const { proposedOn, location, activityId: _ignored, ...profile } = input;
    const payload = {
      activityId,
      proposedOn,
      profile: {
        ...profile,
        location: {
          unitId: location.unitId,
          ...(version.areaCode ? { areaCode: version.areaCode } : {}),
          ...(location.site ? { site: location.site } : {}),
          flags,
        },
      },
    };
    const outcome = await this.client.command('ProposeActivity', payload, user, context.language);
    return { id: activityId, ...outcome };
  }

  private async lifecycle<I extends { activityId: string }>(context: GatewayContext, type: string, input: I): Promise<CommandResultView> {
    const { user } = await requireActivityPermission(context, 'campaigns:write', input.activityId);
    const outcome = await this.client.command(type, { ...input }, user, context.language);
    return { id: input.activityId, ...outcome };
  }

  @Mutation(() => CommandResultView)
  planActivity(@Context() context: GatewayContext, @Args('input') input: PlanActivityInput): Promise<CommandResultView> {
    return this.lifecycle(context, 'PlanActivity', input);
  }

  @Mutation(() => CommandResultView)
  prepareActivity(@Context() context: GatewayContext, @Args('input') input: PrepareActivityInput): Promise<CommandResultView> {
    return this.lifecycle(context, 'PrepareActivity', input);
  }

  @Mutation(() => CommandResultView)
  startActivity(@Context() context: GatewayContext, @Args('input') input: StartActivityInput): Promise<CommandResultView> {
    return this.lifecycle(context, 'StartActivity', input);
  }

  @Mutation(() => CommandResultView)
  completeActivity(@Context() context: GatewayContext, @Args('input') input: CompleteActivityInput): Promise<CommandResultView> {
    return this.lifecycle(context, 'CompleteActivity', input);
  }

  @Mutation(() => CommandResultView, { description: 'Inspection and evaluation of a completed activity (rating 1 to 5 when given).' })
  evaluateActivity(@Context() context: GatewayContext, @Args('input') input: EvaluateActivityInput): Promise<CommandResultView> {
    return this.lifecycle(context, 'EvaluateActivity', input);
  }

  @Mutation(() => CommandResultView, { description: 'Cancel an activity that is not completed yet, with a reason.' })
  cancelActivity(@Context() context: GatewayContext, @Args('input') input: CancelActivityInput): Promise<CommandResultView> {
    return this.lifecycle(context, 'CancelActivity', input);
  }

  @Mutation(() => CommandResultView, {
    description: 'Correct the name of an activity that is not completed yet (a typo, a clearer title); its history keeps the old one.',
  })
  renameActivity(
    @Context() context: GatewayContext,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('name') name: string,
  ): Promise<CommandResultView> {
    const payload: RenameActivity = { activityId, name, renamedOn: today() };
    return this.lifecycle(context, 'RenameActivity', payload);
  }

  @Mutation(() => CommandResultView, {
    description:
      "Record the network's groups (verified, not dissolved) and partners that took part in an activity not cancelled: replaces the lists recorded before.",
  })
  recordActivityParticipants(
    @Context() context: GatewayContext,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('groupIds', { type: () => [ID] }) groupIds: string[],
    @Args('partnerIds', { type: () => [ID] }) partnerIds: string[],
  ): Promise<CommandResultView> {
    const payload: RecordActivityParticipants = { activityId, groupIds, partnerIds };
    return this.lifecycle(context, 'RecordActivityParticipants', payload);
  }

  @Mutation(() => CommandResultView, {
    description: 'Record a follow-up maintaining the results of a completed (or evaluated) activity; returns the follow-up id.',
  })
  async recordActivityFollowUp(@Context() context: GatewayContext, @Args('input') input: RecordActivityFollowUpInput): Promise<CommandResultView> {
    const followUpId = input.followUpId ?? freshIdOf(context);
    const outcome = await this.lifecycle(context, 'RecordActivityFollowUp', { ...input, followUpId });
    return { ...outcome, id: followUpId };
  }

  @Mutation(() => CommandResultView, {
    description: 'Add a formation (đội hình) with its head counts of the three forces; a specialised team names its profession. Returns the formation id.',
  })
  async addActivityFormation(@Context() context: GatewayContext, @Args('input') input: AddActivityFormationInput): Promise<CommandResultView> {
    const { activityId, formationId = freshIdOf(context), name, composition, specialisation, addedOn } = input;
    const { armedForcesYouth, localYouth, pupilsStudents } = composition;
    const formation = { formationId, name, composition: { armedForcesYouth, localYouth, pupilsStudents }, ...(specialisation ? { specialisation } : {}) };
    const outcome = await this.lifecycle(context, 'AddActivityFormation', { activityId, formation, addedOn });
    return { ...outcome, id: formationId };
  }
}
