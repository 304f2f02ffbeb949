import {
  ATTENDANCE_STREAM_TYPE,
  type AttendanceKind,
  type AttendanceMethod,
  attendanceDecider,
  attendanceStreamId,
  type RecordAttendance,
} from '@tn/campaigns-domain';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, commandRoute, objectList, type Payload, requiredString } from '@tn/shared-event-sourcing-nest';

/** Who recorded is the actor of the command (whose token the authoriser verified), never a payload field. */
type Mapper<C> = (p: Payload, envelope: CommandEnvelope) => C | Promise<C>;

/** An upload of check-ins and check-outs; each record is named by its index when malformed (`records.3.at`). */
export const toRecordAttendance: Mapper<RecordAttendance> = (p, envelope) => ({
  type: 'RecordAttendance',
  shiftId: requiredString(p, 'shiftId'),
  records: objectList(p, 'records').map((record, index) => {
    const prefix = `records.${index}.`;
    return {
      recordId: requiredString(record, 'recordId', prefix),
      volunteerId: requiredString(record, 'volunteerId', prefix),
      kind: requiredString(record, 'kind', prefix) as AttendanceKind,
      at: requiredString(record, 'at', prefix),
      method: requiredString(record, 'method', prefix) as AttendanceMethod,
    };
  }),
  recordedBy: envelope.actor.id,
  uploadedAt: requiredString(p, 'uploadedAt'),
});

/** Attendance of a shift: uploads of check-ins and check-outs. */
export const attendanceRoutes = (): CommandRoute[] => [
  commandRoute({
    type: 'RecordAttendance',
    streamType: ATTENDANCE_STREAM_TYPE,
    decider: attendanceDecider,
    streamIdOf: (envelope: CommandEnvelope) => attendanceStreamId(requiredString(envelope.payload, 'shiftId')),
    toCommand: (envelope: CommandEnvelope) => toRecordAttendance(envelope.payload, envelope),
    // A busy shift's attendance grows with every upload; snapshots keep loading it cheap.
    snapshot: { every: 200, schema: 'attendance-v2' },
  }),
];
