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
  uploadedAt: string;
};

/** Idempotent by `correctionId`. */
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
