import type { attendanceCommandTypes } from '@tn/campaigns-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { AttendanceRecord } from './attendance.types';

/** A shift's times, looked up by the service from the shift's stream: records fall within them. */
export interface ShiftTimes {
  startsAt: string;
  endsAt: string;
}

/**
 * The attendance commands: each payload (its one schema is in the contracts) with its type, plus
 * what the service looks up or knows before deciding:
 * - an upload (a team leader's offline batch, or one QR scan): its records (none when absent),
 *   who recorded them (the actor), when the upload reached the service (`uploadedAt`, the
 *   envelope's time: no record is later), and the shift's times. Records already held (same
 *   `recordId`) are skipped, so uploading a batch twice is harmless;
 * - a correction, idempotent by `correctionId`: records to void and to add (none when absent;
 *   added records were entered by a person), who asked and when (`requestedAt`: records added
 *   are not later). Added records may lie outside the shift's times (coming early to prepare):
 *   a second person reviews every correction before it counts;
 * - who approved or rejected a correction, and when.
 */
export type AttendanceCommand = CommandsOf<
  typeof attendanceCommandTypes,
  {
    RecordAttendance: { records: AttendanceRecord[]; recordedBy: string; uploadedAt: string; shiftTimes: ShiftTimes };
    RequestAttendanceCorrection: { voidRecordIds: string[]; addRecords: AttendanceRecord[]; requestedBy: string; requestedAt: string };
    ApproveAttendanceCorrection: { approvedBy: string; approvedAt: string };
    RejectAttendanceCorrection: { rejectedBy: string; rejectedAt: string };
  }
>;

export type RecordAttendance = CommandNamed<AttendanceCommand, 'RecordAttendance'>;
export type RequestAttendanceCorrection = CommandNamed<AttendanceCommand, 'RequestAttendanceCorrection'>;
