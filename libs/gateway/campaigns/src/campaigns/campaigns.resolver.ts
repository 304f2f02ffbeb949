import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { criteriaOfCampaign } from '@tn/campaigns-contracts';
import { ApiError, apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf, requireMayLearnMissing, requireUser } from '@tn/gateway-core';
import { directoryOf } from '@tn/gateway-registry';
import type { ActivityDoc } from '../activities/activity.read-model';
import { CampaignsClient } from '../core/campaigns-client';
import { campaignsOf } from '../core/campaigns-directory';
import { requireCampaignPermission } from '../core/campaign-permissions';
import {
  AdoptCampaignTemplateInput,
  CampaignPage,
  CampaignView,
  LaunchCampaignInput,
  OpenLocalCampaignInput,
  PublishCampaignTemplateInput,
  type StatusCountView,
} from './campaign.models';
import { requireCampaignFilters } from './campaign-filter';
import type { CampaignDoc } from './campaign.read-model';

/** Activities counted by status, in a stable order. */
export function totalsOf(activities: readonly Pick<ActivityDoc, 'status'>[]): StatusCountView[] {
  const counts = new Map<string, number>();
  for (const { status } of activities) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts.entries()].map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status));
}

export function campaignView(doc: CampaignDoc, activities: readonly ActivityDoc[]): CampaignView {
  const own = activities.filter((a) => a.campaignId === doc.campaignId);
  return {
    id: doc.campaignId,
    role: doc.role,
    organiserUnitId: doc.organiserUnitId,
    name: doc.name,
    kind: doc.kind,
    peakTemplate: doc.peakTemplate ?? null,
    domains: doc.domains,
    startsOn: doc.startsOn,
    endsOn: doc.endsOn,
    goals: doc.goals,
    initiator: doc.initiator,
    coordinationModelId: doc.coordinationModelId ?? null,
    certificateCriteria: { minimumHours: null, minimumActivities: null, ...criteriaOfCampaign(doc) },
    status: doc.status,
    templateCampaignId: doc.templateCampaignId ?? null,
    adoptions: doc.adoptions,
    activityCount: own.length,
    activityTotals: totalsOf(own),
    activityRefs: own.map(({ activityId, domains }) => ({ activityId, domains })),
  };
}

/** Whether a campaign matches a unit view's filters (a period overlaps, a domain, a status). */
export function matches(
  doc: CampaignDoc,
  filters: { from?: string | null; to?: string | null; domain?: string | null; status?: string | null; role?: string | null },
): boolean {
  if (filters.from && doc.endsOn < filters.from) return false;
  if (filters.to && doc.startsOn > filters.to) return false;
  if (filters.domain && !doc.domains.includes(filters.domain)) return false;
  if (filters.status && doc.status !== filters.status) return false;
  if (filters.role && doc.role !== filters.role) return false;
  return true;
}

/** Campaigns, templates and their local instances: a unit's view, and the commands. */
@Resolver(() => CampaignView)
export class CampaignsResolver {
  constructor(private readonly client: CampaignsClient) {}

  @Query(() => CampaignPage, {
    description:
      "A unit's campaigns (its own, templates it published, local instances it opened), with filters, activity totals and the totals of what their activities produced and mobilised.",
  })
  async campaigns(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('from', { nullable: true, description: 'Campaigns running on or after this date.' }) from?: string,
    @Args('to', { nullable: true, description: 'Campaigns running on or before this date.' }) to?: string,
    @Args('domain', { nullable: true }) domain?: string,
    @Args('status', { nullable: true, description: 'open or closed' }) status?: string,
    @Args('role', { nullable: true, description: 'campaign, template or local' }) role?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CampaignPage> {
    requireCampaignFilters({ from, to, status, role }, context.language);
    await requireCampaignPermission(context, 'campaigns:read', unitId);
    const directory = campaignsOf(context);
    const docs = (await directory.campaignsOf(unitId)).filter((doc) => matches(doc, { from, to, domain, status, role }));
    const activities = await directory.activitiesIn(docs.map((doc) => doc.campaignId));
    const views = docs.map((doc) => campaignView(doc, activities));
    const page = pageOf(views, (v) => [v.startsOn, v.id], { first: first ?? null, after: after ?? null }, context.language);
    return { ...page, activityRefs: views.flatMap((view) => view.activityRefs) };
  }

  @Query(() => CampaignView, { nullable: true })
  async campaign(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<CampaignView | null> {
    // Who asks comes first; a missing and a forbidden campaign answer alike (no existence oracle).
    requireUser(context);
    const directory = campaignsOf(context);
    const doc = await directory.campaign(id);
    if (!doc) {
      requireMayLearnMissing(context, 'campaigns:read');
      return null;
    }
    await requireCampaignPermission(context, 'campaigns:read', doc.organiserUnitId);
    return campaignView(doc, await directory.activitiesIn([doc.campaignId]));
  }

  @Mutation(() => CommandResultView)
  async launchCampaign(@Context() context: GatewayContext, @Args('input') input: LaunchCampaignInput): Promise<CommandResultView> {
    const user = await requireCampaignPermission(context, 'campaigns:write', input.organiserUnitId);
    const campaignId = input.campaignId ?? freshIdOf(context);
    const outcome = await this.client.command('LaunchCampaign', { ...input, campaignId }, user, context.language);
    return { id: campaignId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Publish a campaign template lower units adopt as their own local instance.' })
  async publishCampaignTemplate(@Context() context: GatewayContext, @Args('input') input: PublishCampaignTemplateInput): Promise<CommandResultView> {
    const user = await requireCampaignPermission(context, 'campaigns:write', input.publisherUnitId);
    const campaignId = input.campaignId ?? freshIdOf(context);
    const outcome = await this.client.command('PublishCampaignTemplate', { ...input, campaignId }, user, context.language);
    return { id: campaignId, ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description:
      "Adopt a template: recorded on the template (one local instance per unit); then open it with openLocalCampaign. Returns the local campaign's id.",
  })
  async adoptCampaignTemplate(@Context() context: GatewayContext, @Args('input') input: AdoptCampaignTemplateInput): Promise<CommandResultView> {
    const user = await requireCampaignPermission(context, 'campaigns:write', input.adoptingUnitId);
    // The hierarchy fact the service cannot see: is the adopting unit below the publisher (on the adoption date)?
    const template = await campaignsOf(context).campaign(input.templateCampaignId);
    const lineage = await directoryOf(context).lineage(input.adoptingUnitId, input.adoptedOn);
    const adoptingUnitIsBelowPublisher =
      template !== undefined && template.organiserUnitId !== input.adoptingUnitId && lineage.includes(template.organiserUnitId);
    const localCampaignId = input.localCampaignId ?? freshIdOf(context);
    const outcome = await this.client
      .command('AdoptCampaignTemplate', { ...input, localCampaignId, adoptingUnitIsBelowPublisher }, user, context.language)
      .catch((error: unknown) => {
        // The service knows the template, but this gateway has not seen it (or the adopting unit)
        // yet: nothing was recorded, and the same request will succeed in a moment.
        const unseen = template === undefined ? 'templateCampaignId' : !lineage.includes(input.adoptingUnitId) ? 'adoptingUnitId' : undefined;
        if (unseen && error instanceof ApiError && error.code === 'CAMPAIGN.ADOPTER_NOT_BELOW_PUBLISHER') {
          throw apiError(
            { code: 'NOT_KNOWN_YET', kind: 'illegal-state', field: unseen, extensions: { retryable: true, retryAfterSeconds: 1 } },
            context.language,
          );
        }
        throw error;
      });
    return { id: localCampaignId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Open the local instance an adoption recorded for the unit.' })
  async openLocalCampaign(@Context() context: GatewayContext, @Args('input') input: OpenLocalCampaignInput): Promise<CommandResultView> {
    const user = await requireCampaignPermission(context, 'campaigns:write', input.organiserUnitId);
    if (!input.campaignId) throw apiError({ code: 'BAD_USER_INPUT', field: 'campaignId' }, context.language);
    const outcome = await this.client.command('OpenLocalCampaign', { ...input }, user, context.language);
    return { id: input.campaignId, ...outcome };
  }
}
