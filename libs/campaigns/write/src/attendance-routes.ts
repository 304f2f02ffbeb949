import { createHash } from 'node:crypto';
import { attendanceCommandTypes, type CheckInWithCode, checkInWithCodeCommandType, verifyCheckInCode, withinCheckInWindow } from '@tn/campaigns-contracts';
import {
  ATTENDANCE_STREAM_TYPE,
  attendanceDecider,
  type AttendanceRecord,
  forbiddenError,
  notFoundError,
  type RecordAttendance,
  type ShiftTimes,
  signUpStatusOf,
  validationError,
} from '@tn/campaigns-domain';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import type { CampaignLookups } from './lookups';

/** The shift's times, from its stream: records are checked against them. */
async function shiftTimesOf(lookups: CampaignLookups, shiftId: string): Promise<ShiftTimes> {
  const shift = await lookups.shiftOf(shiftId);
  if (shift.status === 'none') throw notFoundError('SHIFT.NOT_FOUND', `shift ${shiftId} is not scheduled`, { shiftId });
  return { startsAt: shift.startsAt, endsAt: shift.endsAt };
}

/**
 * A QR scan's record id, made here from the volunteer, the code and the kind (never the phone's
 * id): scanning the same code again is the same record, so it adds no hours. A team leader
 * expects a volunteer who scans twice (a double tap, a retry on a bad connection, a second try to
 * "make sure") to be checked in once, not to see an error; a check-out needs its own scan.
 */
export const qrRecordIdOf = (volunteerId: string, code: string, kind: string): string =>
  `qr-${createHash('sha256')
    .update(JSON.stringify([volunteerId, code, kind]))
    .digest('base64url')
    .slice(0, 32)}`;

export interface AttendanceRouteOptions {
  /** The HMAC key of shift check-in codes (derived from AUTH_TOKEN_SECRET, see `checkInKeyFrom`). */
  checkInKey: Buffer;
  /** The service's clock (tests set it). */
  now?: () => Date;
}

/** A phone's clock may run a little ahead of the service's. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** A scan taken offline (no signal at the site) is uploaded the same day: within six hours of its code. */
const LATE_UPLOAD_MS = 6 * 60 * 60 * 1000;

/**
 * A volunteer's own scan of the shift's QR code, recorded as one attendance record. The code is
 * checked here (the gateway checks it too, but this service trusts no caller): made with the
 * platform's key, for this shift, and the scan inside its window; the volunteer must hold a
 * confirmed place on the shift (read from the shift's stream).
 */
const toCheckInWithCode =
  (lookups: CampaignLookups, options: AttendanceRouteOptions) =>
  async (p: CheckInWithCode, envelope: CommandEnvelope): Promise<RecordAttendance> => {
    const { shiftId } = p;
    const check = verifyCheckInCode(p.code, options.checkInKey);
    if (!check.valid || check.content.shiftId !== shiftId)
      throw validationError('CHECK_IN.CODE_INVALID', 'code', 'the code is not a check-in code of this shift');
    // The record's id comes from volunteer, code and kind (never the phone): a repeated scan is the same record.
    const record: AttendanceRecord = {
      recordId: qrRecordIdOf(p.volunteerId, p.code, p.kind),
      volunteerId: p.volunteerId,
      kind: p.kind,
      at: p.at,
      method: 'qr-code',
    };
    const now = (options.now ?? (() => new Date()))().getTime();
    if (now > Date.parse(check.content.validUntil) + LATE_UPLOAD_MS)
      throw validationError('CHECK_IN.CODE_EXPIRED', 'code', 'scans of this code were due within six hours');
    if (!Number.isNaN(Date.parse(record.at))) {
      if (!withinCheckInWindow(check.content, record.at)) {
        throw validationError('CHECK_IN.OUTSIDE_WINDOW', 'at', 'the scan time is outside the time the code was shown', {
          validFrom: check.content.validFrom,
          validUntil: check.content.validUntil,
        });
      }
      // A scan is not taken in the future: a code photographed before the shift cannot check anyone out in advance.
      if (Date.parse(record.at) > now + CLOCK_SKEW_MS) throw validationError('CHECK_IN.TIME_AHEAD', 'at', 'the scan time is later than now');
    }
    const shift = await lookups.shiftOf(shiftId);
    if (shift.status === 'none' || signUpStatusOf(shift, record.volunteerId) !== 'confirmed') {
      throw forbiddenError('CHECK_IN.NOT_CONFIRMED', 'only a volunteer with a confirmed place on the shift checks in', { shiftId });
    }
    return {
      type: 'RecordAttendance',
      shiftId,
      records: [record],
      recordedBy: envelope.actor.id,
      uploadedAt: envelope.issuedAt,
      shiftTimes: { startsAt: shift.startsAt, endsAt: shift.endsAt },
    };
  };

/** A busy shift's attendance grows with every upload; snapshots keep loading it cheap. v3: the record index holds each record's content key, not only its volunteer. */
const SNAPSHOT = { every: 200, schema: 'attendance-v3' };

/**
 * Attendance of a shift (one stream per shift; payload, stream and rights are declared in the
 * contracts): uploads, QR scans and corrections. Who recorded, requested, approved or rejected is
 * the command's actor and the upload's time the envelope's, never payload fields; records keep
 * their device times. Corrections are requested with a reason by one person, decided by another.
 */
export const attendanceRoutes = (lookups: CampaignLookups, options: AttendanceRouteOptions): CommandRoute[] => {
  const checkIn: CommandRoute = {
    definition: checkInWithCodeCommandType,
    streamType: ATTENDANCE_STREAM_TYPE,
    decider: attendanceDecider as CommandRoute['decider'],
    snapshot: SNAPSHOT,
    // A scan is decided as a one-record upload.
    toCommand: (payload, envelope) => toCheckInWithCode(lookups, options)(payload as CheckInWithCode, envelope),
  };
  return [
    ...routesOf(
      attendanceCommandTypes,
      { streamType: ATTENDANCE_STREAM_TYPE, decider: attendanceDecider, snapshot: SNAPSHOT },
      {
        RecordAttendance: async ({ shiftId, records = [] }, envelope) => ({
          records,
          recordedBy: envelope.actor.id,
          uploadedAt: envelope.issuedAt,
          shiftTimes: await shiftTimesOf(lookups, shiftId),
        }),
        // Records a correction adds were entered by a person, whatever the payload says (ADR 0009).
        RequestAttendanceCorrection: ({ voidRecordIds = [], addRecords = [] }, envelope) => ({
          voidRecordIds,
          addRecords: addRecords.map((record) => ({ ...record, method: 'team-leader' as const })),
          requestedBy: envelope.actor.id,
          requestedAt: envelope.issuedAt,
        }),
        ApproveAttendanceCorrection: (_payload, envelope) => ({ approvedBy: envelope.actor.id, approvedAt: envelope.issuedAt }),
        RejectAttendanceCorrection: (_payload, envelope) => ({ rejectedBy: envelope.actor.id, rejectedAt: envelope.issuedAt }),
      },
    ),
    checkIn,
  ];
};
