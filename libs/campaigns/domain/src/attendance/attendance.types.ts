import type { AttendanceRecord, CorrectionStatus } from '@tn/campaigns-contracts';
import type { RecordIndex } from './attendance.record-index';

/** A check-in or check-out and who took it: the parts of attendance messages (their one schema is in the contracts). */
export type { AttendanceRecord } from '@tn/campaigns-contracts';

/**
 * A correction of one volunteer's attendance: records to void and records to add, with a reason.
 * It changes the hours only once approved, by someone other than the requester.
 */
export interface AttendanceCorrection {
  correctionId: string;
  volunteerId: string;
  voidRecordIds: string[];
  addRecords: AttendanceRecord[];
  reason: string;
  requestedBy: string;
  status: CorrectionStatus;
}

/** A shift's attendance as its decisions need it: the records held (by id), and the corrections. */
export interface AttendanceState {
  records: RecordIndex;
  corrections: Readonly<Record<string, AttendanceCorrection>>;
}
