import { meetsAttendanceShare, passesCourse } from '@tn/training-contracts';
import type { CourseDoc } from './course.read-model';
import type { EnrolmentDoc } from './enrolment.read-model';
import type { SessionAttendanceDoc } from './session-attendance.read-model';

/** A learner's standing on a course: hours attended so far and whether they would pass (the contracts' pass rule). */
export interface LearnerStanding {
  attendedHours: number;
  meetsAttendance: boolean;
  /** Whether the completion would count them as passed on what is recorded now (after it: whether they did). */
  passing: boolean;
  /** 1 for the first waitlisted learner, and so on. */
  waitlistPosition: number | null;
}

/** Hours of the sessions still held (not cancelled) whose attendance lists the person. */
export function attendedHoursOf(personId: string, course: Pick<CourseDoc, 'sessions'>, attendance: ReadonlyMap<string, SessionAttendanceDoc>): number {
  let hours = 0;
  for (const session of course.sessions) {
    if (session.cancelled) continue;
    if (attendance.get(session.sessionId)?.presentPersonIds.includes(personId)) hours += session.hours;
  }
  return hours;
}

/**
 * The standing of one learner. After completion it is what the completion decided; before, it
 * is judged with the same function the decider uses, on the sessions and scores recorded so far.
 */
export function learnerStanding(enrolment: EnrolmentDoc, course: CourseDoc, attendance: ReadonlyMap<string, SessionAttendanceDoc>): LearnerStanding {
  const position = course.waitlistedIds.indexOf(enrolment.personId);
  const waitlistPosition = enrolment.status === 'waitlisted' && position >= 0 ? position + 1 : null;
  if (enrolment.result) {
    const { attendedHours, passed } = enrolment.result;
    return { attendedHours, meetsAttendance: meetsAttendanceShare(attendedHours, course), passing: passed, waitlistPosition };
  }
  const attendedHours = attendedHoursOf(enrolment.personId, course, attendance);
  const rule = { passMark: course.passMark, minimumAttendanceShare: course.minimumAttendanceShare, scheduledHours: course.scheduledHours };
  return {
    attendedHours,
    meetsAttendance: meetsAttendanceShare(attendedHours, rule),
    passing: enrolment.status === 'confirmed' && passesCourse({ score: enrolment.score, attendedHours }, rule),
    waitlistPosition,
  };
}
