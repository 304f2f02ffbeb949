import type { EventTypeDefinition } from '@tn/shared-event-contracts';

const correction = { shiftId: 'non-empty-string', correctionId: 'non-empty-string', volunteerId: 'non-empty-string' } as const;

/** Attendance (one stream per shift): check-in/out records by client id, and corrections. */
export const attendanceEventTypes: EventTypeDefinition[] = [
  {
    type: 'AttendanceRecorded',
    version: 1,
    schema: {
      shiftId: 'non-empty-string',
      recordId: 'non-empty-string',
      volunteerId: 'non-empty-string',
      kind: 'non-empty-string',
      at: 'iso-datetime',
      method: 'non-empty-string',
      recordedBy: 'non-empty-string',
      uploadedAt: 'iso-datetime',
    },
  },
  {
    type: 'AttendanceCorrectionRequested',
    version: 1,
    schema: {
      ...correction,
      voidRecordIds: 'string-array',
      /** `[{ recordId, volunteerId, kind, at, method }]` */
      addRecords: 'any',
      reason: 'non-empty-string',
      requestedBy: 'non-empty-string',
      requestedAt: 'iso-datetime',
    },
  },
  { type: 'AttendanceCorrectionApproved', version: 1, schema: { ...correction, approvedBy: 'non-empty-string', approvedAt: 'iso-datetime' } },
  {
    type: 'AttendanceCorrectionRejected',
    version: 1,
    schema: { ...correction, rejectedBy: 'non-empty-string', reason: 'non-empty-string', rejectedAt: 'iso-datetime' },
  },
];
