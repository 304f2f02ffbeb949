import { type CampaignDefinitionPart, campaignCommandTypes } from '@tn/campaigns-contracts';
import { CAMPAIGN_STREAM_TYPE, type CampaignDefinition, campaignDecider, illegalStateError, notFoundError } from '@tn/campaigns-domain';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import type { CampaignLookups } from './lookups';

/** A definition as decided: goals a command leaves out are none. */
const definitionOf = (definition: CampaignDefinitionPart): { definition: CampaignDefinition } => ({
  definition: { ...definition, goals: definition.goals ?? [] },
});

/**
 * The template's stream, read for the second step of an adoption: its definition and what it
 * recorded for the opening unit. The decider refuses a unit that never adopted it.
 */
async function templateFor(lookups: CampaignLookups, templateCampaignId: string, organiserUnitId: string) {
  const template = await lookups.campaignOf(templateCampaignId);
  if (template.status === 'none') {
    throw notFoundError('CAMPAIGN.NOT_FOUND', `campaign ${templateCampaignId} does not exist`, { campaignId: templateCampaignId });
  }
  if (template.role !== 'template') {
    throw illegalStateError('CAMPAIGN.NOT_A_TEMPLATE', `campaign ${templateCampaignId} is not a template`, { campaignId: templateCampaignId });
  }
  const adoption = template.adoptions[organiserUnitId];
  return { definition: template.definition, ...(adoption ? { recordedAdoption: { localCampaignId: adoption.localCampaignId } } : {}) };
}

/**
 * One stream per campaign, template or local instance (payload, stream and rights are declared in
 * the contracts). `adoptingUnitIsBelowPublisher` is a hierarchy fact the caller (the gateway, from
 * its unit read models) supplies.
 */
export const campaignRoutes = (lookups: CampaignLookups): CommandRoute[] =>
  routesOf(
    campaignCommandTypes,
    { streamType: CAMPAIGN_STREAM_TYPE, decider: campaignDecider },
    {
      LaunchCampaign: ({ definition }) => definitionOf(definition),
      PublishCampaignTemplate: ({ definition }) => definitionOf(definition),
      // Opening a local instance reads the template's stream first.
      OpenLocalCampaign: async ({ templateCampaignId, organiserUnitId }) => ({ template: await templateFor(lookups, templateCampaignId, organiserUnitId) }),
    },
  );
