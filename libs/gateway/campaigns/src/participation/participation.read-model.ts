import {
  attendanceEventTypes,
  type AttendanceRecord,
  certificateEventTypes,
  effectiveRecords,
  hoursByVolunteer,
  shiftEventTypes,
} from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';
import { type CorrectionDoc, correctionOf, withDecision } from '../attendance/shift-attendance.read-model';

export const PARTICIPATION_COLLECTION = 'gw_campaigns_participation';

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

/** The events naming a volunteer: their sign-ups' outcomes (not approvals: a confirmation follows), attendance and certificates. */
const participationEventTypes = [
  ...eventTypesNamed(shiftEventTypes, 'SignUpRequested', 'SignUpRejected', 'SignUpConfirmed', 'SignUpWaitlisted', 'SignUpCancelled', 'WaitlistPromoted'),
  ...attendanceEventTypes,
  ...certificateEventTypes,
];
type ParticipationEvent = EnvelopeOf<EventsOf<typeof participationEventTypes>>;
type DataOf<Type extends ParticipationEvent['type']> = Extract<ParticipationEvent, { type: Type }>['data'];

function withSignUp(doc: ParticipationDoc, shiftId: string, status: SignUpState, at: string): ParticipationDoc {
  const existing = doc.signUps.find((s) => s.shiftId === shiftId);
  // A new sign-up after a cancellation starts again.
  const fresh =
    !existing ||
    ((existing.status === 'cancelled' || existing.status === 'rejected') &&
      (status === 'pending-approval' || status === 'confirmed' || status === 'waitlisted'));
  const signUp: SignUpDoc = fresh ? { shiftId, status, signedUpAt: at, changedAt: at } : { ...existing, status, changedAt: at };
  return { ...doc, signUps: [...doc.signUps.filter((s) => s.shiftId !== shiftId), signUp] };
}

function certificateOf(data: DataOf<'CertificateIssued'>): CertificateDoc {
  const { certificateId, award, campaignId, issuingUnitId, hours, activities, issuedOn, code } = data;
  return {
    certificateId,
    award,
    ...(typeof campaignId === 'string' ? { campaignId } : {}),
    issuingUnitId,
    hours,
    activities,
    issuedOn,
    ...(typeof code === 'string' ? { code } : {}),
  };
}

/** Pure: the volunteer's participation after a shift, attendance or certificate event naming them. */
export function evolveParticipation(doc: ParticipationDoc | null, event: ParticipationEvent): ParticipationDoc {
  const { volunteerId } = event.data;
  const current: ParticipationDoc = doc ?? { volunteerId, signUps: [], attendance: [], certificates: [] };
  switch (event.type) {
    case 'SignUpRequested':
      return withSignUp(current, event.data.shiftId, 'pending-approval', event.data.requestedAt);
    case 'SignUpRejected':
      return withSignUp(current, event.data.shiftId, 'rejected', event.data.rejectedAt);
    case 'SignUpConfirmed':
      return withSignUp(current, event.data.shiftId, 'confirmed', event.data.confirmedAt);
    case 'SignUpWaitlisted':
      return withSignUp(current, event.data.shiftId, 'waitlisted', event.data.waitlistedAt);
    case 'SignUpCancelled':
      return withSignUp(current, event.data.shiftId, 'cancelled', event.data.cancelledAt);
    case 'WaitlistPromoted':
      return withSignUp(current, event.data.shiftId, 'confirmed', event.data.promotedAt);
    case 'AttendanceRecorded': {
      const { shiftId, recordId, kind, at, method } = event.data;
      if (current.attendance.some((r) => r.recordId === recordId)) return current;
      return { ...current, attendance: [...current.attendance, { shiftId, recordId, volunteerId, kind, at, method }] };
    }
    case 'AttendanceCorrectionRequested': {
      const correction = { ...correctionOf(event.data), shiftId: event.data.shiftId };
      return { ...current, corrections: [...(current.corrections ?? []).filter((c) => c.correctionId !== correction.correctionId), correction] };
    }
    case 'AttendanceCorrectionApproved':
    case 'AttendanceCorrectionRejected':
      return { ...current, corrections: withDecision(current.corrections ?? [], event) };
    case 'CertificateIssued': {
      const certificate = certificateOf(event.data);
      return { ...current, certificates: [...current.certificates.filter((c) => c.certificateId !== certificate.certificateId), certificate] };
    }
    case 'CertificateRevoked': {
      const { certificateId, revokedOn } = event.data;
      return { ...current, certificates: current.certificates.map((c) => (c.certificateId === certificateId ? { ...c, revokedOn } : c)) };
    }
    default:
      return assertNever(event);
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

/** Read by `_id` only (CampaignsDirectory.participation, the volunteer's id): no index beyond `_id`. */
export const participationProjection = projectionOver(participationEventTypes, {
  name: 'gateway-participation',
  collection: PARTICIPATION_COLLECTION,
  // A volunteer's document sees only their own events of each shift's and attendance's stream.
  contiguous: false,
  documentId: (event) => event.data.volunteerId,
  evolve: evolveParticipation,
});
