import { DEFAULT_MINIMUM_ATTENDANCE_SHARE } from '@tn/training-contracts';
import { illegalStateAt, illegalStateError } from '../common/errors';
import { compact, requireText } from '../common/rules';
import type { AssignCourseTrainer, CancelCourse, CancelCourseSession, PlanCourse, RemoveCourseTrainer, ScheduleCourseSession } from './course.commands';
import type { CourseEvent } from './course.events';
import { requireOpen, requirePlan, requireQualifiedTrainers, requireSessionPlan, requireUsableCurriculum, requireUsableMaterials } from './course.rules';
import type { Course, CourseState } from './course.types';

/** Planning, sessions, trainers and cancellation: the course's own shape. */

export function planCourse(command: PlanCourse, state: CourseState): CourseEvent[] {
  if (state.status !== 'none') throw illegalStateError('COURSE.ALREADY_EXISTS', `course ${command.courseId} already exists`, { courseId: command.courseId });
  requirePlan(command);
  requireUsableCurriculum(command.curriculum, command.curriculumId);
  requireUsableMaterials(command.materials, command.materialVersions);
  requireQualifiedTrainers(command.trainerIds, command.trainers, command, 'trainerIds');
  const { courseId, curriculumId, title, runningUnitId, level, mode, priorityAreas, capacity, waitlist, passMark, startsOn, endsOn, trainerIds } = command;
  const data = {
    ...{ courseId, curriculumId, title, runningUnitId, level, mode, priorityAreas, capacity, waitlist, passMark },
    minimumAttendanceShare: command.minimumAttendanceShare ?? DEFAULT_MINIMUM_ATTENDANCE_SHARE,
    ...{ startsOn, endsOn, trainerIds },
    // The versions as named: a later version of a material never rewrites what this course taught.
    materials: command.materials.map(({ materialId, version }) => ({ materialId, version })),
    plannedBy: command.actorId,
    plannedOn: command.today,
  };
  return [{ type: 'CoursePlanned', data }];
}

export function scheduleSession(command: ScheduleCourseSession, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  requireSessionPlan(command, course);
  const { sessionId, date, hours } = command;
  const place = command.place?.trim() || undefined;
  const link = command.link?.trim() || undefined;
  const data = compact({ courseId: course.courseId, sessionId, date, hours, place, link, scheduledBy: command.actorId, scheduledOn: command.today });
  return [{ type: 'CourseSessionScheduled', data }];
}

/** A session that took place (its attendance recorded) stays: cancelling it would erase hours learners attended. */
export function cancelSession(command: CancelCourseSession, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  const { sessionId } = command;
  const session = course.sessions.get(sessionId);
  if (!session) throw illegalStateAt('COURSE.SESSION_NOT_FOUND', 'sessionId', `session ${sessionId} is not scheduled`, { sessionId });
  if (session.cancelled) throw illegalStateAt('COURSE.SESSION_CANCELLED', 'sessionId', `session ${sessionId} is already cancelled`, { sessionId });
  if (session.presentPersonIds) throw illegalStateAt('COURSE.SESSION_HELD', 'sessionId', `session ${sessionId} has its attendance recorded`, { sessionId });
  const data = compact({
    courseId: course.courseId,
    sessionId,
    reason: command.reason?.trim() || undefined,
    cancelledBy: command.actorId,
    cancelledOn: command.today,
  });
  return [{ type: 'CourseSessionCancelled', data }];
}

/** A trainer is qualified over the course's dates, and is not one of its learners. */
export function assignTrainer(command: AssignCourseTrainer, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  const { personId } = command;
  requireText(personId, 'COURSE.VALUE_REQUIRED', 'personId', 'a trainer');
  if (course.trainerIds.includes(personId)) {
    throw illegalStateAt('COURSE.TRAINER_ALREADY_ASSIGNED', 'personId', `${personId} already teaches course ${course.courseId}`, { personId });
  }
  requireNotLearner(course, personId);
  requireQualifiedTrainers([personId], command.trainer && command.trainer.personId === personId ? [command.trainer] : [], course, 'personId');
  return [{ type: 'CourseTrainerAssigned', data: { courseId: course.courseId, personId, assignedBy: command.actorId, assignedOn: command.today } }];
}

function requireNotLearner(course: Course, personId: string): void {
  const learner = course.learners.get(personId);
  if (learner) {
    throw illegalStateAt('COURSE.TRAINER_AND_LEARNER', 'personId', `${personId} is a learner of course ${course.courseId} (${learner.status})`, {
      personId,
      status: learner.status,
    });
  }
}

/** At least one trainer stays. */
export function removeTrainer(command: RemoveCourseTrainer, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  const { personId } = command;
  if (!course.trainerIds.includes(personId)) {
    throw illegalStateAt('COURSE.TRAINER_NOT_ASSIGNED', 'personId', `${personId} does not teach course ${course.courseId}`, { personId });
  }
  if (course.trainerIds.length === 1) throw illegalStateAt('COURSE.TRAINER_REQUIRED', 'personId', `${personId} is the course's only trainer`, { personId });
  const data = compact({
    courseId: course.courseId,
    personId,
    reason: command.reason?.trim() || undefined,
    removedBy: command.actorId,
    removedOn: command.today,
  });
  return [{ type: 'CourseTrainerRemoved', data }];
}

export function cancelCourse(command: CancelCourse, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  requireText(command.reason, 'COURSE.VALUE_REQUIRED', 'reason', 'a reason');
  return [{ type: 'CourseCancelled', data: { courseId: course.courseId, reason: command.reason, cancelledBy: command.actorId, cancelledOn: command.today } }];
}
