import { ATTENDANCE_KINDS, ATTENDANCE_METHODS, type AttendanceRecord } from '@tn/campaigns-contracts';
import { forbiddenError, illegalStateError, notFoundError, validationError } from '../common/errors';
import { instantOf, requireIsoDateTime, requireNotAhead, requireOneOf, requireText } from '../common/rules';
import { contentKeyOf, contentKeyOfRecord, volunteerOfRecord } from './attendance.record-index';
import type { RequestAttendanceCorrection, ShiftTimes } from './attendance.commands';
import type { AttendanceCorrection, AttendanceState } from './attendance.types';

/** Each record well formed; `prefix` names it in the payload (`records.3.`). Returns it without extra fields. */
export function requireRecord(record: AttendanceRecord, prefix: string): AttendanceRecord {
  requireText(record?.recordId, 'ATTENDANCE.RECORD_ID_REQUIRED', `${prefix}recordId`, 'a record id');
  requireText(record.volunteerId, 'ATTENDANCE.VOLUNTEER_REQUIRED', `${prefix}volunteerId`, 'a volunteer');
  requireOneOf(record.kind, ATTENDANCE_KINDS, 'ATTENDANCE.KIND_UNKNOWN', `${prefix}kind`);
  requireIsoDateTime(record.at, `${prefix}at`);
  requireOneOf(record.method, ATTENDANCE_METHODS, 'ATTENDANCE.METHOD_UNKNOWN', `${prefix}method`);
  const { recordId, volunteerId, kind, at, method } = record;
  return { recordId, volunteerId, kind, at, method };
}

/** The content key of the record the shift holds under this id (uploaded, or added by a correction not rejected); undefined when none. */
export function heldContentKey(state: AttendanceState, recordId: string): string | undefined {
  const uploaded = contentKeyOfRecord(state.records, recordId);
  if (uploaded !== undefined) return uploaded;
  for (const correction of Object.values(state.corrections)) {
    if (correction.status === 'rejected') continue;
    const added = correction.addRecords.find((record) => record.recordId === recordId);
    if (added) return contentKeyOf(added);
  }
  return undefined;
}

/** Whether the shift holds a record with this id. */
export const holdsRecord = (state: AttendanceState, recordId: string): boolean => heldContentKey(state, recordId) !== undefined;

/**
 * How far outside its shift a record may be: the hour before (arriving, setting up) and the hour
 * after (clearing up), as a shift's check-in codes are. A 4-hour shift credits at most 6 hours.
 */
export const ATTENDANCE_MARGIN_MS = 60 * 60 * 1000;

/** A device's record lies within its shift (with the margin) and is not later than the upload. */
export function requireRecordTime(record: AttendanceRecord, shift: ShiftTimes, uploadedAt: string, field: string): void {
  const from = instantOf(shift.startsAt) - ATTENDANCE_MARGIN_MS;
  const until = instantOf(shift.endsAt) + ATTENDANCE_MARGIN_MS;
  const at = instantOf(record.at);
  if (at < from || at > until) {
    throw validationError(
      'ATTENDANCE.OUTSIDE_SHIFT',
      field,
      `${record.at} is outside the shift (${shift.startsAt} to ${shift.endsAt}, with an hour either side)`,
      {
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
      },
    );
  }
  requireNotAhead(record.at, uploadedAt, 'ATTENDANCE.TIME_AHEAD', field);
}

/** A correction of one volunteer's records, with a reason, that voids or adds something. */
export function requireCorrection(command: RequestAttendanceCorrection, state: AttendanceState): AttendanceRecord[] {
  requireText(command.correctionId, 'ATTENDANCE.CORRECTION_ID_REQUIRED', 'correctionId', 'a correction id');
  requireText(command.volunteerId, 'ATTENDANCE.VOLUNTEER_REQUIRED', 'volunteerId', 'a volunteer');
  requireText(command.reason, 'ATTENDANCE.CORRECTION_REASON_REQUIRED', 'reason', 'a reason for the correction');
  requireText(command.requestedBy, 'ATTENDANCE.REQUESTER_REQUIRED', 'requestedBy', 'a requester');
  requireIsoDateTime(command.requestedAt, 'requestedAt');
  const voids = Array.isArray(command.voidRecordIds) ? command.voidRecordIds : [];
  const adds: AttendanceRecord[] = Array.isArray(command.addRecords) ? command.addRecords : [];
  if (voids.length + adds.length === 0) throw validationError('ATTENDANCE.CORRECTION_EMPTY', 'addRecords', 'a correction voids or adds records');
  voids.forEach((recordId, index) => {
    if (volunteerOfRecord(state.records, recordId) !== command.volunteerId) {
      throw notFoundError('ATTENDANCE.RECORD_NOT_FOUND', `no record ${recordId} of volunteer ${command.volunteerId}`, {
        recordId,
        field: `voidRecordIds.${index}`,
      });
    }
  });
  return adds.map((record, index) => {
    const added = requireRecord(record, `addRecords.${index}.`);
    if (added.volunteerId !== command.volunteerId) {
      throw validationError('ATTENDANCE.CORRECTION_OTHER_VOLUNTEER', `addRecords.${index}.volunteerId`, 'a correction concerns one volunteer');
    }
    requireNotAhead(added.at, command.requestedAt, 'ATTENDANCE.TIME_AHEAD', `addRecords.${index}.at`);
    if (holdsRecord(state, added.recordId) || adds.slice(0, index).some((other) => other?.recordId === added.recordId)) {
      throw validationError('ATTENDANCE.RECORD_EXISTS', `addRecords.${index}.recordId`, `record ${added.recordId} already exists`);
    }
    return added;
  });
}

/** A pending correction, decided by someone other than its requester. */
export function requirePendingCorrection(state: AttendanceState, correctionId: string, deciderId: string): AttendanceCorrection {
  const correction = state.corrections[correctionId];
  if (!correction) throw notFoundError('ATTENDANCE.CORRECTION_NOT_FOUND', `no correction ${correctionId}`, { correctionId });
  if (correction.status !== 'pending') {
    throw illegalStateError('ATTENDANCE.CORRECTION_DECIDED', `correction ${correctionId} is already ${correction.status}`, {
      correctionId,
      status: correction.status,
    });
  }
  if (deciderId === correction.requestedBy) {
    throw forbiddenError('ATTENDANCE.SELF_APPROVAL', 'a correction is decided by someone other than its requester', { correctionId });
  }
  return correction;
}
