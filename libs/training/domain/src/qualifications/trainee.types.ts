import type { QualificationRecord, TraineePersonKind } from '@tn/training-contracts';

/** How a record came about. */
export type QualificationRecordOrigin = 'course-completed' | 'course-led' | 'prior-recognition';

/** One qualification record of the person, as granted (terms fixed) and, once revoked, from when. */
export type TraineeRecord = QualificationRecord & {
  personKind: TraineePersonKind;
  kindRevision: number;
  origin: QualificationRecordOrigin;
  courseId?: string;
  renewsRecordId?: string;
};

/** A person's records in the order they were added. */
export interface TraineeState {
  records: readonly TraineeRecord[];
}

export const recordOf = (state: TraineeState, recordId: string): TraineeRecord | undefined => state.records.find((record) => record.recordId === recordId);
