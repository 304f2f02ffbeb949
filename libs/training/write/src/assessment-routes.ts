import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import {
  CAPACITY_ASSESSMENT_STREAM_TYPE,
  CAPACITY_RUBRIC_STREAM_TYPE,
  capacityAssessmentCommandTypes,
  capacityRubricCommandTypes,
} from '@tn/training-contracts';
import { capacityAssessmentDecider, capacityRubricDecider, lookUpRubricVersion } from '@tn/training-domain';
import { acting } from './acting';
import type { TrainingLookups } from './lookups';

/**
 * Capacity rubrics (versioned) and capacity assessments (one stream per rubric, subject and
 * period: the id is derived from the three, so a second one for them meets the first). A new
 * assessment carries the rubric version it names, read from the rubric's stream the way the
 * decider reads it (`lookUpRubricVersion`); amendments keep the recorded scale and weights.
 */
export const assessmentRoutes = (lookups: TrainingLookups): CommandRoute[] =>
  [
    ...routesOf(capacityRubricCommandTypes, { streamType: CAPACITY_RUBRIC_STREAM_TYPE, decider: capacityRubricDecider }),
    ...routesOf(
      capacityAssessmentCommandTypes,
      { streamType: CAPACITY_ASSESSMENT_STREAM_TYPE, decider: capacityAssessmentDecider },
      {
        RecordCapacityAssessment: async ({ rubricId, rubricVersion }) => ({
          rubric: lookUpRubricVersion(await lookups.capacityRubricOf(rubricId), rubricVersion),
        }),
      },
    ),
  ].map(acting);
