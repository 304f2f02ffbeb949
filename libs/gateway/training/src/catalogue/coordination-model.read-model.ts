import { type CoordinationModelStatus, coordinationModelEventTypes } from '@tn/training-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const COORDINATION_MODELS_COLLECTION = 'gw_training_coordination_models';

/** One coordination model of the K3 list (the gateway's model read model). */
export interface CoordinationModelDoc {
  modelId: string;
  name: string;
  description: string;
  /** The curriculum that teaches it. */
  curriculumId: string;
  ownerUnitId: string;
  status: CoordinationModelStatus;
  draftedBy: string;
  draftedOn: string;
  /** Kept with the document: how often the content changed after drafting. */
  revisionCount: number;
  revisedBy?: string;
  revisedOn?: string;
  publishedBy?: string;
  publishedOn?: string;
  retiredBy?: string;
  retiredOn?: string;
  retireReason?: string;
}

type CoordinationModelEvent = EnvelopeOf<EventsOf<typeof coordinationModelEventTypes>>;

/** Pure: the model document after one of its stream's events (each event states the model's name, curriculum, owner and status). */
export function evolveCoordinationModel(doc: CoordinationModelDoc | null, event: CoordinationModelEvent): CoordinationModelDoc {
  const { modelId, name, curriculumId, ownerUnitId, status } = event.data;
  const facts = { modelId, name, curriculumId, ownerUnitId, status };
  if (event.type === 'CoordinationModelDrafted') {
    const { description, draftedBy, draftedOn } = event.data;
    return { ...facts, description, draftedBy, draftedOn, revisionCount: 0 };
  }
  if (!doc) throw new Error(`${event.type} for a coordination model the read model does not know`);
  switch (event.type) {
    case 'CoordinationModelRevised': {
      const { description, revisedBy, revisedOn } = event.data;
      return { ...doc, ...facts, description, revisedBy, revisedOn, revisionCount: doc.revisionCount + 1 };
    }
    case 'CoordinationModelPublished':
      return { ...doc, ...facts, publishedBy: event.data.publishedBy, publishedOn: event.data.publishedOn };
    case 'CoordinationModelRetired': {
      const { reason, retiredBy, retiredOn } = event.data;
      return { ...doc, ...facts, retiredBy, retiredOn, retireReason: reason };
    }
    default:
      return assertNever(event);
  }
}

/** One document per coordination-model stream. */
export const coordinationModelProjection = projectionOver(coordinationModelEventTypes, {
  name: 'gateway-training-coordination-models',
  collection: COORDINATION_MODELS_COLLECTION,
  documentId: (event) => event.data.modelId,
  evolve: evolveCoordinationModel,
  // CatalogueDirectory.coordinationModels: an owner's ({ ownerUnitId }), a curriculum's ({ curriculumId }), or every one of a status ({ status }).
  indexes: [{ ownerUnitId: 1 }, { curriculumId: 1 }, { status: 1 }],
});
