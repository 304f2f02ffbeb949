import type { EventTypeDefinition } from '@tn/shared-event-contracts';
import { capacityAssessmentEventTypes } from './capacity-assessment.messages';
import { capacityRubricEventTypes } from './capacity-rubric.messages';

// The assessments area: capacity rubrics (versioned) and capacity assessments against them.
export * from './assessment-periods';
export * from './capacity-assessment.messages';
export * from './capacity-rubric.messages';
export * from './weighted-score';

/** Every code the rubric and assessment deciders answer with (each needs a Vietnamese and an English message). */
export const ASSESSMENT_ERROR_CODES = [
  'CAPACITY_RUBRIC.ALREADY_EXISTS',
  'CAPACITY_RUBRIC.CRITERIA_REQUIRED',
  'CAPACITY_RUBRIC.CRITERION_DUPLICATE',
  'CAPACITY_RUBRIC.DATE_INVALID',
  'CAPACITY_RUBRIC.FIELD_REQUIRED',
  'CAPACITY_RUBRIC.LEVEL_UNKNOWN',
  'CAPACITY_RUBRIC.NOT_FOUND',
  'CAPACITY_RUBRIC.SCALE_INVALID',
  'CAPACITY_RUBRIC.SUBJECT_KIND_UNKNOWN',
  'CAPACITY_RUBRIC.VERSION_UNKNOWN',
  'CAPACITY_RUBRIC.WEIGHT_INVALID',
  'CAPACITY_ASSESSMENT.ALREADY_RECORDED',
  'CAPACITY_ASSESSMENT.AMENDMENT_EMPTY',
  'CAPACITY_ASSESSMENT.CRITERION_NOT_SCORED',
  'CAPACITY_ASSESSMENT.CRITERION_SCORED_TWICE',
  'CAPACITY_ASSESSMENT.CRITERION_UNKNOWN',
  'CAPACITY_ASSESSMENT.DATE_INVALID',
  'CAPACITY_ASSESSMENT.FIELD_REQUIRED',
  'CAPACITY_ASSESSMENT.FINALISED',
  'CAPACITY_ASSESSMENT.ID_MISMATCH',
  'CAPACITY_ASSESSMENT.NOT_FOUND',
  'CAPACITY_ASSESSMENT.PERIOD_INVALID',
  'CAPACITY_ASSESSMENT.PERIOD_NOT_STARTED',
  'CAPACITY_ASSESSMENT.RUBRIC_SUBJECT_MISMATCH',
  'CAPACITY_ASSESSMENT.SCORE_OUT_OF_SCALE',
  'CAPACITY_ASSESSMENT.SUBJECT_INVALID',
] as const;

/** The area's event types, rubric first. Training events carry no personal data (training-event-types.ts). */
export const assessmentEventTypes: readonly EventTypeDefinition[] = [...capacityRubricEventTypes, ...capacityAssessmentEventTypes];
