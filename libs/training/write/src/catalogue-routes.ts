import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { coordinationModelCommandTypes, curriculumCommandTypes, materialCommandTypes } from '@tn/training-contracts';
import {
  COORDINATION_MODEL_STREAM_TYPE,
  coordinationModelDecider,
  CURRICULUM_STREAM_TYPE,
  curriculumDecider,
  type LookedUpCurriculum,
  MATERIAL_STREAM_TYPE,
  materialDecider,
} from '@tn/training-domain';
import { acting } from './acting';
import type { TrainingLookups } from './lookups';

/** A curriculum as a command that builds on it needs it: its status on its stream ('none' when there is no such curriculum). */
export async function curriculumFactOf(lookups: TrainingLookups, curriculumId: string): Promise<LookedUpCurriculum> {
  return { status: (await lookups.curriculumOf(curriculumId)).status };
}

/**
 * The catalogue: one stream per curriculum, material and coordination model. A material that
 * names its curriculum, and a model's draft and revision, carry the curriculum the payload names;
 * publishing a model carries the model's own curriculum (read from the model's stream).
 */
export const catalogueRoutes = (lookups: TrainingLookups): CommandRoute[] =>
  [
    ...routesOf(curriculumCommandTypes, { streamType: CURRICULUM_STREAM_TYPE, decider: curriculumDecider }),
    ...routesOf(
      materialCommandTypes,
      { streamType: MATERIAL_STREAM_TYPE, decider: materialDecider },
      {
        RegisterMaterial: async ({ curriculumId }) => (curriculumId ? { curriculum: await curriculumFactOf(lookups, curriculumId) } : {}),
      },
    ),
    ...routesOf(
      coordinationModelCommandTypes,
      { streamType: COORDINATION_MODEL_STREAM_TYPE, decider: coordinationModelDecider },
      {
        DraftCoordinationModel: async ({ curriculumId }) => ({ curriculum: await curriculumFactOf(lookups, curriculumId) }),
        ReviseCoordinationModel: async ({ curriculumId }) => ({ curriculum: await curriculumFactOf(lookups, curriculumId) }),
        PublishCoordinationModel: async ({ modelId }) => {
          const model = await lookups.coordinationModelOf(modelId);
          // No model: the decider answers COORDINATION_MODEL.NOT_FOUND before it reads the curriculum.
          return { curriculum: model.status === 'none' ? { status: 'none' as const } : await curriculumFactOf(lookups, model.curriculumId) };
        },
      },
    ),
  ].map(acting);
