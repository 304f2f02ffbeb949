import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GatewayContext } from '@tn/gateway-core';
import { campaignsOf } from '../core/campaigns-directory';
import { requireCampaignPermission } from '../core/campaign-permissions';
import { ResultTotalsView } from '../outputs/outputs.models';
import { resultTotalsView } from '../outputs/results.views';
import { CampaignPage, CampaignView } from './campaign.models';

/** What a campaign's activities produced and mobilised (the campaign was authorised by the query that returned it). */
@Resolver(() => CampaignView)
export class CampaignResultsResolver {
  @ResolveField(() => ResultTotalsView, { description: "Its activities' outputs per kind, domain and measure, and resources per source and form." })
  resultTotals(@Context() context: GatewayContext, @Parent() campaign: CampaignView): Promise<ResultTotalsView> {
    return resultTotalsView(context, campaign.activityRefs);
  }
}

/** The same totals over every campaign a unit's view matched, all pages together. */
@Resolver(() => CampaignPage)
export class CampaignPageResultsResolver {
  @ResolveField(() => ResultTotalsView, { description: 'Totals over every campaign matched (all pages), withdrawn records left out.' })
  resultTotals(@Context() context: GatewayContext, @Parent() page: CampaignPage): Promise<ResultTotalsView> {
    return resultTotalsView(context, page.activityRefs);
  }

  @Query(() => ResultTotalsView, {
    description: "What a unit's activities produced and mobilised, standalone activities included; optionally one campaign's or one domain's.",
  })
  async unitResultTotals(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string,
    @Args('domain', { nullable: true, description: 'Activities working in this domain.' }) domain?: string,
  ): Promise<ResultTotalsView> {
    await requireCampaignPermission(context, 'campaigns:read', unitId);
    const activities = (await campaignsOf(context).activitiesOf(unitId)).filter(
      (a) => (!campaignId || a.campaignId === campaignId) && (!domain || a.domains.includes(domain)),
    );
    return resultTotalsView(context, activities);
  }
}
