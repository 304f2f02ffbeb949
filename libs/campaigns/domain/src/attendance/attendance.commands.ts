import type { AttendanceRecord } from './attendance.types';

/**
 * An upload of records for one shift (a team leader's offline batch, or one QR scan).
 * Records already held (same `recordId`) are skipped, so uploading a batch twice is harmless.
 */
export type RecordAttendance = {
  type: 'RecordAttendance';
  shiftId: string;
  records: AttendanceRecord[];
  recordedBy: string;
  /** When the upload reached the service (the command envelope's time): no record is later. */
  uploadedAt: string;
  /** The shift's times, looked up by the adapter from the shift's stream: records fall within them. */
  shiftTimes: ShiftTimes;
};

export interface ShiftTimes {
  startsAt: string;
  endsAt: string;
}

/**
 * Idempotent by `correctionId`. `requestedAt` is the envelope's time: records added are not later.
 * Added records may lie outside the shift's times (coming early to prepare): a second person
 * reviews every correction before it counts.
 */
export type RequestAttendanceCorrection = {
  type: 'RequestAttendanceCorrection';
  shiftId: string;
  correctionId: string;
  volunteerId: string;
  voidRecordIds: string[];
  addRecords: AttendanceRecord[];
  reason: string;
  requestedBy: string;
  requestedAt: string;
};

export type ApproveAttendanceCorrection = {
  type: 'ApproveAttendanceCorrection';
  shiftId: string;
  correctionId: string;
  approvedBy: string;
  approvedAt: string;
};

export type RejectAttendanceCorrection = {
  type: 'RejectAttendanceCorrection';
  shiftId: string;
  correctionId: string;
  rejectedBy: string;
  reason: string;
  rejectedAt: string;
};

export type AttendanceCommand = RecordAttendance | RequestAttendanceCorrection | ApproveAttendanceCorrection | RejectAttendanceCorrection;
