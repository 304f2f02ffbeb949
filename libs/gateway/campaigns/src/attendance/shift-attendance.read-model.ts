import { attendanceEventTypes, type AttendanceRecord, type CorrectionStatus } from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const SHIFT_ATTENDANCE_COLLECTION = 'gw_campaigns_shift_attendance';

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

type AttendanceEvent = EnvelopeOf<EventsOf<typeof attendanceEventTypes>>;
type DataOf<Type extends AttendanceEvent['type']> = Extract<AttendanceEvent, { type: Type }>['data'];
/** A decision on a correction: approved or rejected. */
type CorrectionDecided = Extract<AttendanceEvent, { type: 'AttendanceCorrectionApproved' | 'AttendanceCorrectionRejected' }>;

export function correctionOf(data: DataOf<'AttendanceCorrectionRequested'>): CorrectionDoc {
  return {
    correctionId: data.correctionId,
    volunteerId: data.volunteerId,
    voidRecordIds: data.voidRecordIds ?? [],
    addRecords: data.addRecords ?? [],
    reason: data.reason,
    requestedBy: data.requestedBy,
    requestedAt: data.requestedAt,
    status: 'pending',
  };
}

const decisionOf = (event: CorrectionDecided): Pick<CorrectionDoc, 'status' | 'decidedBy' | 'decidedAt' | 'rejectionReason'> =>
  event.type === 'AttendanceCorrectionApproved'
    ? { status: 'approved', decidedBy: event.data.approvedBy, decidedAt: event.data.approvedAt }
    : { status: 'rejected', decidedBy: event.data.rejectedBy, decidedAt: event.data.rejectedAt, rejectionReason: event.data.reason };

/** The corrections after a decision on one of them (a decision on an unknown correction changes nothing). */
export function withDecision<Correction extends CorrectionDoc>(corrections: Correction[], event: CorrectionDecided): Correction[] {
  return corrections.map((correction) => (correction.correctionId !== event.data.correctionId ? correction : { ...correction, ...decisionOf(event) }));
}

/** Pure: the shift's attendance summary after one event of its attendance stream. */
export function evolveShiftAttendance(doc: ShiftAttendanceDoc | null, event: AttendanceEvent): ShiftAttendanceDoc {
  const current: ShiftAttendanceDoc = doc ?? { shiftId: event.data.shiftId, recordCount: 0, qrCodeRecords: 0, volunteerIds: [], corrections: [] };
  switch (event.type) {
    case 'AttendanceRecorded': {
      const { volunteerId, method } = event.data;
      return {
        ...current,
        recordCount: current.recordCount + 1,
        qrCodeRecords: current.qrCodeRecords + (method === 'qr-code' ? 1 : 0),
        volunteerIds: current.volunteerIds.includes(volunteerId) ? current.volunteerIds : [...current.volunteerIds, volunteerId],
      };
    }
    case 'AttendanceCorrectionRequested':
      return { ...current, corrections: [...current.corrections.filter((c) => c.correctionId !== event.data.correctionId), correctionOf(event.data)] };
    case 'AttendanceCorrectionApproved':
    case 'AttendanceCorrectionRejected':
      return { ...current, corrections: withDecision(current.corrections, event) };
    default:
      return assertNever(event);
  }
}

/** Read by `_id` only (CampaignsDirectory.shiftAttendance): no index beyond `_id`. */
export const shiftAttendanceProjection = projectionOver(attendanceEventTypes, {
  name: 'gateway-shift-attendance',
  collection: SHIFT_ATTENDANCE_COLLECTION,
  documentId: (event) => event.data.shiftId,
  evolve: evolveShiftAttendance,
});
