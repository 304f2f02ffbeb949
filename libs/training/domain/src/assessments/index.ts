// The assessments area: capacity rubrics (versioned) and capacity assessments against them.
export { capacityAssessmentDecider } from './capacity-assessment.decide';
export { capacityAssessmentStreamId } from './capacity-assessment.events';
export type { CapacityAssessmentState } from './capacity-assessment.types';
export { capacityRubricDecider } from './capacity-rubric.decide';
export { capacityRubricStreamId } from './capacity-rubric.events';
export { type CapacityRubricState, lookUpRubricVersion } from './capacity-rubric.types';
