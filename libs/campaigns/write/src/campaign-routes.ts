import {
  CAMPAIGN_STREAM_TYPE,
  type CampaignCommand,
  type CampaignDefinition,
  type CampaignDomain,
  campaignDecider,
  campaignStreamId,
  type CampaignKind,
  type CertificateCriteria,
  type Initiator,
  type PeakTemplate,
} from '@tn/campaigns-domain';
import { illegalStateError, notFoundError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, commandRoute, object, objectList, optional, optionalNumber, optionalObject, optionalString, type Payload, requiredBoolean, requiredNumber, requiredString, stringList } from '@tn/shared-event-sourcing-nest';
import type { CampaignLookups } from './lookups';

/** The `definition` object of a payload; fields are named with their path (`definition.goals.0.target`). */
export function definitionOf(payload: Payload, prefix = 'definition.'): CampaignDefinition {
  return {
    name: requiredString(payload, 'name', prefix),
    kind: requiredString(payload, 'kind', prefix) as CampaignKind,
    ...optional('peakTemplate', optionalString(payload, 'peakTemplate', prefix) as PeakTemplate | undefined),
    domains: stringList(payload, 'domains', prefix) as CampaignDomain[],
    startsOn: requiredString(payload, 'startsOn', prefix),
    endsOn: requiredString(payload, 'endsOn', prefix),
    goals: objectList(payload, 'goals', prefix).map((goal, index) => ({
      measure: requiredString(goal, 'measure', `${prefix}goals.${index}.`),
      target: requiredNumber(goal, 'target', `${prefix}goals.${index}.`),
    })),
    ...optional('coordinationModelId', optionalString(payload, 'coordinationModelId', prefix)),
    initiator: requiredString(payload, 'initiator', prefix) as Initiator,
    ...optional('certificateCriteria', criteriaOf(payload, prefix)),
  };
}

/** A campaign's own certificate criteria, when it sets any (the decider checks their ranges). */
function criteriaOf(payload: Payload, prefix: string): CertificateCriteria | undefined {
  const criteria = optionalObject(payload, 'certificateCriteria', prefix);
  if (criteria === undefined) return undefined;
  const at = `${prefix}certificateCriteria.`;
  return { ...optional('minimumHours', optionalNumber(criteria, 'minimumHours', at)), ...optional('minimumActivities', optionalNumber(criteria, 'minimumActivities', at)) };
}

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

type CampaignRouted = Extract<CampaignCommand, { type: 'LaunchCampaign' | 'PublishCampaignTemplate' | 'AdoptCampaignTemplate' | 'OpenLocalCampaign' }>;

/** Payload → decider command for each campaign command type (some read the template's stream first). */
export const toCampaignCommand = (lookups: CampaignLookups): Record<CampaignRouted['type'], (p: Payload) => CampaignRouted | Promise<CampaignRouted>> => ({
  LaunchCampaign: (p) => ({
    type: 'LaunchCampaign',
    campaignId: requiredString(p, 'campaignId'),
    organiserUnitId: requiredString(p, 'organiserUnitId'),
    definition: definitionOf(object(p, 'definition')),
    launchedOn: requiredString(p, 'launchedOn'),
  }),
  PublishCampaignTemplate: (p) => ({
    type: 'PublishCampaignTemplate',
    campaignId: requiredString(p, 'campaignId'),
    publisherUnitId: requiredString(p, 'publisherUnitId'),
    definition: definitionOf(object(p, 'definition')),
    publishedOn: requiredString(p, 'publishedOn'),
  }),
  // `adoptingUnitIsBelowPublisher` is a hierarchy fact: the caller (the gateway, from its unit
  // read models) supplies it until this service keeps its own projection of the registry's hierarchy.
  AdoptCampaignTemplate: (p) => ({
    type: 'AdoptCampaignTemplate',
    templateCampaignId: requiredString(p, 'templateCampaignId'),
    adoptingUnitId: requiredString(p, 'adoptingUnitId'),
    localCampaignId: requiredString(p, 'localCampaignId'),
    adoptedOn: requiredString(p, 'adoptedOn'),
    adoptingUnitIsBelowPublisher: requiredBoolean(p, 'adoptingUnitIsBelowPublisher'),
  }),
  OpenLocalCampaign: async (p) => {
    const templateCampaignId = requiredString(p, 'templateCampaignId');
    const organiserUnitId = requiredString(p, 'organiserUnitId');
    const campaignId = requiredString(p, 'campaignId');
    const openedOn = requiredString(p, 'openedOn');
    const coordinationModelId = optionalString(p, 'coordinationModelId');
    return {
      type: 'OpenLocalCampaign',
      campaignId,
      organiserUnitId,
      templateCampaignId,
      template: await templateFor(lookups, templateCampaignId, organiserUnitId),
      ...optional('coordinationModelId', coordinationModelId),
      openedOn,
    };
  },
});

/** The field that names the stream a campaign command is decided on (an adoption: the template's). */
const STREAM_FIELD: Record<CampaignRouted['type'], string> = {
  LaunchCampaign: 'campaignId',
  PublishCampaignTemplate: 'campaignId',
  AdoptCampaignTemplate: 'templateCampaignId',
  OpenLocalCampaign: 'campaignId',
};

/** One stream per campaign, template or local instance. */
export const campaignRoutes = (lookups: CampaignLookups): CommandRoute[] =>
  Object.entries(toCampaignCommand(lookups)).map(([type, map]) =>
    commandRoute({
      type,
      streamType: CAMPAIGN_STREAM_TYPE,
      decider: campaignDecider,
      streamIdOf: (envelope: CommandEnvelope) => campaignStreamId(requiredString(envelope.payload, STREAM_FIELD[type as CampaignRouted['type']])),
      toCommand: (envelope: CommandEnvelope) => map(envelope.payload),
    }),
  );
