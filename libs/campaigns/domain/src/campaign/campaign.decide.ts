import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, validationError } from '../common/errors';
import { illegalStateAt, requireIsoDate, requireText } from '../common/rules';
import type { AdoptCampaignTemplate, CampaignCommand, OpenLocalCampaign } from './campaign.commands';
import { type CampaignEvent, definitionData } from './campaign.events';
import { evolveCampaign, initialCampaign } from './campaign.evolve';
import { requireDefinition, requireExisting, requireNew, requireOpen } from './campaign.rules';
import type { CampaignState } from './campaign.types';

/**
 * Adoption is decided on the template's stream: that stream sees every adoption of the template,
 * so "one local instance per unit" is checked within one stream, with no cross-stream query.
 * Repeating the same adoption (same unit, same local id) records nothing, so a retried command is safe.
 */
function adopt(command: AdoptCampaignTemplate, state: CampaignState): CampaignEvent[] {
  const { templateCampaignId, adoptingUnitId, localCampaignId, adoptedOn } = command;
  requireIsoDate(adoptedOn, 'adoptedOn');
  requireText(adoptingUnitId, 'CAMPAIGN.UNIT_REQUIRED', 'adoptingUnitId', 'an adopting unit');
  requireText(localCampaignId, 'CAMPAIGN.ID_REQUIRED', 'localCampaignId', 'a local campaign id');
  const template = requireExisting(state, templateCampaignId);
  if (template.role !== 'template') {
    throw illegalStateError('CAMPAIGN.NOT_A_TEMPLATE', `campaign ${templateCampaignId} is not a template`, { campaignId: templateCampaignId });
  }
  const existing = template.adoptions[adoptingUnitId];
  if (existing?.localCampaignId === localCampaignId) return [];
  if (existing) {
    throw illegalStateAt('CAMPAIGN.ALREADY_ADOPTED', 'adoptingUnitId', `unit ${adoptingUnitId} already adopted this template`, {
      unitId: adoptingUnitId,
      localCampaignId: existing.localCampaignId,
    });
  }
  requireOpen(state, templateCampaignId);
  if (adoptedOn > template.definition.endsOn) {
    throw validationError('CAMPAIGN.TEMPLATE_ENDED', 'adoptedOn', `the template ended on ${template.definition.endsOn}`, {
      endsOn: template.definition.endsOn,
    });
  }
  if (adoptingUnitId === template.unitId || command.adoptingUnitIsBelowPublisher !== true) {
    throw illegalStateAt('CAMPAIGN.ADOPTER_NOT_BELOW_PUBLISHER', 'adoptingUnitId', `unit ${adoptingUnitId} is not below ${template.unitId}`, {
      unitId: adoptingUnitId,
      publisherUnitId: template.unitId,
    });
  }
  return [{ type: 'CampaignTemplateAdopted', data: { templateCampaignId, adoptingUnitId, localCampaignId, adoptedOn } }];
}

/** Opens the local instance the template recorded for this unit, and no other. */
function openLocal(command: OpenLocalCampaign, state: CampaignState): CampaignEvent[] {
  const { campaignId, organiserUnitId, templateCampaignId, openedOn, coordinationModelId } = command;
  requireNew(state, campaignId);
  requireIsoDate(openedOn, 'openedOn');
  if (command.template?.recordedAdoption?.localCampaignId !== campaignId) {
    throw illegalStateAt('CAMPAIGN.ADOPTION_NOT_RECORDED', 'templateCampaignId', `template ${templateCampaignId} records no adoption as ${campaignId}`, {
      templateCampaignId,
      unitId: organiserUnitId,
    });
  }
  const definition = { ...command.template.definition, ...(coordinationModelId === undefined ? {} : { coordinationModelId }) };
  requireDefinition(definition);
  return [{ type: 'LocalCampaignOpened', data: { ...definitionData(definition), campaignId, organiserUnitId, templateCampaignId, openedOn } }];
}

function decideCampaign(command: CampaignCommand, state: CampaignState): CampaignEvent[] {
  switch (command.type) {
    case 'LaunchCampaign': {
      const { campaignId, organiserUnitId, definition, launchedOn } = command;
      requireNew(state, campaignId);
      requireText(organiserUnitId, 'CAMPAIGN.UNIT_REQUIRED', 'organiserUnitId', 'an organiser unit');
      requireIsoDate(launchedOn, 'launchedOn');
      requireDefinition(definition);
      return [{ type: 'CampaignLaunched', data: { ...definitionData(definition), campaignId, organiserUnitId, launchedOn } }];
    }
    case 'PublishCampaignTemplate': {
      const { campaignId, publisherUnitId, definition, publishedOn } = command;
      requireNew(state, campaignId);
      requireText(publisherUnitId, 'CAMPAIGN.UNIT_REQUIRED', 'publisherUnitId', 'a publishing unit');
      requireIsoDate(publishedOn, 'publishedOn');
      requireDefinition(definition);
      return [{ type: 'CampaignTemplatePublished', data: { ...definitionData(definition), campaignId, publisherUnitId, publishedOn } }];
    }
    case 'AdoptCampaignTemplate':
      return adopt(command, state);
    case 'OpenLocalCampaign':
      return openLocal(command, state);
    case 'ApplyCoordinationModel': {
      const { campaignId, coordinationModelId, appliedOn } = command;
      const campaign = requireOpen(state, campaignId);
      requireText(coordinationModelId, 'CAMPAIGN.MODEL_REQUIRED', 'coordinationModelId', 'a coordination model id');
      requireIsoDate(appliedOn, 'appliedOn');
      if (campaign.definition.coordinationModelId === coordinationModelId) return [];
      return [{ type: 'CampaignCoordinationModelApplied', data: { campaignId, coordinationModelId, appliedOn } }];
    }
    case 'CloseCampaign': {
      requireIsoDate(command.closedOn, 'closedOn');
      if (requireExisting(state, command.campaignId).status === 'closed') return [];
      return [{ type: 'CampaignClosed', data: { campaignId: command.campaignId, closedOn: command.closedOn } }];
    }
    default:
      return assertNever(command);
  }
}

/** A campaign, a template or a local instance (one stream each); pure, dates and ids arrive in commands. */
export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  initialState: initialCampaign,
  decide: decideCampaign,
  evolve: evolveCampaign,
};
