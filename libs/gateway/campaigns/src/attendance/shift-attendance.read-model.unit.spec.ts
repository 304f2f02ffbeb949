import { evolveShiftAttendance, type ShiftAttendanceDoc } from './shift-attendance.read-model';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>) =>
  ({ type, data, streamId: 'attendance-sh', streamVersion: ++version, eventId: `e${version}` }) as never;
const recorded = (recordId: string, volunteerId: string, method: string) =>
  event('AttendanceRecorded', {
    shiftId: 'sh',
    recordId,
    volunteerId,
    kind: 'check-in',
    at: '2025-06-01T07:00:00+07:00',
    method,
    recordedBy: 'leader',
    uploadedAt: '2025-06-01T07:00:00+07:00',
  });
const fold = (events: Parameters<typeof evolveShiftAttendance>[1][]) =>
  events.reduce<ShiftAttendanceDoc | null>((doc, e) => evolveShiftAttendance(doc, e), null)!;

describe('shift attendance read model', () => {
  it('counts records by method and the volunteers who have any, and lists corrections with their decisions', () => {
    const doc = fold([
      recorded('r1', 'v1', 'team-leader'),
      recorded('r2', 'v1', 'qr-code'),
      recorded('r3', 'v2', 'qr-code'),
      event('AttendanceCorrectionRequested', {
        shiftId: 'sh',
        correctionId: 'c1',
        volunteerId: 'v2',
        voidRecordIds: ['r3'],
        addRecords: [],
        reason: 'quét nhầm',
        requestedBy: 'v2-account',
        requestedAt: '2025-06-01T12:00:00+07:00',
      }),
      event('AttendanceCorrectionRejected', {
        shiftId: 'sh',
        correctionId: 'c1',
        volunteerId: 'v2',
        rejectedBy: 'cadre',
        reason: 'đúng',
        rejectedAt: '2025-06-01T13:00:00+07:00',
      }),
    ]);
    expect(doc).toMatchObject({ shiftId: 'sh', recordCount: 3, qrCodeRecords: 2, volunteerIds: ['v1', 'v2'] });
    expect(doc.corrections).toEqual([
      expect.objectContaining({
        correctionId: 'c1',
        volunteerId: 'v2',
        status: 'rejected',
        decidedBy: 'cadre',
        decidedAt: '2025-06-01T13:00:00+07:00',
        rejectionReason: 'đúng',
      }),
    ]);
  });
});
