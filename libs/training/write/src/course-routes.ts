import { isIsoDate } from '@tn/shared-event-contracts';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { courseCommandTypes } from '@tn/training-contracts';
import { COURSE_STREAM_TYPE, courseDecider, type CourseTrainerFact, materialVersionFacts } from '@tn/training-domain';
import { acting } from './acting';
import { curriculumFactOf } from './catalogue-routes';
import type { TrainingLookups } from './lookups';
import { missingPrerequisitesOf, trainerFactOf } from './qualification-facts';

/**
 * A trainer's qualification over a course's dates; none is held over dates that are not real
 * (the decider refuses those dates first, naming the field).
 */
function trainerOver(lookups: TrainingLookups, personId: string, from: string, to: string): Promise<CourseTrainerFact> {
  if (!isIsoDate(from) || !isIsoDate(to)) return Promise.resolve({ personId, holdsValidTrainerQualification: false });
  return trainerFactOf(lookups, personId, from, to);
}

/**
 * One stream per course. Facts looked up first (ADR 0006):
 * - PlanCourse: the curriculum's status, each named material version (exists, approved on a
 *   material in use) and, per trainer, a valid trainer qualification over [startsOn, endsOn];
 * - AssignCourseTrainer: the same trainer fact over the course's dates (from its stream);
 * - RequestEnrolment: the prerequisite kinds of the kinds the course's curriculum grants that
 *   the learner does not hold valid today.
 * A command on a course that does not exist looks nothing up: the decider answers it.
 */
export const courseRoutes = (lookups: TrainingLookups): CommandRoute[] =>
  routesOf(
    courseCommandTypes,
    { streamType: COURSE_STREAM_TYPE, decider: courseDecider },
    {
      PlanCourse: async ({ curriculumId, materials, trainerIds, startsOn, endsOn }) => ({
        curriculum: await curriculumFactOf(lookups, curriculumId),
        materialVersions: await Promise.all(
          materials.map(async ({ materialId, version }) => ({ materialId, version, ...materialVersionFacts(await lookups.materialOf(materialId), version) })),
        ),
        trainers: await Promise.all([...new Set(trainerIds)].map((personId) => trainerOver(lookups, personId, startsOn, endsOn))),
      }),
      AssignCourseTrainer: async ({ courseId, personId }) => {
        const course = await lookups.courseOf(courseId);
        return course.status === 'none' ? {} : { trainer: await trainerOver(lookups, personId, course.startsOn, course.endsOn) };
      },
      RequestEnrolment: async ({ courseId, personId }, envelope) => {
        const course = await lookups.courseOf(courseId);
        if (course.status === 'none') return { missingPrerequisiteKindIds: [] };
        return { missingPrerequisiteKindIds: await missingPrerequisitesOf(lookups, course.curriculumId, personId, vietnamDateOf(envelope.issuedAt)) };
      },
    },
  ).map(acting);
