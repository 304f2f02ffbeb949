import { streamIdOf } from '@tn/shared-event-contracts';
import type { AttendanceKind, AttendanceMethod, AttendanceRecord } from './attendance.types';

/** One event per new record; the volunteer appears by id only. */
export type AttendanceRecorded = {
  type: 'AttendanceRecorded';
  data: {
    shiftId: string;
    recordId: string;
    volunteerId: string;
    kind: AttendanceKind;
    at: string;
    method: AttendanceMethod;
    recordedBy: string;
    uploadedAt: string;
  };
};
export type AttendanceCorrectionRequested = {
  type: 'AttendanceCorrectionRequested';
  data: {
    shiftId: string;
    correctionId: string;
    volunteerId: string;
    voidRecordIds: string[];
    addRecords: AttendanceRecord[];
    reason: string;
    requestedBy: string;
    requestedAt: string;
  };
};
/** Decisions on a correction name its volunteer, so a per-volunteer read model can follow them. */
export type AttendanceCorrectionApproved = {
  type: 'AttendanceCorrectionApproved';
  data: { shiftId: string; correctionId: string; volunteerId: string; approvedBy: string; approvedAt: string };
};
export type AttendanceCorrectionRejected = {
  type: 'AttendanceCorrectionRejected';
  data: { shiftId: string; correctionId: string; volunteerId: string; rejectedBy: string; reason: string; rejectedAt: string };
};

export type AttendanceEvent = AttendanceRecorded | AttendanceCorrectionRequested | AttendanceCorrectionApproved | AttendanceCorrectionRejected;

/**
 * One attendance stream per shift, apart from the shift's own stream: offline uploads (which may
 * be large and retried) never contend with sign-ups and cancellations on the shift.
 */
export const ATTENDANCE_STREAM_TYPE = 'attendance';
export const attendanceStreamId = (shiftId: string) => streamIdOf(ATTENDANCE_STREAM_TYPE, shiftId);
