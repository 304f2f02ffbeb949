import type { CorrectionStatus } from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import type { AttendanceEvent } from './attendance.events';
import { contentKeyOf, withRecord } from './attendance.record-index';
import type { AttendanceCorrection, AttendanceState } from './attendance.types';

export const initialAttendance = (): AttendanceState => ({ records: [], corrections: {} });

function settle(state: AttendanceState, correctionId: string, status: CorrectionStatus): AttendanceState {
  const correction = state.corrections[correctionId];
  if (!correction) return state;
  return { ...state, corrections: { ...state.corrections, [correctionId]: { ...correction, status } } };
}

export function evolveAttendance(state: AttendanceState, event: AttendanceEvent): AttendanceState {
  switch (event.type) {
    case 'AttendanceRecorded': {
      const records = withRecord(state.records, event.data.recordId, contentKeyOf(event.data));
      return records === state.records ? state : { ...state, records };
    }
    case 'AttendanceCorrectionRequested': {
      const { correctionId, volunteerId, voidRecordIds, addRecords, reason, requestedBy } = event.data;
      const correction: AttendanceCorrection = { correctionId, volunteerId, voidRecordIds, addRecords, reason, requestedBy, status: 'pending' };
      return { ...state, corrections: { ...state.corrections, [correctionId]: correction } };
    }
    case 'AttendanceCorrectionApproved':
      return settle(state, event.data.correctionId, 'approved');
    case 'AttendanceCorrectionRejected':
      return settle(state, event.data.correctionId, 'rejected');
    default:
      return assertNever(event);
  }
}
