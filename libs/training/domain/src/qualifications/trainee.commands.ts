import type { traineeCommandTypes } from '@tn/training-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { LookedUpQualificationKind } from './qualification-kind.types';

/**
 * The trainee's commands: each payload (its one schema is in the contracts) with its type, plus
 * what the route adds or looks up before deciding:
 * - `today`: the server's Vietnam date; `actorId`: the acting user (recognition, revocation);
 * - `kind`: the qualification kind's stream folded (its current terms and its extensions), by the
 *   payload's `kindId`.
 */
export type TraineeCommand = CommandsOf<
  typeof traineeCommandTypes,
  {
    RecordCourseCompletion: { today: string; kind: LookedUpQualificationKind };
    RecordCourseLed: { today: string; kind: LookedUpQualificationKind };
    RecognisePriorQualification: { today: string; actorId: string; kind: LookedUpQualificationKind };
    RevokeQualification: { today: string; actorId: string };
  }
>;

export type RecordCourseCompletionCommand = CommandNamed<TraineeCommand, 'RecordCourseCompletion'>;
export type RecordCourseLedCommand = CommandNamed<TraineeCommand, 'RecordCourseLed'>;
export type RecognisePriorQualificationCommand = CommandNamed<TraineeCommand, 'RecognisePriorQualification'>;
export type RevokeQualificationCommand = CommandNamed<TraineeCommand, 'RevokeQualification'>;
