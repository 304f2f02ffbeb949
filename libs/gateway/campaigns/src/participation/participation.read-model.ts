import { type AttendanceRecord, effectiveRecords, hoursByVolunteer } from '@tn/campaigns-contracts';
import { type CorrectionDoc, correctionOf, withDecision } from '../attendance/shift-attendance.read-model';
import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import type { Data } from '../core/event-data';

export const PARTICIPATION_COLLECTION = 'gw_participation';

export type SignUpState = 'pending-approval' | 'confirmed' | 'waitlisted' | 'cancelled' | 'rejected';

export interface SignUpDoc {
  shiftId: string;
  status: SignUpState;
  /** When the volunteer signed up (the first request). */
  signedUpAt: string;
  changedAt: string;
}

export interface CertificateDoc {
  certificateId: string;
  award: string;
  campaignId?: string;
  issuingUnitId: string;
  hours: number;
  activities: number;
  issuedOn: string;
  /** The signed verification code (for the holder to share; anyone can check it with verifyCertificate). */
  code?: string;
  /** Set once revoked: the code then no longer verifies. */
  revokedOn?: string;
}

/** One volunteer's participation: sign-ups, attendance records (per shift) and certificates. */
export interface ParticipationDoc {
  volunteerId: string;
  signUps: SignUpDoc[];
  /** Every record once (by its client-generated id), whatever order and however often uploads came. */
  attendance: (AttendanceRecord & { shiftId: string })[];
  /** Corrections of the volunteer's attendance; approved ones change the hours. Absent in documents older than corrections. */
  corrections?: (CorrectionDoc & { shiftId: string })[];
  certificates: CertificateDoc[];
}

const SIGN_UP_STATUS: Readonly<Record<string, { status: SignUpState; at: string }>> = {
  SignUpRequested: { status: 'pending-approval', at: 'requestedAt' },
  SignUpRejected: { status: 'rejected', at: 'rejectedAt' },
  SignUpConfirmed: { status: 'confirmed', at: 'confirmedAt' },
  SignUpWaitlisted: { status: 'waitlisted', at: 'waitlistedAt' },
  SignUpCancelled: { status: 'cancelled', at: 'cancelledAt' },
  WaitlistPromoted: { status: 'confirmed', at: 'promotedAt' },
};

function withSignUp(doc: ParticipationDoc, shiftId: string, status: SignUpState, at: string): ParticipationDoc {
  const existing = doc.signUps.find((s) => s.shiftId === shiftId);
  // A new sign-up after a cancellation starts again.
  const fresh = !existing || ((existing.status === 'cancelled' || existing.status === 'rejected') && (status === 'pending-approval' || status === 'confirmed' || status === 'waitlisted'));
  const signUp: SignUpDoc = fresh ? { shiftId, status, signedUpAt: at, changedAt: at } : { ...existing, status, changedAt: at };
  return { ...doc, signUps: [...doc.signUps.filter((s) => s.shiftId !== shiftId), signUp] };
}

/** Pure: the volunteer's participation after a shift, attendance or certificate event naming them. */
export function evolveParticipation(doc: ParticipationDoc | null, event: EventEnvelope): ParticipationDoc {
  const data = event.data as Data;
  const volunteerId = String(data['volunteerId']);
  const current: ParticipationDoc = doc ?? { volunteerId, signUps: [], attendance: [], certificates: [] };
  const signUp = SIGN_UP_STATUS[event.type];
  if (signUp) return withSignUp(current, String(data['shiftId']), signUp.status, String(data[signUp.at]));
  switch (event.type) {
    case 'AttendanceRecorded': {
      const recordId = String(data['recordId']);
      if (current.attendance.some((r) => r.recordId === recordId)) return current;
      const record = {
        shiftId: String(data['shiftId']),
        recordId,
        volunteerId,
        kind: data['kind'] as AttendanceRecord['kind'],
        at: String(data['at']),
        method: data['method'] as AttendanceRecord['method'],
      };
      return { ...current, attendance: [...current.attendance, record] };
    }
    case 'AttendanceCorrectionRequested': {
      const correction = { ...correctionOf(data), shiftId: String(data['shiftId']) };
      return { ...current, corrections: [...(current.corrections ?? []).filter((c) => c.correctionId !== correction.correctionId), correction] };
    }
    case 'AttendanceCorrectionApproved':
    case 'AttendanceCorrectionRejected':
      return { ...current, corrections: withDecision(current.corrections ?? [], event) as ParticipationDoc['corrections'] };
    case 'CertificateIssued': {
      const certificate: CertificateDoc = {
        certificateId: String(data['certificateId']),
        award: String(data['award']),
        ...(typeof data['campaignId'] === 'string' ? { campaignId: data['campaignId'] } : {}),
        issuingUnitId: String(data['issuingUnitId']),
        hours: Number(data['hours']),
        activities: Number(data['activities']),
        issuedOn: String(data['issuedOn']),
        ...(typeof data['code'] === 'string' ? { code: data['code'] } : {}),
      };
      return { ...current, certificates: [...current.certificates.filter((c) => c.certificateId !== certificate.certificateId), certificate] };
    }
    case 'CertificateRevoked': {
      const certificateId = String(data['certificateId']);
      const revokedOn = String(data['revokedOn']);
      return { ...current, certificates: current.certificates.map((c) => (c.certificateId === certificateId ? { ...c, revokedOn } : c)) };
    }
    default:
      throw new Error(`participation read model cannot apply ${event.type}`);
  }
}

/**
 * Hours per shift from the volunteer's attendance records, as approved corrections leave them
 * (paired order-independently by the domain).
 */
export function hoursPerShift(doc: Pick<ParticipationDoc, 'attendance' | 'volunteerId' | 'corrections'>): { shiftId: string; hours: number }[] {
  const byShift = new Map<string, AttendanceRecord[]>();
  for (const { shiftId, ...record } of doc.attendance) byShift.set(shiftId, [...(byShift.get(shiftId) ?? []), record]);
  for (const correction of doc.corrections ?? []) if (!byShift.has(correction.shiftId)) byShift.set(correction.shiftId, []);
  return [...byShift.entries()]
    .map(([shiftId, records]) => {
      const corrections = (doc.corrections ?? []).filter((correction) => correction.shiftId === shiftId);
      return { shiftId, hours: hoursByVolunteer(effectiveRecords(records, corrections))[doc.volunteerId] ?? 0 };
    })
    .sort((a, b) => a.shiftId.localeCompare(b.shiftId));
}

export const participationProjection = defineProjection<ParticipationDoc>({
  name: 'gateway-participation',
  collection: PARTICIPATION_COLLECTION,
  handles: [...Object.keys(SIGN_UP_STATUS), 'AttendanceRecorded', 'AttendanceCorrectionRequested', 'AttendanceCorrectionApproved', 'AttendanceCorrectionRejected', 'CertificateIssued', 'CertificateRevoked'],
  // A volunteer's document sees only their own events of each shift's and attendance's stream.
  contiguous: false,
  documentId: (event) => String((event.data as Data)['volunteerId']),
  evolve: evolveParticipation,
});
