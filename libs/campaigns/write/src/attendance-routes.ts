import { createHash } from 'node:crypto';
import { verifyCheckInCode, withinCheckInWindow } from '@tn/campaigns-contracts';
import {
  ATTENDANCE_STREAM_TYPE,
  type AttendanceCommand,
  attendanceDecider,
  type AttendanceKind,
  type AttendanceMethod,
  type AttendanceRecord,
  attendanceStreamId,
  type RecordAttendance,
  type ShiftTimes,
  signUpStatusOf,
} from '@tn/campaigns-domain';
import { forbiddenError, notFoundError, validationError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, commandRoute, objectList, optionalStringList, type Payload, requiredString } from '@tn/shared-event-sourcing-nest';
import type { CampaignLookups } from './lookups';
import type { Mapper } from './route-mapper';


/** A check-in or check-out as uploaded; malformed fields are named with `prefix` (`records.3.at`). */
function recordOf(record: Payload, prefix: string): AttendanceRecord {
  return {
    recordId: requiredString(record, 'recordId', prefix),
    volunteerId: requiredString(record, 'volunteerId', prefix),
    kind: requiredString(record, 'kind', prefix) as AttendanceKind,
    at: requiredString(record, 'at', prefix),
    method: requiredString(record, 'method', prefix) as AttendanceMethod,
  };
}

/** The shift's times, from its stream: records are checked against them. */
async function shiftTimesOf(lookups: CampaignLookups, shiftId: string): Promise<ShiftTimes> {
  const shift = await lookups.shiftOf(shiftId);
  if (shift.status === 'none') throw notFoundError('SHIFT.NOT_FOUND', `shift ${shiftId} is not scheduled`, { shiftId });
  return { startsAt: shift.startsAt, endsAt: shift.endsAt };
}

/**
 * An upload of check-ins and check-outs; each record is named by its index when malformed
 * (`records.3.at`). Records keep their device times; the upload's time is the envelope's.
 */
export const toRecordAttendance =
  (lookups: CampaignLookups): Mapper<RecordAttendance> =>
  async (p, envelope) => {
    const shiftId = requiredString(p, 'shiftId');
    const records = objectList(p, 'records').map((record, index) => recordOf(record, `records.${index}.`));
    return { type: 'RecordAttendance', shiftId, records, recordedBy: envelope.actor.id, uploadedAt: envelope.issuedAt, shiftTimes: await shiftTimesOf(lookups, shiftId) };
  };

/**
 * A QR scan's record id, made here from the volunteer, the code and the kind (never the phone's
 * id): scanning the same code again is the same record, so it adds no hours. A team leader
 * expects a volunteer who scans twice (a double tap, a retry on a bad connection, a second try to
 * "make sure") to be checked in once, not to see an error; a check-out needs its own scan.
 */
export const qrRecordIdOf = (volunteerId: string, code: string, kind: string): string =>
  `qr-${createHash('sha256').update(JSON.stringify([volunteerId, code, kind])).digest('base64url').slice(0, 32)}`;

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
export const toCheckInWithCode =
  (lookups: CampaignLookups, options: AttendanceRouteOptions): Mapper<RecordAttendance> =>
  async (p, envelope) => {
    const shiftId = requiredString(p, 'shiftId');
    const check = verifyCheckInCode(requiredString(p, 'code'), options.checkInKey);
    if (!check.valid || check.content.shiftId !== shiftId) throw validationError('CHECK_IN.CODE_INVALID', 'code', 'the code is not a check-in code of this shift');
    // The record's id comes from volunteer, code and kind (never the phone): a repeated scan is the same record.
    const volunteerId = requiredString(p, 'volunteerId');
    const kind = requiredString(p, 'kind') as AttendanceKind;
    const record: AttendanceRecord = { recordId: qrRecordIdOf(volunteerId, requiredString(p, 'code'), kind), volunteerId, kind, at: requiredString(p, 'at'), method: 'qr-code' };
    const now = (options.now ?? (() => new Date()))().getTime();
    if (now > Date.parse(check.content.validUntil) + LATE_UPLOAD_MS) throw validationError('CHECK_IN.CODE_EXPIRED', 'code', 'scans of this code were due within six hours');
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

type CorrectionCommand = Exclude<AttendanceCommand, RecordAttendance>;

/** Corrections: requested with a reason by one person, approved or rejected by another. */
export const toCorrectionCommand: Record<CorrectionCommand['type'], Mapper<CorrectionCommand>> = {
  RequestAttendanceCorrection: (p, envelope) => ({
    type: 'RequestAttendanceCorrection',
    shiftId: requiredString(p, 'shiftId'),
    correctionId: requiredString(p, 'correctionId'),
    volunteerId: requiredString(p, 'volunteerId'),
    voidRecordIds: optionalStringList(p, 'voidRecordIds'),
    // Records a correction adds were entered by a person, whatever the payload says (ADR 0009).
    addRecords:
      p['addRecords'] === undefined ? [] : objectList(p, 'addRecords').map((record, index) => ({ ...recordOf({ ...record, method: 'team-leader' }, `addRecords.${index}.`), method: 'team-leader' as const })),
    reason: requiredString(p, 'reason'),
    requestedBy: envelope.actor.id,
    requestedAt: envelope.issuedAt,
  }),
  ApproveAttendanceCorrection: (p, envelope) => ({
    type: 'ApproveAttendanceCorrection',
    shiftId: requiredString(p, 'shiftId'),
    correctionId: requiredString(p, 'correctionId'),
    approvedBy: envelope.actor.id,
    approvedAt: envelope.issuedAt,
  }),
  RejectAttendanceCorrection: (p, envelope) => ({
    type: 'RejectAttendanceCorrection',
    shiftId: requiredString(p, 'shiftId'),
    correctionId: requiredString(p, 'correctionId'),
    rejectedBy: envelope.actor.id,
    reason: requiredString(p, 'reason'),
    rejectedAt: envelope.issuedAt,
  }),
};

/** Attendance of a shift (one stream per shift): uploads, QR scans and corrections. */
export const attendanceRoutes = (lookups: CampaignLookups, options: AttendanceRouteOptions): CommandRoute[] => {
  const mappers: Record<string, Mapper<AttendanceCommand>> = {
    RecordAttendance: toRecordAttendance(lookups),
    CheckInWithCode: toCheckInWithCode(lookups, options),
    ...toCorrectionCommand,
  };
  return Object.entries(mappers).map(([type, map]) =>
    commandRoute({
      type,
      streamType: ATTENDANCE_STREAM_TYPE,
      decider: attendanceDecider,
      streamIdOf: (envelope: CommandEnvelope) => attendanceStreamId(requiredString(envelope.payload, 'shiftId')),
      toCommand: (envelope: CommandEnvelope) => map(envelope.payload, envelope),
      // A busy shift's attendance grows with every upload; snapshots keep loading it cheap.
      // v3: the record index holds each record's content key, not only its volunteer.
      snapshot: { every: 200, schema: 'attendance-v3' },
    }),
  );
};
