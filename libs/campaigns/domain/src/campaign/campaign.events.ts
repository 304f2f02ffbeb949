import type { campaignStreamEventTypes } from '@tn/campaigns-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';
import { compact } from '../common/rules';
import type { CampaignDefinition } from './campaign.types';

/** The campaign's events (definition fields flattened into each creation event, see `definitionData`); their one schema is in the contracts. */
export type CampaignEvent = EventsOf<typeof campaignStreamEventTypes>;

/** One stream per campaign: a unit's own campaign, a template, and each local instance alike. */
export { CAMPAIGN_STREAM_TYPE, campaignStreamId } from '@tn/campaigns-contracts';

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
    ...(certificateCriteria === undefined
      ? {}
      : { certificateCriteria: compact({ minimumHours: certificateCriteria.minimumHours, minimumActivities: certificateCriteria.minimumActivities }) }),
  };
}
