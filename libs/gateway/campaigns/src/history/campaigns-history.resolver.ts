import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, HistoryPage, historyPageOf, historySubject } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import { allows } from '@tn/shared-auth';
import { ActivityView } from '../activities/activity.models';
import { CampaignView } from '../campaigns/campaign.models';
import { requireCampaignPermission } from '../core/campaign-permissions';
import { campaignsOf } from '../core/campaigns-directory';
import { CAMPAIGNS_HISTORY_COLLECTION } from './campaigns-history.read-model';

/** Whether the reader may see the accounts behind the entries: accounts:read over the organiser. */
async function showsAccounts(context: GatewayContext, organiserUnitId: string): Promise<boolean> {
  const grants = context.user?.claims.grants ?? [];
  return allows(grants, 'accounts:read', await directoryOf(context).lineage(organiserUnitId, today()));
}

const AUDIT_DESCRIPTION = 'Who did what and when, newest first (events without their data), for the readers of the subject.';

/** An activity's audit trail: its own events, its results', and those of its shifts and their attendance. */
@Resolver(() => ActivityView)
export class ActivityAuditTrailResolver {
  @ResolveField(() => HistoryPage, { nullable: true, description: AUDIT_DESCRIPTION })
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
    return historyPageOf(context, CAMPAIGNS_HISTORY_COLLECTION, subjects, { first, after }, await showsAccounts(context, activity.organiserUnitId));
  }
}

/** A campaign's audit trail: its own events and those of its certificates (a revocation names no campaign: read by certificate). */
@Resolver(() => CampaignView)
export class CampaignAuditTrailResolver {
  @ResolveField(() => HistoryPage, { nullable: true, description: AUDIT_DESCRIPTION })
  async auditTrail(
    @Context() context: GatewayContext,
    @Parent() campaign: CampaignView,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<HistoryPage> {
    await requireCampaignPermission(context, 'campaigns:read', campaign.organiserUnitId);
    const certificates = await campaignsOf(context).certificatesOf(campaign.id);
    const subjects = [historySubject('campaign', campaign.id), ...certificates.map((certificate) => historySubject('certificate', certificate.certificateId))];
    return historyPageOf(context, CAMPAIGNS_HISTORY_COLLECTION, subjects, { first, after }, await showsAccounts(context, campaign.organiserUnitId));
  }
}
