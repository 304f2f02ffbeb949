import { createHash } from 'node:crypto';
import type { CourseCompleted, RecordCourseCompletion, RecordCourseLed } from '@tn/training-contracts';
import type { TraineeRecord } from '@tn/training-domain';

/** One command a completed course gives a person's trainee stream, under an id derived from what it is about. */
export type CourseOutcome =
  | { commandId: string; type: 'RecordCourseCompletion'; payload: RecordCourseCompletion }
  | { commandId: string; type: 'RecordCourseLed'; payload: RecordCourseLed };

/**
 * The id of the command a course gives one person in one kind: the same course, person, kind
 * and command type always give the same id (a hash, so that long ids still make a valid one),
 * so a completion handled again finds its commands stored already and stores nothing (ADR 0018 §4).
 */
export function courseOutcomeCommandId(type: CourseOutcome['type'], courseId: string, personId: string, kindId: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([type, courseId, personId, kindId]))
    .digest('hex');
  return `course-outcome-${digest}`;
}

/** RecordCourseCompletion for every learner who passed, once per kind the course's curriculum grants or renews. */
export function learnerOutcomes(completed: CourseCompleted, kindIds: readonly string[]): CourseOutcome[] {
  const { courseId, curriculumId, completedOn } = completed;
  return completed.passed.flatMap(({ personId, personKind }) =>
    kindIds.map((kindId) => ({
      commandId: courseOutcomeCommandId('RecordCourseCompletion', courseId, personId, kindId),
      type: 'RecordCourseCompletion' as const,
      payload: { personId, personKind, kindId, courseId, curriculumId, completedOn },
    })),
  );
}

/** What a trainer's renewal needs to know of them: the records they hold (of which kinds, as cadre or volunteer). */
export interface TrainerRecords {
  personId: string;
  records: readonly Pick<TraineeRecord, 'kindId' | 'personKind'>[];
}

/**
 * RecordCourseLed for every trainer at completion, once per kind whose leading renews it that
 * they hold a record of (nothing to renew otherwise); their kind of person is their records'.
 */
export function trainerOutcomes(completed: CourseCompleted, trainers: readonly TrainerRecords[], leadingRenewsKindIds: readonly string[]): CourseOutcome[] {
  const { courseId, completedOn } = completed;
  return trainers.flatMap(({ personId, records }) =>
    leadingRenewsKindIds.flatMap((kindId) => {
      const held = records.filter((record) => record.kindId === kindId).at(-1);
      if (!held) return [];
      return [
        {
          commandId: courseOutcomeCommandId('RecordCourseLed', courseId, personId, kindId),
          type: 'RecordCourseLed' as const,
          payload: { personId, personKind: held.personKind, kindId, courseId, completedOn },
        },
      ];
    }),
  );
}
