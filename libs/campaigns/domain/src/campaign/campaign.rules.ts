import { CAMPAIGN_DOMAINS } from '@tn/campaigns-contracts';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import { requireOneOf, requirePeriod, requireText } from '../common/rules';
import { INITIATORS } from '../common/types';
import { requireCampaignCriteria } from '../recognition/certificate.criteria';
import { CAMPAIGN_KINDS, type CampaignDefinition, type CampaignState, type ExistingCampaign, PEAK_TEMPLATES } from './campaign.types';

/** Kind and peak template agree: a peak campaign names its template, other kinds name none. */
function requireKind(definition: CampaignDefinition): void {
  requireOneOf(definition.kind, CAMPAIGN_KINDS, 'CAMPAIGN.KIND_UNKNOWN', 'definition.kind');
  if (definition.kind === 'peak') {
    if (definition.peakTemplate === undefined) {
      throw validationError('CAMPAIGN.PEAK_TEMPLATE_REQUIRED', 'definition.peakTemplate', 'a peak campaign names its peak template');
    }
    requireOneOf(definition.peakTemplate, PEAK_TEMPLATES, 'CAMPAIGN.PEAK_TEMPLATE_UNKNOWN', 'definition.peakTemplate');
  } else if (definition.peakTemplate !== undefined) {
    throw validationError('CAMPAIGN.PEAK_TEMPLATE_UNEXPECTED', 'definition.peakTemplate', `a ${definition.kind} campaign names no peak template`);
  }
}

function requireDomains(domains: readonly string[]): void {
  if (!Array.isArray(domains) || domains.length === 0) {
    throw validationError('CAMPAIGN.DOMAIN_REQUIRED', 'definition.domains', 'at least one domain is required');
  }
  domains.forEach((domain, index) => {
    requireOneOf(domain, CAMPAIGN_DOMAINS, 'CAMPAIGN.DOMAIN_UNKNOWN', `definition.domains.${index}`);
    if (domains.indexOf(domain) !== index) {
      throw validationError('CAMPAIGN.DOMAIN_DUPLICATE', `definition.domains.${index}`, `domain ${domain} is listed twice`);
    }
  });
}

function requireGoals(definition: CampaignDefinition): void {
  if (!Array.isArray(definition.goals)) throw validationError('CAMPAIGN.GOAL_INVALID', 'definition.goals', 'goals must be a list');
  definition.goals.forEach((goal, index) => {
    requireText(goal?.measure, 'CAMPAIGN.GOAL_INVALID', `definition.goals.${index}.measure`, 'a measure');
    if (typeof goal.target !== 'number' || !Number.isFinite(goal.target) || goal.target <= 0) {
      throw validationError('CAMPAIGN.GOAL_INVALID', `definition.goals.${index}.target`, 'a goal target must be a positive number', {
        target: goal.target,
      });
    }
  });
}

/** A well-formed definition: name, kind, domains, period, goals and initiator. */
export function requireDefinition(definition: CampaignDefinition): void {
  if (typeof definition !== 'object' || definition === null) {
    throw validationError('CAMPAIGN.DEFINITION_REQUIRED', 'definition', 'a campaign definition is required');
  }
  requireText(definition.name, 'CAMPAIGN.NAME_REQUIRED', 'definition.name', 'a name');
  requireKind(definition);
  requireDomains(definition.domains);
  requirePeriod(definition.startsOn, definition.endsOn, 'CAMPAIGN.PERIOD_INVALID', 'definition.');
  requireGoals(definition);
  requireOneOf(definition.initiator, INITIATORS, 'CAMPAIGN.INITIATOR_UNKNOWN', 'definition.initiator');
  if (definition.coordinationModelId !== undefined) {
    requireText(definition.coordinationModelId, 'CAMPAIGN.MODEL_REQUIRED', 'definition.coordinationModelId', 'a coordination model id');
  }
  if (definition.certificateCriteria !== undefined) requireCampaignCriteria(definition.certificateCriteria, 'definition.certificateCriteria.');
}

export function requireNew(state: CampaignState, campaignId: string): void {
  requireText(campaignId, 'CAMPAIGN.ID_REQUIRED', 'campaignId', 'a campaign id');
  if (state.status !== 'none') throw illegalStateError('CAMPAIGN.ALREADY_EXISTS', `campaign ${campaignId} already exists`, { campaignId });
}

export function requireExisting(state: CampaignState, campaignId: string): ExistingCampaign {
  if (state.status === 'none') throw notFoundError('CAMPAIGN.NOT_FOUND', `campaign ${campaignId} does not exist`, { campaignId });
  return state;
}

export function requireOpen(state: CampaignState, campaignId: string): ExistingCampaign {
  const campaign = requireExisting(state, campaignId);
  if (campaign.status === 'closed') throw illegalStateError('CAMPAIGN.CLOSED', `campaign ${campaignId} is closed`, { campaignId });
  return campaign;
}
