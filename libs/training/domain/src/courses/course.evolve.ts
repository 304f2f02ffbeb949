import { assertNever } from '@tn/shared-decider';
import type { LearnerKind } from '@tn/training-contracts';
import type { CourseEvent } from './course.events';
import type { Course, CourseSession, CourseState, CourseLearner } from './course.types';

export const initialCourse = (): CourseState => ({ status: 'none' });

const withLearner = (course: Course, personId: string, learner: CourseLearner): Course => ({
  ...course,
  learners: new Map(course.learners).set(personId, learner),
});
const withSession = (course: Course, sessionId: string, session: CourseSession): Course => ({
  ...course,
  sessions: new Map(course.sessions).set(sessionId, session),
});
const withoutId = (ids: readonly string[], id: string): string[] => ids.filter((candidate) => candidate !== id);

/** A learner leaves the course (declined or withdrawn): their place, if they held one, frees up. */
function leave(course: Course, personId: string): Course {
  const learner = course.learners.get(personId);
  if (!learner) return course;
  const learners = new Map(course.learners);
  learners.delete(personId);
  return {
    ...course,
    learners,
    confirmedCount: course.confirmedCount - (learner.status === 'confirmed' ? 1 : 0),
    waitlisted: learner.status === 'waitlisted' ? withoutId(course.waitlisted, personId) : course.waitlisted,
  };
}

function confirm(course: Course, personId: string): Course {
  const learner = course.learners.get(personId);
  if (!learner) return course;
  const placed = withLearner(course, personId, { ...learner, status: 'confirmed' });
  return { ...placed, confirmedCount: course.confirmedCount + 1, waitlisted: withoutId(course.waitlisted, personId) };
}

function evolveOpen(course: Course, event: Exclude<CourseEvent, { type: 'CoursePlanned' }>): Course {
  switch (event.type) {
    case 'CourseSessionScheduled': {
      const { sessionId, date, hours } = event.data;
      return withSession(course, sessionId, { date, hours, cancelled: false });
    }
    case 'CourseSessionCancelled': {
      const session = course.sessions.get(event.data.sessionId);
      return session ? withSession(course, event.data.sessionId, { ...session, cancelled: true }) : course;
    }
    case 'CourseTrainerAssigned':
      return { ...course, trainerIds: [...course.trainerIds, event.data.personId] };
    case 'CourseTrainerRemoved':
      return { ...course, trainerIds: withoutId(course.trainerIds, event.data.personId) };
    case 'EnrolmentRequested': {
      const { personId, personKind, unitId } = event.data;
      return withLearner(course, personId, { personKind: personKind as LearnerKind, unitId, status: 'pending' });
    }
    case 'EnrolmentConfirmed':
    case 'EnrolmentPromoted':
      return confirm(course, event.data.personId);
    case 'EnrolmentWaitlisted': {
      const learner = course.learners.get(event.data.personId);
      if (!learner) return course;
      return { ...withLearner(course, event.data.personId, { ...learner, status: 'waitlisted' }), waitlisted: [...course.waitlisted, event.data.personId] };
    }
    case 'EnrolmentDeclined':
    case 'EnrolmentWithdrawn':
      return leave(course, event.data.personId);
    case 'SessionAttendanceRecorded': {
      const session = course.sessions.get(event.data.sessionId);
      return session ? withSession(course, event.data.sessionId, { ...session, presentPersonIds: event.data.presentPersonIds }) : course;
    }
    case 'LearnerAssessed': {
      const learner = course.learners.get(event.data.personId);
      return learner ? withLearner(course, event.data.personId, { ...learner, score: event.data.score }) : course;
    }
    case 'CourseCompleted':
      return { ...course, status: 'completed' };
    case 'CourseCancelled':
      return { ...course, status: 'cancelled' };
    default:
      return assertNever(event);
  }
}

export function evolveCourse(state: CourseState, event: CourseEvent): CourseState {
  if (event.type === 'CoursePlanned') {
    const { courseId, curriculumId, runningUnitId, mode, capacity, waitlist, passMark, minimumAttendanceShare, startsOn, endsOn, trainerIds } = event.data;
    return {
      status: 'open',
      ...{ courseId, curriculumId, runningUnitId, capacity, waitlist, passMark, minimumAttendanceShare, startsOn, endsOn, trainerIds },
      mode: mode as Course['mode'],
      sessions: new Map(),
      learners: new Map(),
      confirmedCount: 0,
      waitlisted: [],
    };
  }
  return state.status === 'none' ? state : evolveOpen(state, event);
}
