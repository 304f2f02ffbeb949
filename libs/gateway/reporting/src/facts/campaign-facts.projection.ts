import { campaignStreamEventTypes } from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';
import { type CampaignFactDoc, unitYearsOf, yearsOfUnitYears } from './fact-docs';

export const REPORTING_CAMPAIGNS_COLLECTION = 'gw_reporting_campaigns';

/** Campaigns a unit runs (its own, or its local instance of a template) and the model each applies; templates are not run by a unit. */
export const campaignFactEvents = eventTypesNamed(campaignStreamEventTypes, 'CampaignLaunched', 'LocalCampaignOpened', 'CampaignCoordinationModelApplied');
type CampaignFactEvent = EnvelopeOf<EventsOf<typeof campaignFactEvents>>;

function campaignOf(data: { campaignId: string; organiserUnitId: string; domains: string[]; initiator: string; coordinationModelId?: string }, on: string) {
  const doc: CampaignFactDoc = {
    campaignId: data.campaignId,
    organiserUnitId: data.organiserUnitId,
    domains: [...(data.domains ?? [])],
    initiator: data.initiator,
    ...(typeof data.coordinationModelId === 'string' ? { coordinationModelId: data.coordinationModelId } : {}),
    on,
    unitYears: unitYearsOf(data.organiserUnitId, [on]),
    years: yearsOfUnitYears(unitYearsOf(data.organiserUnitId, [on])),
  };
  return doc;
}

/**
 * Pure: the campaign's facts after one of its stream's events. A model applied to a template
 * finds no document and leaves none (a tombstone no reader finds by `unitYears`).
 */
export function evolveCampaignFacts(doc: CampaignFactDoc | null, event: CampaignFactEvent): CampaignFactDoc | null {
  switch (event.type) {
    case 'CampaignLaunched':
      return campaignOf(event.data, event.data.launchedOn);
    case 'LocalCampaignOpened':
      return campaignOf(event.data, event.data.openedOn);
    case 'CampaignCoordinationModelApplied':
      return doc && { ...doc, coordinationModelId: event.data.coordinationModelId };
    default:
      return assertNever(event);
  }
}

/** One document per campaign a unit runs. */
export const campaignFactsProjection = projectionOver(campaignFactEvents, {
  name: 'gateway-reporting-campaigns',
  collection: REPORTING_CAMPAIGNS_COLLECTION,
  // Some of the campaign stream's event types only (a template's are skipped): apply any newer version.
  contiguous: false,
  documentId: (event) => event.data.campaignId,
  evolve: evolveCampaignFacts,
  // The engine: a unit's flows of a year ({ unitYears }), or a year's ({ years }, country-wide).
  indexes: [{ unitYears: 1 }, { years: 1 }],
});
