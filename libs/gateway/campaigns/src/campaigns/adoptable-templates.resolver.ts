import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { GatewayContext } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import { requireCampaignPermission } from '../core/campaign-permissions';
import { campaignsOf } from '../core/campaigns-directory';
import { CampaignView } from './campaign.models';
import { campaignView } from './campaigns.resolver';

/**
 * What a unit may adopt: the open templates the units above it published. A commune's managers
 * read them here without any right over the province (a template is published for the units
 * below to read and adopt); everything else of the province stays theirs.
 */
@Resolver()
export class AdoptableTemplatesResolver {
  @Query(() => [CampaignView], {
    description:
      "The open templates the units above this one published, nearest publisher first, each with its adoptions (the unit's own local campaign where it adopted one). campaigns:read over the unit.",
  })
  async adoptableTemplates(@Context() context: GatewayContext, @Args('unitId', { type: () => ID }) unitId: string): Promise<CampaignView[]> {
    await requireCampaignPermission(context, 'campaigns:read', unitId);
    const directory = campaignsOf(context);
    const above = (await directoryOf(context).lineage(unitId, today())).filter((id) => id !== unitId);
    const views: CampaignView[] = [];
    for (const publisher of above) {
      const templates = (await directory.campaignsOf(publisher)).filter((doc) => doc.role === 'template' && doc.status === 'open');
      templates.sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.campaignId.localeCompare(b.campaignId));
      // A template has no activities of its own: its local instances do. Other units' adoptions are theirs.
      views.push(
        ...templates.map((doc) => ({ ...campaignView(doc, []), adoptions: campaignView(doc, []).adoptions.filter((adoption) => adoption.unitId === unitId) })),
      );
    }
    return views;
  }
}
