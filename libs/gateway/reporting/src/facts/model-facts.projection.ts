import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';
import { coordinationModelEventTypes } from '@tn/training-contracts';
import type { ModelFactDoc } from './fact-docs';

export const REPORTING_MODELS_COLLECTION = 'gw_reporting_models';

type CoordinationModelEvent = EnvelopeOf<EventsOf<typeof coordinationModelEventTypes>>;

/**
 * Pure: the model's curriculum after one of its stream's events. Every event states it, and a
 * retired model keeps it: activities that named the model while published still count (K3).
 */
export function evolveModelFacts(_doc: ModelFactDoc | null, event: CoordinationModelEvent): ModelFactDoc {
  switch (event.type) {
    case 'CoordinationModelDrafted':
    case 'CoordinationModelRevised':
    case 'CoordinationModelPublished':
    case 'CoordinationModelRetired':
      return { modelId: event.data.modelId, curriculumId: event.data.curriculumId };
    default:
      return assertNever(event);
  }
}

/** One document per coordination model (its whole stream). */
export const modelFactsProjection = projectionOver(coordinationModelEventTypes, {
  name: 'gateway-reporting-models',
  collection: REPORTING_MODELS_COLLECTION,
  documentId: (event) => event.data.modelId,
  evolve: evolveModelFacts,
  // Read by `_id` (the models activities name): no other index.
});
