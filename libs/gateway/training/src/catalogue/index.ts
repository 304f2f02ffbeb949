// The catalogue area of the training slice: curricula, materials with their versions, coordination models (K3).
import type { TrainingArea } from '../core/training-area';
import { CoordinationModelsResolver } from './coordination-models.resolver';
import { coordinationModelProjection } from './coordination-model.read-model';
import { CurriculaResolver } from './curricula.resolver';
import { curriculumProjection } from './curriculum.read-model';
import { MaterialsResolver } from './materials.resolver';
import { materialProjection } from './material.read-model';

export const catalogueArea: TrainingArea = {
  projections: [curriculumProjection, materialProjection, coordinationModelProjection],
  providers: [CurriculaResolver, MaterialsResolver, CoordinationModelsResolver],
};
