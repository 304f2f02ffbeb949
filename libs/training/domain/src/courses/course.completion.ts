import { type CourseLearnerResultData, meetsAttendanceShare, passesCourse } from '@tn/training-contracts';
import { illegalStateAt } from '../common/errors';
import { requireIsoDate, requireNotAfterToday } from '../common/rules';
import type { CompleteCourse } from './course.commands';
import type { CourseEvent } from './course.events';
import { requireOpen } from './course.rules';
import { type Course, type CourseState, heldCourseSessions } from './course.types';

/** Hours each person attended, over the sessions that were held. */
function attendedHoursByPerson(course: Course): Map<string, number> {
  const hours = new Map<string, number>();
  for (const [, session] of heldCourseSessions(course)) {
    for (const personId of session.presentPersonIds ?? []) hours.set(personId, (hours.get(personId) ?? 0) + session.hours);
  }
  return hours;
}

/** Before completing: at least one session held, the attendance of each recorded, and no one completed before the last session. */
function requireReadyToComplete(course: Course, command: CompleteCourse): number {
  const sessions = heldCourseSessions(course);
  if (sessions.length === 0) throw illegalStateAt('COURSE.NO_SESSIONS', 'courseId', `course ${course.courseId} has no sessions`, { courseId: course.courseId });
  requireIsoDate(command.completedOn, 'COURSE.DATE_INVALID', 'completedOn');
  requireNotAfterToday(command.completedOn, command.today, 'COURSE.DATE_AHEAD', 'completedOn');
  const lastSessionOn = sessions.reduce((last, [, session]) => (session.date > last ? session.date : last), '');
  if (command.completedOn < lastSessionOn) {
    throw illegalStateAt('COURSE.COMPLETED_BEFORE_LAST_SESSION', 'completedOn', `the last session is on ${lastSessionOn}`, { lastSessionOn });
  }
  const sessionIds = sessions.filter(([, session]) => !session.presentPersonIds).map(([sessionId]) => sessionId);
  if (sessionIds.length > 0) {
    throw illegalStateAt('COURSE.ATTENDANCE_MISSING', 'courseId', `no attendance is recorded for sessions ${sessionIds.join(', ')}`, { sessionIds });
  }
  return sessions.reduce((total, [, session]) => total + session.hours, 0);
}

/**
 * Completion judges every confirmed learner by the pass rule (score ≥ pass mark AND attended hours
 * ≥ share × scheduled hours). A learner who attended enough must have been assessed first; one
 * who did not has failed whatever the score, so needs none. Results are ordered by person id.
 */
export function completeCourse(command: CompleteCourse, state: CourseState): CourseEvent[] {
  const course = requireOpen(state, command.courseId);
  const scheduledHours = requireReadyToComplete(course, command);
  const rule = { passMark: course.passMark, minimumAttendanceShare: course.minimumAttendanceShare, scheduledHours };
  const attended = attendedHoursByPerson(course);
  const results: CourseLearnerResultData[] = [...course.learners]
    .filter(([, learner]) => learner.status === 'confirmed')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([personId, { personKind, unitId, score }]) => ({
      personId,
      personKind,
      unitId,
      ...(score === undefined ? {} : { score }),
      attendedHours: attended.get(personId) ?? 0,
    }));
  const personIds = results.filter((result) => result.score === undefined && meetsAttendanceShare(result.attendedHours, rule)).map((result) => result.personId);
  if (personIds.length > 0) {
    throw illegalStateAt('COURSE.ASSESSMENT_MISSING', 'courseId', `${personIds.join(', ')} attended enough but have no score`, { personIds });
  }
  const { courseId, curriculumId, runningUnitId, trainerIds } = course;
  const data = {
    ...{ courseId, curriculumId, runningUnitId, completedOn: command.completedOn, trainerIds: [...trainerIds], scheduledHours },
    passed: results.filter((result) => passesCourse(result, rule)),
    notPassed: results.filter((result) => !passesCourse(result, rule)),
    completedBy: command.actorId,
  };
  return [{ type: 'CourseCompleted', data }];
}
