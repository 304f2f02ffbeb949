import type { attendanceEventTypes } from '@tn/campaigns-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The attendance events (one per new record; the volunteer by id only); their one schema is in the contracts. */
export type AttendanceEvent = EventsOf<typeof attendanceEventTypes>;

/**
 * One attendance stream per shift, apart from the shift's own stream: offline uploads (which may
 * be large and retried) never contend with sign-ups and cancellations on the shift.
 */
export { ATTENDANCE_STREAM_TYPE, attendanceStreamId } from '@tn/campaigns-contracts';
