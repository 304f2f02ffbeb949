import type { capacityAssessmentCommandTypes } from '@tn/training-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { Acting } from './acting';
import type { LookedUpRubricVersion } from './capacity-rubric.types';

/**
 * The assessment's commands: each payload (its one schema is in the contracts), the server's date
 * and the acting user, and for a new assessment the rubric version it names, looked up by the
 * route from the rubric's stream (`lookUpRubricVersion`). Amendments need no lookup: the recorded
 * assessment keeps its scale and weights.
 */
export type CapacityAssessmentCommand = CommandsOf<
  typeof capacityAssessmentCommandTypes,
  {
    RecordCapacityAssessment: Acting & { rubric: LookedUpRubricVersion };
    AmendCapacityAssessment: Acting;
    FinaliseCapacityAssessment: Acting;
  }
>;

export type RecordCapacityAssessment = CommandNamed<CapacityAssessmentCommand, 'RecordCapacityAssessment'>;
export type AmendCapacityAssessment = CommandNamed<CapacityAssessmentCommand, 'AmendCapacityAssessment'>;
export type FinaliseCapacityAssessment = CommandNamed<CapacityAssessmentCommand, 'FinaliseCapacityAssessment'>;
