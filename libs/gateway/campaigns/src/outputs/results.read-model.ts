import { resultsEventTypes } from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const ACTIVITY_RESULTS_COLLECTION = 'gw_campaigns_activity_results';

export interface Withdrawal {
  reason: string;
  withdrawnOn: string;
}

export interface OutputDoc {
  outputId: string;
  kind: string;
  name: string;
  domain?: string;
  measures: { measureId: string; value: number }[];
  valuationVnd?: number;
  completedOn: string;
  withdrawal?: Withdrawal;
}

export interface ResourceDoc {
  resourceId: string;
  source: string;
  form: string;
  amountVnd?: number;
  description?: string;
  quantity?: number;
  unit?: string;
  valuationVnd?: number;
  receivedOn: string;
  donorName?: string;
  /** The network's agreement it came under. */
  agreementId?: string;
  withdrawal?: Withdrawal;
}

/** What one activity produced and mobilised, in the order recorded (its `activity-results` stream). */
export interface ActivityResultsDoc {
  activityId: string;
  outputs: OutputDoc[];
  resources: ResourceDoc[];
}

type ResultsEvent = EnvelopeOf<EventsOf<typeof resultsEventTypes>>;
type DataOf<Type extends ResultsEvent['type']> = Extract<ResultsEvent, { type: Type }>['data'];

/** `{ field: value }` when the event carries the optional value, else nothing (spread into a document). */
const present = <Field extends string, Value>(field: Field, value: Value | null | undefined) =>
  (value === undefined || value === null ? {} : { [field]: value }) as Partial<Record<Field, Value>>;

function outputOf(data: DataOf<'ActivityOutputRecorded'>): OutputDoc {
  const measures = Array.isArray(data.measures) ? data.measures : [];
  return {
    outputId: data.outputId,
    kind: data.kind,
    name: data.name,
    ...present('domain', data.domain),
    measures: measures.map((measure) => ({ measureId: String(measure.measureId), value: Number(measure.value) })),
    ...present('valuationVnd', data.valuationVnd),
    completedOn: data.completedOn,
  };
}

function resourceOf(data: DataOf<'ResourceMobilised'>): ResourceDoc {
  return {
    resourceId: data.resourceId,
    source: data.source,
    form: data.form,
    ...present('amountVnd', data.amountVnd),
    ...present('description', data.description),
    ...present('quantity', data.quantity),
    ...present('unit', data.unit),
    ...present('valuationVnd', data.valuationVnd),
    receivedOn: data.receivedOn,
    ...present('donorName', data.donorName),
    ...present('agreementId', data.agreementId),
  };
}

const withdrawalOf = ({ reason, withdrawnOn }: DataOf<'ActivityOutputWithdrawn' | 'ResourceMobilisationWithdrawn'>): Withdrawal => ({ reason, withdrawnOn });

/** Pure: the activity's results after one event of its results stream (already decided by the service). */
export function evolveActivityResults(doc: ActivityResultsDoc | null, event: ResultsEvent): ActivityResultsDoc {
  const current = doc ?? { activityId: event.data.activityId, outputs: [], resources: [] };
  switch (event.type) {
    case 'ActivityOutputRecorded':
      return { ...current, outputs: [...current.outputs, outputOf(event.data)] };
    case 'ActivityOutputWithdrawn':
      return { ...current, outputs: current.outputs.map((o) => (o.outputId === event.data.outputId ? { ...o, withdrawal: withdrawalOf(event.data) } : o)) };
    case 'ResourceMobilised':
      return { ...current, resources: [...current.resources, resourceOf(event.data)] };
    case 'ResourceMobilisationWithdrawn':
      return {
        ...current,
        resources: current.resources.map((r) => (r.resourceId === event.data.resourceId ? { ...r, withdrawal: withdrawalOf(event.data) } : r)),
      };
    default:
      return assertNever(event);
  }
}

/** One document per activity, beside the activity document (its own stream, its own collection). */
export const activityResultsProjection = projectionOver(resultsEventTypes, {
  name: 'gateway-activity-results',
  collection: ACTIVITY_RESULTS_COLLECTION,
  documentId: (event) => event.data.activityId,
  evolve: evolveActivityResults,
  // CampaignsDirectory.resultsOf reads by `_id` (the activity's id), one lookup per activity: no other index.
});
