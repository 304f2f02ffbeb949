// The qualifications area of the training slice: kinds with their blanket extensions, trainee records and their status as of a date.
import type { TrainingArea } from '../core/training-area';
import { QualificationChangesResolver } from './qualification-changes.resolver';
import { qualificationKindProjection } from './qualification-kind.read-model';
import { QualificationsResolver } from './qualifications.resolver';
import { traineeProjection } from './trainee.read-model';

export const qualificationsArea: TrainingArea = {
  projections: [qualificationKindProjection, traineeProjection],
  providers: [QualificationsResolver, QualificationChangesResolver],
};
