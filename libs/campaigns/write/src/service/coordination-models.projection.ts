import {
  COORDINATION_MODEL_FEED_EVENT_TYPES,
  type CoordinationModelCopy,
  coordinationModelCopyOf,
  coordinationModelSourceStreamId,
} from '@tn/campaigns-contracts';
import { defineProjection } from '@tn/shared-event-bus';

/**
 * This service's copy of training's coordination-model catalogue (ADR 0019): one document per
 * model, id the model's id. Each event states the model's status after it, so the newest version
 * of the model's stream is the whole truth: documents apply any newer version (`contiguous:
 * false`; a gap, an event parked or dead-lettered upstream, never holds the copy back) and skip an
 * older or repeated one. An event of a schema version this service does not read, or one it
 * cannot read, is dead-lettered rather than copied wrongly.
 */
export const coordinationModelsProjectionOf = (name: string, collection: string) =>
  defineProjection<CoordinationModelCopy>({
    name,
    collection,
    handles: COORDINATION_MODEL_FEED_EVENT_TYPES,
    contiguous: false,
    documentId: (event) => {
      const modelId = event.data['modelId'];
      // Only events of the model's own stream: the copy is keyed as training keys its streams.
      return typeof modelId === 'string' && modelId !== '' && event.streamId === coordinationModelSourceStreamId(modelId) ? modelId : undefined;
    },
    evolve: (_copy, event) => {
      if (event.schemaVersion !== 1) throw new Error(`coordination-model event ${event.type} v${event.schemaVersion} is not understood here`);
      return coordinationModelCopyOf(event);
    },
  });
