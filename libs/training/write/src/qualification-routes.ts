import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { qualificationKindCommandTypes, traineeCommandTypes } from '@tn/training-contracts';
import { QUALIFICATION_KIND_STREAM_TYPE, qualificationKindDecider, TRAINEE_STREAM_TYPE, traineeDecider } from '@tn/training-domain';
import { acting } from './acting';
import type { TrainingLookups } from './lookups';

/**
 * Qualification kinds (one stream each, extensions included) and trainees (one stream per person,
 * all their records). A record made from a course or a recognition carries the kind it is of:
 * the kind's stream folded (its current terms for the new record, its extensions for the status
 * of the records the person holds).
 */
export const qualificationRoutes = (lookups: TrainingLookups): CommandRoute[] => {
  const kindOf = async ({ kindId }: { kindId: string }) => ({ kind: await lookups.qualificationKindOf(kindId) });
  return [
    ...routesOf(qualificationKindCommandTypes, { streamType: QUALIFICATION_KIND_STREAM_TYPE, decider: qualificationKindDecider }),
    ...routesOf(
      traineeCommandTypes,
      { streamType: TRAINEE_STREAM_TYPE, decider: traineeDecider },
      { RecordCourseCompletion: kindOf, RecordCourseLed: kindOf, RecognisePriorQualification: kindOf },
    ),
  ].map(acting);
};
