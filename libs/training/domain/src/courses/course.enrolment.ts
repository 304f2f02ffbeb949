import { LEARNER_KINDS } from '@tn/training-contracts';
import { illegalStateAt, illegalStateError } from '../common/errors';
import { compact, requireIdList, requireNumberIn, requireOneOf, requireText } from '../common/rules';
import type { ApproveEnrolment, DeclineEnrolment, RecordAssessment, RecordSessionAttendance, RequestEnrolment, WithdrawEnrolment } from './course.commands';
import type { CourseEvent } from './course.events';
import { requireOpen } from './course.rules';
import { type Course, type CourseState, freeCoursePlaces, type CourseLearner } from './course.types';

/** Enrolment with approval, capacity and a FIFO waitlist; attendance and scores of confirmed learners. */

export function requestEnrolment(command: RequestEnrolment, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  const { personId, personKind, unitId, abroad } = command;
  requireText(personId, 'COURSE.VALUE_REQUIRED', 'personId', 'a learner');
  requireOneOf(personKind, LEARNER_KINDS, 'COURSE.VALUE_UNKNOWN', 'personKind');
  requireText(unitId, 'COURSE.VALUE_REQUIRED', 'unitId', "the learner's unit");
  if (abroad && course.mode === 'in-person') {
    throw illegalStateAt('COURSE.ABROAD_NEEDS_ONLINE', 'abroad', `course ${course.courseId} is taught in person only`, { mode: course.mode });
  }
  if (course.trainerIds.includes(personId)) {
    throw illegalStateAt('COURSE.TRAINER_AND_LEARNER', 'personId', `${personId} teaches course ${course.courseId}`, { personId, status: 'trainer' });
  }
  const current = course.learners.get(personId);
  if (current) throw illegalStateAt('COURSE.ALREADY_ENROLLED', 'personId', `${personId} is already ${current.status}`, { personId, status: current.status });
  const missingKindIds = command.missingPrerequisiteKindIds ?? [];
  if (missingKindIds.length > 0) {
    throw illegalStateAt('COURSE.PREREQUISITES_NOT_MET', 'personId', `${personId} lacks the prerequisite qualifications ${missingKindIds.join(', ')}`, {
      personId,
      missingKindIds,
    });
  }
  const data = { courseId: course.courseId, personId, personKind, unitId, abroad, requestedBy: command.actorId, requestedOn: command.today };
  return [{ type: 'EnrolmentRequested', data }];
}

function pendingLearner(course: Course, personId: string): CourseLearner {
  const learner = course.learners.get(personId);
  if (learner?.status !== 'pending') {
    const status = learner?.status ?? 'none';
    throw illegalStateAt('COURSE.ENROLMENT_NOT_PENDING', 'personId', `${personId} has no enrolment awaiting approval (${status})`, { personId, status });
  }
  return learner;
}

/** A confirmed place while one is free; else the waitlist, when the course keeps one; else COURSE.FULL. */
export function approveEnrolment(command: ApproveEnrolment, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  const { personId, actorId: approvedBy, today } = command;
  pendingLearner(course, personId);
  if (freeCoursePlaces(course) > 0) return [{ type: 'EnrolmentConfirmed', data: { courseId: course.courseId, personId, approvedBy, confirmedOn: today } }];
  if (course.waitlist) return [{ type: 'EnrolmentWaitlisted', data: { courseId: course.courseId, personId, approvedBy, waitlistedOn: today } }];
  throw illegalStateError('COURSE.FULL', `course ${course.courseId} is full and keeps no waitlist`, { courseId: course.courseId, capacity: course.capacity });
}

export function declineEnrolment(command: DeclineEnrolment, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  pendingLearner(course, command.personId);
  requireText(command.reason, 'COURSE.VALUE_REQUIRED', 'reason', 'a reason');
  const data = { courseId: course.courseId, personId: command.personId, reason: command.reason, declinedBy: command.actorId, declinedOn: command.today };
  return [{ type: 'EnrolmentDeclined', data }];
}

/** Leaving a confirmed place gives it to the first waitlisted learner, in the same decision. */
export function withdrawEnrolment(command: WithdrawEnrolment, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  const { personId, today } = command;
  const learner = course.learners.get(personId);
  if (!learner) throw illegalStateAt('COURSE.ENROLMENT_NOT_FOUND', 'personId', `${personId} is not enrolled in course ${course.courseId}`, { personId });
  const reason = command.reason?.trim() || undefined;
  const withdrawn: CourseEvent = {
    type: 'EnrolmentWithdrawn',
    data: compact({ courseId: course.courseId, personId, previousStatus: learner.status, reason, withdrawnBy: command.actorId, withdrawnOn: today }),
  };
  const next = learner.status === 'confirmed' ? course.waitlisted[0] : undefined;
  return next === undefined ? [withdrawn] : [withdrawn, { type: 'EnrolmentPromoted', data: { courseId: course.courseId, personId: next, promotedOn: today } }];
}

function requireConfirmed(course: Course, personIds: readonly string[], field: string): void {
  const notConfirmed = personIds.filter((personId) => course.learners.get(personId)?.status !== 'confirmed');
  if (notConfirmed.length > 0) {
    throw illegalStateAt('COURSE.NOT_CONFIRMED', field, `${notConfirmed.join(', ')} hold${notConfirmed.length === 1 ? 's' : ''} no confirmed place`, {
      personIds: notConfirmed,
    });
  }
}

/** Who was present at a session that took place (its date is not after today); replaces an earlier record. */
export function recordAttendance(command: RecordSessionAttendance, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  const { sessionId, presentPersonIds, today } = command;
  const session = course.sessions.get(sessionId);
  if (!session) throw illegalStateAt('COURSE.SESSION_NOT_FOUND', 'sessionId', `session ${sessionId} is not scheduled`, { sessionId });
  if (session.cancelled) throw illegalStateAt('COURSE.SESSION_CANCELLED', 'sessionId', `session ${sessionId} was cancelled`, { sessionId });
  if (session.date > today) {
    throw illegalStateAt('COURSE.SESSION_NOT_HELD_YET', 'sessionId', `session ${sessionId} takes place on ${session.date}`, { date: session.date, today });
  }
  requireIdList(presentPersonIds, 'COURSE.LIST_INVALID', 'presentPersonIds');
  requireConfirmed(course, presentPersonIds, 'presentPersonIds');
  return [
    { type: 'SessionAttendanceRecorded', data: { courseId: course.courseId, sessionId, presentPersonIds, recordedBy: command.actorId, recordedOn: today } },
  ];
}

/** A confirmed learner's score, 0..100; replaces an earlier one. */
export function recordAssessment(command: RecordAssessment, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  const { personId, score } = command;
  requireNumberIn(score, 0, 100, 'COURSE.NUMBER_OUT_OF_RANGE', 'score');
  requireConfirmed(course, [personId], 'personId');
  return [{ type: 'LearnerAssessed', data: { courseId: course.courseId, personId, score, assessedBy: command.actorId, assessedOn: command.today } }];
}
