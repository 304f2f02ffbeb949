import { assertNever } from '@tn/shared-decider';
import type { TraineeEvent } from './trainee.events';
import type { QualificationRecordOrigin, TraineeRecord, TraineeState } from './trainee.types';

export const initialTrainee = (): TraineeState => ({ records: [] });

type RecordEvent = Extract<TraineeEvent, { type: 'QualificationGranted' | 'QualificationRenewed' | 'PriorQualificationRecognised' }>;

function recordFrom(event: RecordEvent, origin: QualificationRecordOrigin): TraineeRecord {
  const { recordId, kindId, personKind, kindRevision, grantedOn, validUntil, renewalWindowMonths } = event.data;
  const record: TraineeRecord = { recordId, kindId, personKind, kindRevision, grantedOn, validUntil, renewalWindowMonths, origin };
  if ('courseId' in event.data) record.courseId = event.data.courseId;
  if ('renewsRecordId' in event.data) record.renewsRecordId = event.data.renewsRecordId;
  return record;
}

const added = (state: TraineeState, record: TraineeRecord): TraineeState => ({ records: [...state.records, record] });

export function evolveTrainee(state: TraineeState, event: TraineeEvent): TraineeState {
  switch (event.type) {
    case 'QualificationGranted':
      return added(state, recordFrom(event, 'course-completed'));
    case 'QualificationRenewed':
      return added(state, recordFrom(event, event.data.basis));
    case 'PriorQualificationRecognised':
      return added(state, recordFrom(event, 'prior-recognition'));
    case 'QualificationRevoked': {
      const revoked = new Set(event.data.revokedRecordIds);
      return { records: state.records.map((record) => (revoked.has(record.recordId) ? { ...record, revokedOn: event.data.revokedOn } : record)) };
    }
    default:
      return assertNever(event);
  }
}
