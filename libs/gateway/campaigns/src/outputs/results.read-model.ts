import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { type Data, optionalString, optionalNumber } from '../core/event-data';

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
  withdrawal?: Withdrawal;
}

/** What one activity produced and mobilised, in the order recorded (its `activity-results` stream). */
export interface ActivityResultsDoc {
  activityId: string;
  outputs: OutputDoc[];
  resources: ResourceDoc[];
}


function outputOf(data: Data): OutputDoc {
  const measures = Array.isArray(data['measures']) ? (data['measures'] as Data[]) : [];
  return {
    outputId: String(data['outputId']),
    kind: String(data['kind']),
    name: String(data['name']),
    ...optionalString(data, 'domain'),
    measures: measures.map((measure) => ({ measureId: String(measure['measureId']), value: Number(measure['value']) })),
    ...optionalNumber(data, 'valuationVnd'),
    completedOn: String(data['completedOn']),
  };
}

function resourceOf(data: Data): ResourceDoc {
  return {
    resourceId: String(data['resourceId']),
    source: String(data['source']),
    form: String(data['form']),
    ...optionalNumber(data, 'amountVnd'),
    ...optionalString(data, 'description'),
    ...optionalNumber(data, 'quantity'),
    ...optionalString(data, 'unit'),
    ...optionalNumber(data, 'valuationVnd'),
    receivedOn: String(data['receivedOn']),
    ...optionalString(data, 'donorName'),
  };
}

const withdrawalOf = (data: Data): Withdrawal => ({ reason: String(data['reason']), withdrawnOn: String(data['withdrawnOn']) });

/** Pure: the activity's results after one event of its results stream (already decided by the service). */
export function evolveActivityResults(doc: ActivityResultsDoc | null, event: EventEnvelope): ActivityResultsDoc {
  const data = event.data as Data;
  const current = doc ?? { activityId: String(data['activityId']), outputs: [], resources: [] };
  switch (event.type) {
    case 'ActivityOutputRecorded':
      return { ...current, outputs: [...current.outputs, outputOf(data)] };
    case 'ActivityOutputWithdrawn':
      return { ...current, outputs: current.outputs.map((o) => (o.outputId === data['outputId'] ? { ...o, withdrawal: withdrawalOf(data) } : o)) };
    case 'ResourceMobilised':
      return { ...current, resources: [...current.resources, resourceOf(data)] };
    case 'ResourceMobilisationWithdrawn':
      return { ...current, resources: current.resources.map((r) => (r.resourceId === data['resourceId'] ? { ...r, withdrawal: withdrawalOf(data) } : r)) };
    default:
      throw new Error(`activity results read model cannot apply ${event.type}`);
  }
}

/** One document per activity, beside the activity document (its own stream, its own collection). */
export const activityResultsProjection = defineProjection<ActivityResultsDoc>({
  name: 'gateway-activity-results',
  collection: ACTIVITY_RESULTS_COLLECTION,
  handles: ['ActivityOutputRecorded', 'ActivityOutputWithdrawn', 'ResourceMobilised', 'ResourceMobilisationWithdrawn'],
  documentId: (event) => String((event.data as Data)['activityId']),
  evolve: evolveActivityResults,
});
