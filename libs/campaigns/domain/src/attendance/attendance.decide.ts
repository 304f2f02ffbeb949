import { assertNever, type Decider } from '@tn/shared-decider';
import { validationError } from '../common/errors';
import { requireIsoDateTime, requireText } from '../common/rules';
import type { AttendanceCommand, RecordAttendance, RequestAttendanceCorrection } from './attendance.commands';
import type { AttendanceEvent } from './attendance.events';
import { evolveAttendance, initialAttendance } from './attendance.evolve';
import { contentKeyOf } from './attendance.record-index';
import { heldContentKey, requireCorrection, requirePendingCorrection, requireRecord, requireRecordTime } from './attendance.rules';
import type { AttendanceState } from './attendance.types';

/**
 * Records the batch's new records only: a record already held, or repeated within the batch, adds
 * nothing. A malformed record, one outside its shift or later than the upload, or a record id
 * already used for other content (ATTENDANCE.RECORD_CONFLICT) refuses the whole batch (nothing is
 * written), naming the record.
 */
function record(command: RecordAttendance, state: AttendanceState): AttendanceEvent[] {
  const { shiftId, recordedBy, uploadedAt, shiftTimes } = command;
  requireText(recordedBy, 'ATTENDANCE.RECORDER_REQUIRED', 'recordedBy', 'who uploads the records');
  requireIsoDateTime(uploadedAt, 'uploadedAt');
  if (!Array.isArray(command.records)) throw validationError('ATTENDANCE.RECORDS_REQUIRED', 'records', 'a list of records is required');
  const records = command.records.map((input, index) => requireRecord(input, `records.${index}.`));
  const seen = new Map<string, string>();
  const events: AttendanceEvent[] = [];
  records.forEach((record, index) => {
    const { recordId, volunteerId, kind, at, method } = record;
    const key = contentKeyOf(record);
    const held = seen.get(recordId) ?? heldContentKey(state, recordId);
    if (held !== undefined) {
      if (held === key) return;
      throw validationError('ATTENDANCE.RECORD_CONFLICT', `records.${index}.recordId`, `record ${recordId} is already held with other content`, { recordId });
    }
    requireRecordTime(record, shiftTimes, uploadedAt, `records.${index}.at`);
    seen.set(recordId, key);
    events.push({ type: 'AttendanceRecorded', data: { shiftId, recordId, volunteerId, kind, at, method, recordedBy, uploadedAt } });
  });
  return events;
}

function requestCorrection(command: RequestAttendanceCorrection, state: AttendanceState): AttendanceEvent[] {
  if (state.corrections[command.correctionId]) return [];
  const addRecords = requireCorrection(command, state);
  const { shiftId, correctionId, volunteerId, voidRecordIds, reason, requestedBy, requestedAt } = command;
  return [
    {
      type: 'AttendanceCorrectionRequested',
      data: { shiftId, correctionId, volunteerId, voidRecordIds: voidRecordIds ?? [], addRecords, reason, requestedBy, requestedAt },
    },
  ];
}

function decideAttendance(command: AttendanceCommand, state: AttendanceState): AttendanceEvent[] {
  switch (command.type) {
    case 'RecordAttendance':
      return record(command, state);
    case 'RequestAttendanceCorrection':
      return requestCorrection(command, state);
    case 'ApproveAttendanceCorrection': {
      const { shiftId, correctionId, approvedBy, approvedAt } = command;
      if (state.corrections[correctionId]?.status === 'approved') return [];
      requireText(approvedBy, 'ATTENDANCE.APPROVER_REQUIRED', 'approvedBy', 'an approver');
      const { volunteerId } = requirePendingCorrection(state, correctionId, approvedBy);
      requireIsoDateTime(approvedAt, 'approvedAt');
      return [{ type: 'AttendanceCorrectionApproved', data: { shiftId, correctionId, volunteerId, approvedBy, approvedAt } }];
    }
    case 'RejectAttendanceCorrection': {
      const { shiftId, correctionId, rejectedBy, reason, rejectedAt } = command;
      requireText(rejectedBy, 'ATTENDANCE.APPROVER_REQUIRED', 'rejectedBy', 'who rejects');
      const { volunteerId } = requirePendingCorrection(state, correctionId, rejectedBy);
      requireText(reason, 'ATTENDANCE.REJECT_REASON_REQUIRED', 'reason', 'a reason');
      requireIsoDateTime(rejectedAt, 'rejectedAt');
      return [{ type: 'AttendanceCorrectionRejected', data: { shiftId, correctionId, volunteerId, rejectedBy, reason, rejectedAt } }];
    }
    default:
      return assertNever(command);
  }
}

/**
 * A shift's attendance (one stream per shift): idempotent by client record id and
 * order-independent, because hours are computed from all records, not from arrival order.
 */
export const attendanceDecider: Decider<AttendanceCommand, AttendanceEvent, AttendanceState> = {
  initialState: initialAttendance,
  decide: decideAttendance,
  evolve: evolveAttendance,
};
