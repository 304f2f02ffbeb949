// The lineage area of the training slice: who trained whom (both ways), and courses flagged by a trainer's revocation.
import type { TrainingArea } from '../core/training-area';
import { lineageProjection } from './lineage.read-model';
import { LineageResolver } from './lineage.resolver';

export const lineageArea: TrainingArea = {
  projections: [lineageProjection],
  providers: [LineageResolver],
};
