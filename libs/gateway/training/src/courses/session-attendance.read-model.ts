import { enrolmentEventTypes } from '@tn/training-contracts';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';

export const SESSION_ATTENDANCE_COLLECTION = 'gw_training_session_attendance';

/** Who was present at one session of a course (`_id`: sessionAttendanceIdOf); a new record replaces the list. */
export interface SessionAttendanceDoc {
  courseId: string;
  sessionId: string;
  presentPersonIds: string[];
  recordedOn: string;
  recordedBy: string;
}

export const sessionAttendanceIdOf = (courseId: string, sessionId: string) => `${courseId}/${sessionId}`;

const attendanceEvents = eventTypesNamed(enrolmentEventTypes, 'SessionAttendanceRecorded');
type AttendanceEvent = EnvelopeOf<EventsOf<typeof attendanceEvents>>;

/** Pure: the session's attendance as last recorded. */
export function evolveSessionAttendance(_doc: SessionAttendanceDoc | null, event: AttendanceEvent): SessionAttendanceDoc {
  const { courseId, sessionId, presentPersonIds, recordedOn, recordedBy } = event.data;
  return { courseId, sessionId, presentPersonIds: [...new Set(presentPersonIds)].sort(), recordedOn, recordedBy };
}

/** Read by `_id` only (a course's sessions are listed on the course). */
export const sessionAttendanceProjection = projectionOver(attendanceEvents, {
  name: 'gateway-training-session-attendance',
  collection: SESSION_ATTENDANCE_COLLECTION,
  contiguous: false,
  documentId: (event) => sessionAttendanceIdOf(event.data.courseId, event.data.sessionId),
  evolve: evolveSessionAttendance,
});
