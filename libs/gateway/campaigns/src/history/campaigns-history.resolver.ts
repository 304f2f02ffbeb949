import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, HistoryPage, historyPageOf, historySubject } from '@tn/gateway-core';
import { ActivityView } from '../activities/activity.models';
import { CampaignView } from '../campaigns/campaign.models';
import { requireCampaignPermission } from '../core/campaign-permissions';
import { campaignsOf } from '../core/campaigns-directory';
import { CAMPAIGNS_HISTORY_COLLECTION } from './campaigns-history.read-model';

const AUDIT_DESCRIPTION = 'Who did what and when, newest first (events without their data), for the readers of the subject.';

/** An activity's audit trail: its own events, its results', and those of its shifts and their attendance. */
@Resolver(() => ActivityView)
export class ActivityAuditTrailResolver {
  @ResolveField(() => HistoryPage, { description: AUDIT_DESCRIPTION })
  async auditTrail(
    @Context() context: GatewayContext,
    @Parent() activity: ActivityView,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<HistoryPage> {
    // The activity was read under campaigns:read already; asked again so that no other path to an ActivityView can widen it.
    await requireCampaignPermission(context, 'campaigns:read', activity.organiserUnitId);
    const shifts = await campaignsOf(context).shiftsOf(activity.id);
    const subjects = [historySubject('activity', activity.id), ...shifts.map((shift) => historySubject('shift', shift.shiftId))];
    return historyPageOf(context, CAMPAIGNS_HISTORY_COLLECTION, subjects, { first, after });
  }
}

/** A campaign's audit trail: its own events and the certificates issued for it. */
@Resolver(() => CampaignView)
export class CampaignAuditTrailResolver {
  @ResolveField(() => HistoryPage, { description: AUDIT_DESCRIPTION })
  async auditTrail(
    @Context() context: GatewayContext,
    @Parent() campaign: CampaignView,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<HistoryPage> {
    await requireCampaignPermission(context, 'campaigns:read', campaign.organiserUnitId);
    return historyPageOf(context, CAMPAIGNS_HISTORY_COLLECTION, [historySubject('campaign', campaign.id)], { first, after });
  }
}
