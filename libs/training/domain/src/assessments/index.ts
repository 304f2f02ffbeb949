// The assessments area: capacity rubrics (versioned) and capacity assessments against them.
export type { AmendCapacityAssessment, CapacityAssessmentCommand, FinaliseCapacityAssessment, RecordCapacityAssessment } from './capacity-assessment.commands';
export { capacityAssessmentDecider } from './capacity-assessment.decide';
export { type CapacityAssessmentEvent, capacityAssessmentStreamId } from './capacity-assessment.events';
export type { CapacityAssessmentState, RecordedCapacityAssessment } from './capacity-assessment.types';
export type { CapacityRubricCommand, DefineCapacityRubric, ReviseCapacityRubric } from './capacity-rubric.commands';
export { capacityRubricDecider } from './capacity-rubric.decide';
export { type CapacityRubricEvent, capacityRubricStreamId } from './capacity-rubric.events';
export {
  type CapacityRubricState,
  type CapacityRubricVersion,
  type DefinedCapacityRubric,
  latestVersionOf,
  type LookedUpRubricVersion,
  lookUpRubricVersion,
} from './capacity-rubric.types';
