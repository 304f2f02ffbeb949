import type { AttendanceRecord, CorrectionStatus } from '@tn/campaigns-contracts';
import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import type { Data } from '../core/event-data';

export const SHIFT_ATTENDANCE_COLLECTION = 'gw_shift_attendance';

/** A correction as the shift's managers review it. */
export interface CorrectionDoc {
  correctionId: string;
  volunteerId: string;
  voidRecordIds: string[];
  addRecords: AttendanceRecord[];
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: CorrectionStatus;
  decidedBy?: string;
  decidedAt?: string;
  rejectionReason?: string;
}

/**
 * A shift's attendance as its team leaders and managers see it: how many records were uploaded
 * (by which method) and the corrections to review. The records themselves live per volunteer
 * (participation read model), so this document stays small however busy the shift.
 */
export interface ShiftAttendanceDoc {
  shiftId: string;
  recordCount: number;
  qrCodeRecords: number;
  volunteerIds: string[];
  corrections: CorrectionDoc[];
}

export function correctionOf(data: Data): CorrectionDoc {
  return {
    correctionId: String(data['correctionId']),
    volunteerId: String(data['volunteerId']),
    voidRecordIds: (data['voidRecordIds'] as string[]) ?? [],
    addRecords: (data['addRecords'] as AttendanceRecord[]) ?? [],
    reason: String(data['reason']),
    requestedBy: String(data['requestedBy']),
    requestedAt: String(data['requestedAt']),
    status: 'pending',
  };
}

/** The corrections after a decision on one of them (a decision on an unknown correction changes nothing). */
export function withDecision(corrections: CorrectionDoc[], event: EventEnvelope): CorrectionDoc[] {
  const data = event.data as Data;
  const approved = event.type === 'AttendanceCorrectionApproved';
  return corrections.map((correction) =>
    correction.correctionId !== data['correctionId']
      ? correction
      : {
          ...correction,
          status: approved ? 'approved' : 'rejected',
          decidedBy: String(approved ? data['approvedBy'] : data['rejectedBy']),
          decidedAt: String(approved ? data['approvedAt'] : data['rejectedAt']),
          ...(approved ? {} : { rejectionReason: String(data['reason']) }),
        },
  );
}

/** Pure: the shift's attendance summary after one event of its attendance stream. */
export function evolveShiftAttendance(doc: ShiftAttendanceDoc | null, event: EventEnvelope): ShiftAttendanceDoc {
  const data = event.data as Data;
  const current: ShiftAttendanceDoc = doc ?? { shiftId: String(data['shiftId']), recordCount: 0, qrCodeRecords: 0, volunteerIds: [], corrections: [] };
  switch (event.type) {
    case 'AttendanceRecorded': {
      const volunteerId = String(data['volunteerId']);
      return {
        ...current,
        recordCount: current.recordCount + 1,
        qrCodeRecords: current.qrCodeRecords + (data['method'] === 'qr-code' ? 1 : 0),
        volunteerIds: current.volunteerIds.includes(volunteerId) ? current.volunteerIds : [...current.volunteerIds, volunteerId],
      };
    }
    case 'AttendanceCorrectionRequested':
      return { ...current, corrections: [...current.corrections.filter((c) => c.correctionId !== data['correctionId']), correctionOf(data)] };
    case 'AttendanceCorrectionApproved':
    case 'AttendanceCorrectionRejected':
      return { ...current, corrections: withDecision(current.corrections, event) };
    default:
      throw new Error(`shift attendance read model cannot apply ${event.type}`);
  }
}

export const shiftAttendanceProjection = defineProjection<ShiftAttendanceDoc>({
  name: 'gateway-shift-attendance',
  collection: SHIFT_ATTENDANCE_COLLECTION,
  handles: ['AttendanceRecorded', 'AttendanceCorrectionRequested', 'AttendanceCorrectionApproved', 'AttendanceCorrectionRejected'],
  documentId: (event) => String((event.data as Data)['shiftId']),
  evolve: evolveShiftAttendance,
});
