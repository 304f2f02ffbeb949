import { Logger } from '@nestjs/common';
import type { Reaction, TopicProgress } from '@tn/shared-event-sourcing-nest';
import type { CourseCompleted } from '@tn/training-contracts';
import type { TrainingLookups } from '../lookups';
import { definedKindsOf, kindsNamingCurriculum } from '../qualification-facts';
import { type CourseOutcome, learnerOutcomes, trainerOutcomes } from './course-outcomes';

/** How long a completion waits for the kinds' projection to reach it before it is tried again. */
const KINDS_CATCH_UP_MS = 10_000;

const logger = new Logger('CourseCompletions');

/**
 * The completion reactor (ADR 0018 §4), run by the shared EventReactor: each CourseCompleted on
 * the service's own topic becomes commands on its trainees' streams. For each learner who passed,
 * RecordCourseCompletion per kind the course's curriculum grants or renews; for each trainer,
 * RecordCourseLed per kind whose leading renews it that they hold. Each trainee's decider decides
 * (a course recorded before decides nothing), under an id derived from the course, the person and
 * the kind, so a replay stores nothing twice. Before reading the kinds' projection it waits until
 * that projection has consumed what the topic held, so a kind defined before the course completed
 * is not missed. Its name is its readiness indicator and the system actor of its commands; its
 * consumer group keeps the offsets of deployments before the shared reactor.
 */
export function courseCompletionReaction(options: {
  /** The training service's own event topic. */
  topic: string;
  topicPrefix: string;
  /** The consumer group of the kinds' projection, and the probe of its progress on the topic. */
  kindsGroupId: string;
  kindsProgress: Pick<TopicProgress, 'waitUntilPastNow'>;
  lookups: TrainingLookups;
}): Reaction {
  const { kindsGroupId, kindsProgress, lookups } = options;
  return {
    name: 'training-completions',
    topic: options.topic,
    groupId: `${options.topicPrefix}training-completions-v1`,
    eventTypes: ['CourseCompleted'],
    commandTypes: ['RecordCourseCompletion', 'RecordCourseLed'],
    react: async (event) => {
      if (!(await kindsProgress.waitUntilPastNow(kindsGroupId, KINDS_CATCH_UP_MS))) {
        throw new Error('the qualification kinds projection has not caught up yet');
      }
      const completed = event.data as unknown as CourseCompleted;
      const outcomes = await courseOutcomesOf(lookups, completed);
      logger.log({ msg: 'course completion outcomes', courseId: completed.courseId, commands: outcomes.length });
      return outcomes;
    },
  };
}

/** The commands a completed course gives its learners and trainers, from the kinds defined now. */
async function courseOutcomesOf(lookups: TrainingLookups, completed: CourseCompleted): Promise<CourseOutcome[]> {
  const curriculumKinds = await kindsNamingCurriculum(lookups, completed.curriculumId);
  const trainerKindIds = (await lookups.qualificationKinds())
    .filter((entry) => entry.isTrainerQualification && entry.leadingRenews)
    .map((entry) => entry.kindId);
  const renewedByLeading = (await definedKindsOf(lookups, trainerKindIds)).filter((kind) => kind.isTrainerQualification && kind.leadingRenews);
  const trainers =
    renewedByLeading.length === 0
      ? []
      : await Promise.all(completed.trainerIds.map(async (personId) => ({ personId, records: (await lookups.traineeOf(personId)).records })));
  return [
    ...learnerOutcomes(
      completed,
      curriculumKinds.map((kind) => kind.kindId),
    ),
    ...trainerOutcomes(
      completed,
      trainers,
      renewedByLeading.map((kind) => kind.kindId),
    ),
  ];
}
