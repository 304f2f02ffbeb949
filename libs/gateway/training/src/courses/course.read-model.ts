import { courseEventTypes } from '@tn/training-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const COURSES_COLLECTION = 'gw_training_courses';

export type CourseStatus = 'open' | 'completed' | 'cancelled';

export interface CourseSessionDoc {
  sessionId: string;
  date: string;
  hours: number;
  place?: string;
  link?: string;
  cancelled: boolean;
  cancelReason?: string;
  /** Whether attendance was recorded (the list itself is the session's attendance document). */
  attendanceRecorded: boolean;
  presentCount: number;
}

/**
 * One course (the gateway's course read model): what was planned, its sessions in date order,
 * its trainers, and the counts of its learners kept by the projection (never counted on read).
 */
export interface CourseDoc {
  courseId: string;
  curriculumId: string;
  title: string;
  runningUnitId: string;
  level: string;
  mode: string;
  priorityAreas: string[];
  capacity: number;
  waitlist: boolean;
  passMark: number;
  minimumAttendanceShare: number;
  startsOn: string;
  endsOn: string;
  trainerIds: string[];
  /** The material versions it teaches, as planned (a later version never rewrites them). */
  materials: { materialId: string; version: number }[];
  sessions: CourseSessionDoc[];
  /** Hours of the sessions not cancelled: the base of the attendance share. */
  scheduledHours: number;
  pendingCount: number;
  confirmedCount: number;
  waitlistedCount: number;
  /** The waitlist in order: the first is promoted when a place frees up. */
  waitlistedIds: string[];
  passedCount: number;
  notPassedCount: number;
  status: CourseStatus;
  plannedOn: string;
  plannedBy: string;
  completedOn?: string;
  cancelledOn?: string;
  cancelReason?: string;
}

type CourseEvent = EnvelopeOf<EventsOf<typeof courseEventTypes>>;

const heldHours = (sessions: readonly CourseSessionDoc[]) => sessions.filter((session) => !session.cancelled).reduce((sum, session) => sum + session.hours, 0);

function withSessions(doc: CourseDoc, sessions: CourseSessionDoc[]): CourseDoc {
  const ordered = [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.sessionId.localeCompare(b.sessionId));
  return { ...doc, sessions: ordered, scheduledHours: heldHours(ordered) };
}

const changedSession = (doc: CourseDoc, sessionId: string, change: (session: CourseSessionDoc) => CourseSessionDoc): CourseDoc =>
  withSessions(
    doc,
    doc.sessions.map((session) => (session.sessionId === sessionId ? change(session) : session)),
  );

const less = (count: number) => Math.max(0, count - 1);
const without = (ids: readonly string[], id: string) => ids.filter((each) => each !== id);

/** A learner leaves a status (declined, withdrawn, placed or promoted): its count and the waitlist follow. */
function leaving(doc: CourseDoc, personId: string, status: string): CourseDoc {
  switch (status) {
    case 'pending':
      return { ...doc, pendingCount: less(doc.pendingCount) };
    case 'confirmed':
      return { ...doc, confirmedCount: less(doc.confirmedCount) };
    case 'waitlisted':
      return { ...doc, waitlistedCount: less(doc.waitlistedCount), waitlistedIds: without(doc.waitlistedIds, personId) };
    default:
      return doc;
  }
}

function planned(data: Extract<CourseEvent, { type: 'CoursePlanned' }>['data']): CourseDoc {
  const { courseId, curriculumId, title, runningUnitId, level, mode, priorityAreas, capacity, waitlist, passMark, minimumAttendanceShare } = data;
  return {
    ...{ courseId, curriculumId, title, runningUnitId, level, mode, priorityAreas: [...priorityAreas], capacity, waitlist, passMark, minimumAttendanceShare },
    startsOn: data.startsOn,
    endsOn: data.endsOn,
    trainerIds: [...data.trainerIds],
    materials: data.materials.map(({ materialId, version }) => ({ materialId, version })),
    sessions: [],
    scheduledHours: 0,
    pendingCount: 0,
    confirmedCount: 0,
    waitlistedCount: 0,
    waitlistedIds: [],
    passedCount: 0,
    notPassedCount: 0,
    status: 'open',
    plannedOn: data.plannedOn,
    plannedBy: data.plannedBy,
  };
}

/** Pure: the course after one event of its stream. */
export function evolveCourse(doc: CourseDoc | null, event: CourseEvent): CourseDoc {
  if (event.type === 'CoursePlanned') return planned(event.data);
  if (!doc) throw new Error(`${event.type} for a course the read model does not know`);
  switch (event.type) {
    case 'CourseSessionScheduled': {
      const { sessionId, date, hours, place, link } = event.data;
      const session: CourseSessionDoc = {
        sessionId,
        date,
        hours,
        ...(typeof place === 'string' ? { place } : {}),
        ...(typeof link === 'string' ? { link } : {}),
        cancelled: false,
        attendanceRecorded: false,
        presentCount: 0,
      };
      return withSessions(doc, [...doc.sessions.filter((each) => each.sessionId !== sessionId), session]);
    }
    case 'CourseSessionCancelled': {
      const { reason } = event.data;
      return changedSession(doc, event.data.sessionId, (session) => ({
        ...session,
        cancelled: true,
        ...(typeof reason === 'string' ? { cancelReason: reason } : {}),
      }));
    }
    case 'CourseTrainerAssigned':
      return { ...doc, trainerIds: [...without(doc.trainerIds, event.data.personId), event.data.personId] };
    case 'CourseTrainerRemoved':
      return { ...doc, trainerIds: without(doc.trainerIds, event.data.personId) };
    case 'EnrolmentRequested':
      return { ...doc, pendingCount: doc.pendingCount + 1 };
    case 'EnrolmentConfirmed': {
      // Approved from pending; defensively from the waitlist too, which the waitlist then shows.
      const from = doc.waitlistedIds.includes(event.data.personId) ? 'waitlisted' : 'pending';
      const left = leaving(doc, event.data.personId, from);
      return { ...left, confirmedCount: left.confirmedCount + 1 };
    }
    case 'EnrolmentWaitlisted': {
      const left = leaving(doc, event.data.personId, 'pending');
      return { ...left, waitlistedCount: left.waitlistedCount + 1, waitlistedIds: [...without(left.waitlistedIds, event.data.personId), event.data.personId] };
    }
    case 'EnrolmentPromoted': {
      const left = leaving(doc, event.data.personId, 'waitlisted');
      return { ...left, confirmedCount: left.confirmedCount + 1 };
    }
    case 'EnrolmentDeclined':
      return leaving(doc, event.data.personId, 'pending');
    case 'EnrolmentWithdrawn':
      return leaving(doc, event.data.personId, event.data.previousStatus);
    case 'SessionAttendanceRecorded': {
      const present = new Set(event.data.presentPersonIds).size;
      return changedSession(doc, event.data.sessionId, (session) => ({ ...session, attendanceRecorded: true, presentCount: present }));
    }
    case 'LearnerAssessed':
      // The score is the learner's (their enrolment document); the course's counts do not change.
      return doc;
    case 'CourseCompleted': {
      const { completedOn, trainerIds, passed, notPassed } = event.data;
      return { ...doc, status: 'completed', completedOn, trainerIds: [...trainerIds], passedCount: passed.length, notPassedCount: notPassed.length };
    }
    case 'CourseCancelled':
      return { ...doc, status: 'cancelled', cancelledOn: event.data.cancelledOn, cancelReason: event.data.reason };
    default:
      return assertNever(event);
  }
}

/** One document per course stream (it sees every event of it). */
export const courseProjection = projectionOver(courseEventTypes, {
  name: 'gateway-training-courses',
  collection: COURSES_COLLECTION,
  documentId: (event) => event.data.courseId,
  evolve: evolveCourse,
  // CourseReads.coursesOf: a unit's courses, of a status ({ runningUnitId, status }); coursesTaughtBy ({ trainerIds }).
  indexes: [{ runningUnitId: 1, status: 1 }, { trainerIds: 1 }],
});
