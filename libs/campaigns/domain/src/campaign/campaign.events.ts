import { streamIdOf } from '@tn/shared-event-contracts';
import { compact } from '../common/rules';
import type { CampaignDefinition } from './campaign.types';

/** Definition fields are flattened into each creation event (see `definitionData`). */
export type CampaignLaunched = {
  type: 'CampaignLaunched';
  data: CampaignDefinition & { campaignId: string; organiserUnitId: string; launchedOn: string };
};
export type CampaignTemplatePublished = {
  type: 'CampaignTemplatePublished';
  data: CampaignDefinition & { campaignId: string; publisherUnitId: string; publishedOn: string };
};
/** Recorded on the template's stream: this unit's local instance is `localCampaignId`. */
export type CampaignTemplateAdopted = {
  type: 'CampaignTemplateAdopted';
  data: { templateCampaignId: string; adoptingUnitId: string; localCampaignId: string; adoptedOn: string };
};
/** The first event of a local instance's own stream. */
export type LocalCampaignOpened = {
  type: 'LocalCampaignOpened';
  data: CampaignDefinition & { campaignId: string; organiserUnitId: string; templateCampaignId: string; openedOn: string };
};
export type CampaignCoordinationModelApplied = {
  type: 'CampaignCoordinationModelApplied';
  data: { campaignId: string; coordinationModelId: string; appliedOn: string };
};
export type CampaignClosed = { type: 'CampaignClosed'; data: { campaignId: string; closedOn: string } };

export type CampaignEvent =
  | CampaignLaunched
  | CampaignTemplatePublished
  | CampaignTemplateAdopted
  | LocalCampaignOpened
  | CampaignCoordinationModelApplied
  | CampaignClosed;

/** One stream per campaign: a unit's own campaign, a template, and each local instance alike. */
export const CAMPAIGN_STREAM_TYPE = 'campaign';
export const campaignStreamId = (campaignId: string) => streamIdOf(CAMPAIGN_STREAM_TYPE, campaignId);

/** The definition as event data: optional fields present only when set. */
export function definitionData(definition: CampaignDefinition): CampaignDefinition {
  const { name, kind, peakTemplate, domains, startsOn, endsOn, goals, coordinationModelId, initiator, certificateCriteria } = definition;
  return {
    name,
    kind,
    ...(peakTemplate === undefined ? {} : { peakTemplate }),
    domains,
    startsOn,
    endsOn,
    goals: goals.map(({ measure, target }) => ({ measure, target })),
    ...(coordinationModelId === undefined ? {} : { coordinationModelId }),
    initiator,
    ...(certificateCriteria === undefined ? {} : { certificateCriteria: compact({ minimumHours: certificateCriteria.minimumHours, minimumActivities: certificateCriteria.minimumActivities }) }),
  };
}
