// The assessments area of the training slice: capacity rubrics (versioned) and capacity assessments compared across periods.
import type { TrainingArea } from '../core/training-area';
import { capacityAssessmentProjection } from './capacity-assessment.read-model';
import { CapacityAssessmentsResolver } from './capacity-assessments.resolver';
import { capacityRubricProjection } from './capacity-rubric.read-model';
import { CapacityRubricsResolver } from './capacity-rubrics.resolver';

export const assessmentsArea: TrainingArea = {
  projections: [capacityRubricProjection, capacityAssessmentProjection],
  providers: [CapacityRubricsResolver, CapacityAssessmentsResolver],
};
