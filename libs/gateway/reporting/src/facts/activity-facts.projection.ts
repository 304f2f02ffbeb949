import { activityEventTypes, resultsEventTypes } from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import {
  type ActivityFactDoc,
  type ActivityResultFact,
  IN_KIND_VND_MEASURE,
  MONEY_VND_MEASURE,
  outputResultKey,
  resourceResultKey,
  unitYearsOf,
  yearsOfUnitYears,
} from './fact-docs';

export const REPORTING_ACTIVITIES_COLLECTION = 'gw_reporting_activities';

/** What dates, cancels and names the participants of an activity (its stream), and everything it produced (its results stream). */
export const activityFactEvents = [
  ...eventTypesNamed(activityEventTypes, 'ActivityProposed', 'ActivityPlanned', 'ActivityCancelled', 'ActivityCompleted', 'ActivityParticipantsRecorded'),
  ...resultsEventTypes,
];
type ActivityFactEvent = EnvelopeOf<EventsOf<typeof activityFactEvents>>;
type DataOf<Type extends ActivityFactEvent['type']> = Extract<ActivityFactEvent, { type: Type }>['data'];

/** An activity known only by its results so far (their stream was read before the activity's). */
const unproposed = (activityId: string): ActivityFactDoc => ({
  activityId,
  organiserUnitId: '',
  domains: [],
  initiator: '',
  responsibleCadreId: '',
  on: '',
  cancelled: false,
  groupIds: [],
  partnerIds: [],
  results: {},
  unitYears: [],
  years: [],
});

/** The equality keys, from the organiser (once known) and every day the document dates. */
function withUnitYears(doc: ActivityFactDoc): ActivityFactDoc {
  const days = [doc.on, ...Object.values(doc.results).map((result) => result.on)];
  const unitYears = doc.organiserUnitId ? unitYearsOf(doc.organiserUnitId, days) : [];
  return { ...doc, unitYears, years: yearsOfUnitYears(unitYears) };
}

function proposed(doc: ActivityFactDoc, data: DataOf<'ActivityProposed'>): ActivityFactDoc {
  const { campaignId: _campaign, coordinationModelId: _model, ...rest } = doc;
  return {
    ...rest,
    organiserUnitId: data.organiserUnitId,
    ...(typeof data.campaignId === 'string' ? { campaignId: data.campaignId } : {}),
    domains: [...(data.domains ?? [])],
    initiator: data.initiator,
    ...(typeof data.coordinationModelId === 'string' ? { coordinationModelId: data.coordinationModelId } : {}),
    responsibleCadreId: data.responsibleCadreId,
    on: data.proposedOn,
  };
}

/** Results without the output's (or resource's) entries. */
const without = (results: Record<string, ActivityResultFact>, drop: (key: string, result: ActivityResultFact) => boolean) =>
  Object.fromEntries(Object.entries(results).filter(([key, result]) => !drop(key, result)));

const isOutputEntry = (outputId: string) => (key: string, result: ActivityResultFact) => result.kind === 'output' && key.startsWith(`${outputId}/`);

/** One result per numeric measure value (a text or yes/no measure is not a quantity). */
function outputRecorded(doc: ActivityFactDoc, { outputId, measures, completedOn }: DataOf<'ActivityOutputRecorded'>): ActivityFactDoc {
  const entries = (Array.isArray(measures) ? measures : [])
    .filter((measure) => typeof measure?.measureId === 'string' && typeof measure.value === 'number' && Number.isFinite(measure.value))
    .map((measure): [string, ActivityResultFact] => [
      outputResultKey(outputId, measure.measureId),
      { kind: 'output', measure: measure.measureId, quantity: measure.value, on: completedOn },
    ]);
  return { ...doc, results: { ...without(doc.results, isOutputEntry(outputId)), ...Object.fromEntries(entries) } };
}

/** Cash counts its amount, goods their valuation; a gift with neither has no value to count. */
function resourceMobilised(doc: ActivityFactDoc, { resourceId, amountVnd, valuationVnd, receivedOn }: DataOf<'ResourceMobilised'>): ActivityFactDoc {
  const value =
    typeof amountVnd === 'number'
      ? { measure: MONEY_VND_MEASURE, quantity: amountVnd }
      : typeof valuationVnd === 'number'
        ? { measure: IN_KIND_VND_MEASURE, quantity: valuationVnd }
        : undefined;
  if (!value) return doc;
  return { ...doc, results: { ...doc.results, [resourceResultKey(resourceId)]: { kind: 'resource', ...value, on: receivedOn } } };
}

function evolveFields(doc: ActivityFactDoc, event: ActivityFactEvent): ActivityFactDoc {
  switch (event.type) {
    case 'ActivityProposed':
      return proposed(doc, event.data);
    case 'ActivityPlanned':
      return { ...doc, on: event.data.startsOn };
    case 'ActivityCancelled':
      return { ...doc, cancelled: true };
    case 'ActivityCompleted':
      return { ...doc, completedOn: vietnamDateOf(event.data.completedAt) };
    case 'ActivityParticipantsRecorded':
      return { ...doc, groupIds: [...event.data.groupIds], partnerIds: [...event.data.partnerIds] };
    case 'ActivityOutputRecorded':
      return outputRecorded(doc, event.data);
    case 'ActivityOutputWithdrawn':
      return { ...doc, results: without(doc.results, isOutputEntry(event.data.outputId)) };
    case 'ResourceMobilised':
      return resourceMobilised(doc, event.data);
    case 'ResourceMobilisationWithdrawn': {
      const key = resourceResultKey(event.data.resourceId);
      return { ...doc, results: without(doc.results, (each, result) => result.kind === 'resource' && each === key) };
    }
    default:
      return assertNever(event);
  }
}

/**
 * Pure: the activity's facts after one event of either of its streams. The two streams interleave
 * in any order, so every event applies to whatever is known (a result before the proposal is kept)
 * and the keys are recomputed from the whole document.
 */
export const evolveActivityFacts = (doc: ActivityFactDoc | null, event: ActivityFactEvent): ActivityFactDoc =>
  withUnitYears(evolveFields(doc ?? unproposed(event.data.activityId), event));

/** One document per activity, fed by its activity stream and its results stream. */
export const activityFactsProjection = projectionOver(activityFactEvents, {
  name: 'gateway-reporting-activities',
  collection: REPORTING_ACTIVITIES_COLLECTION,
  // Some of the activity stream's event types only (and two streams per document): apply any newer version.
  contiguous: false,
  documentId: (event) => event.data.activityId,
  evolve: evolveActivityFacts,
  // The engine: a unit's flows of a year ({ unitYears }, one query per unit and year), or a year's ({ years }, country-wide).
  indexes: [{ unitYears: 1 }, { years: 1 }],
});
