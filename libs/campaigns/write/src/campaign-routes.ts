import { type CampaignDefinitionPart, campaignCommandTypes } from '@tn/campaigns-contracts';
import { CAMPAIGN_STREAM_TYPE, type CampaignDefinition, campaignDecider, illegalStateError, notFoundError } from '@tn/campaigns-domain';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { type CoordinationModelLookup, requirePublishedModel } from './coordination-model-check';
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

/** A definition naming a coordination model: only a published one (ADR 0019). */
async function checkedDefinitionOf(models: CoordinationModelLookup, definition: CampaignDefinitionPart) {
  await requirePublishedModel(models, definition.coordinationModelId, 'CAMPAIGN', 'definition.coordinationModelId');
  return definitionOf(definition);
}

/**
 * One stream per campaign, template or local instance (payload, stream and rights are declared in
 * the contracts). `adoptingUnitIsBelowPublisher` is a hierarchy fact the caller (the gateway, from
 * its unit read models) supplies. A coordination model a command names is checked against this
 * service's copy of training's catalogue; one a local instance inherits from its template is not
 * checked again.
 */
export const campaignRoutes = (lookups: CampaignLookups, models: CoordinationModelLookup): CommandRoute[] =>
  routesOf(
    campaignCommandTypes,
    { streamType: CAMPAIGN_STREAM_TYPE, decider: campaignDecider },
    {
      LaunchCampaign: ({ definition }) => checkedDefinitionOf(models, definition),
      PublishCampaignTemplate: ({ definition }) => checkedDefinitionOf(models, definition),
      // Opening a local instance reads the template's stream first.
      OpenLocalCampaign: async ({ templateCampaignId, organiserUnitId, coordinationModelId }) => {
        const template = await templateFor(lookups, templateCampaignId, organiserUnitId);
        await requirePublishedModel(models, coordinationModelId, 'CAMPAIGN', 'coordinationModelId');
        return { template };
      },
    },
  );
