import { checkInKeyFrom, checkInWindowOf, signCheckInCode } from '@tn/campaigns-contracts';
import { attendanceStreamId, type ShiftState } from '@tn/campaigns-domain';
import { attendanceRoutes, qrRecordIdOf } from './attendance-routes';
import { commandBy, commandOf, failureOf, fixedLookups, routeOf, streamOf } from './routes.test-fixtures';

const checkInKey = checkInKeyFrom(Buffer.from('a token secret of at least thirty-two bytes', 'utf8'));
const shift: ShiftState = {
  status: 'scheduled',
  shiftId: 's-1',
  activityId: 'a-1',
  role: { roleId: 'builder', name: 'Làm đường', requiredSkills: [], requiresApproval: false },
  startsAt: '2026-07-01T07:00:00+07:00',
  endsAt: '2026-07-01T11:00:00+07:00',
  capacity: 2,
  waitlist: true,
  confirmed: ['v-1'],
  waitlisted: ['v-2'],
  pending: [],
};
let now = new Date('2026-07-01T07:00:00+07:00');
beforeEach(() => {
  now = new Date('2026-07-01T07:00:00+07:00');
});
const routes = attendanceRoutes(fixedLookups({ shiftStates: { 's-1': shift } }), { checkInKey, now: () => now });
const route = (type: string) => routeOf(routes, type);
const record = { recordId: 'r-1', volunteerId: 'v-1', kind: 'check-in', at: '2026-07-01T07:02:00+07:00', method: 'team-leader' };
const code = signCheckInCode(checkInWindowOf(shift), checkInKey);
const scan = { shiftId: 's-1', code, volunteerId: 'v-1', kind: 'check-in', at: '2026-07-01T06:55:00+07:00', uploadedAt: '2026-07-01T06:55:03+07:00' };

describe('attendance routes', () => {
  it('routes uploads, scans and corrections to the shift attendance stream', () => {
    expect(routes.map((r) => r.definition.type).sort()).toEqual([
      'ApproveAttendanceCorrection',
      'CheckInWithCode',
      'RecordAttendance',
      'RejectAttendanceCorrection',
      'RequestAttendanceCorrection',
    ]);
    const payloads: Record<string, Record<string, unknown>> = {
      RecordAttendance: { shiftId: 's-1', records: [record] },
      CheckInWithCode: scan,
      RequestAttendanceCorrection: { shiftId: 's-1', correctionId: 'c-1', volunteerId: 'v-1', voidRecordIds: ['r-1'], reason: 'quên quét mã' },
      ApproveAttendanceCorrection: { shiftId: 's-1', correctionId: 'c-1' },
      RejectAttendanceCorrection: { shiftId: 's-1', correctionId: 'c-1', reason: 'đúng rồi' },
    };
    for (const r of routes) expect(streamOf(r, payloads[r.definition.type] ?? {})).toBe(attendanceStreamId('s-1'));
  });

  it("records the actor as the recorder and the envelope's time as the upload's, never payload fields, with the shift's times; names a malformed record by its index", async () => {
    const payload = { shiftId: 's-1', records: [record], recordedBy: 'someone-else', uploadedAt: '2030-07-01T12:00:00+07:00' };
    expect(await commandBy('leader-1', route('RecordAttendance'), payload)).toEqual({
      type: 'RecordAttendance',
      shiftId: 's-1',
      records: [record],
      recordedBy: 'leader-1',
      uploadedAt: '2026-06-01T00:00:00.000Z',
      shiftTimes: { startsAt: shift.startsAt, endsAt: shift.endsAt },
    });
    expect(await failureOf(() => commandOf(route('RecordAttendance'), { ...payload, shiftId: 's-unknown' }))).toMatchObject({ code: 'SHIFT.NOT_FOUND' });
    const { at: _at, ...noTime } = record;
    expect(await failureOf(() => commandOf(route('RecordAttendance'), { ...payload, records: [record, noTime] }))).toMatchObject({
      field: 'records.1.at',
    });
  });

  it('records a confirmed volunteer’s scan of the shift code as one QR record, its id made from the volunteer, the code and the kind', async () => {
    const recordId = qrRecordIdOf('v-1', code, 'check-in');
    expect(await commandBy('account-v-1', route('CheckInWithCode'), { ...scan, method: 'team-leader' })).toEqual({
      type: 'RecordAttendance',
      shiftId: 's-1',
      records: [{ recordId, volunteerId: 'v-1', kind: 'check-in', at: '2026-07-01T06:55:00+07:00', method: 'qr-code' }],
      recordedBy: 'account-v-1',
      uploadedAt: '2026-06-01T00:00:00.000Z',
      shiftTimes: { startsAt: shift.startsAt, endsAt: shift.endsAt },
    });
    // Scanned again (another phone id, another minute): the same record; a check-out is another.
    const again = await commandOf(route('CheckInWithCode'), { ...scan, at: '2026-07-01T06:57:00+07:00' });
    expect((again as { records: { recordId: string }[] }).records[0]!.recordId).toBe(recordId);
    expect(qrRecordIdOf('v-1', code, 'check-out')).not.toBe(recordId);
    expect(qrRecordIdOf('v-2', code, 'check-in')).not.toBe(recordId);
  });

  it('refuses a scan with a forged or another shift’s code, outside the window, or by a volunteer without a confirmed place', async () => {
    const check = (payload: Record<string, unknown>) => failureOf(() => commandOf(route('CheckInWithCode'), payload));
    const otherShift = signCheckInCode(checkInWindowOf({ ...shift, shiftId: 's-2' }), checkInKey);
    const forged = signCheckInCode(checkInWindowOf(shift), checkInKeyFrom(Buffer.from('a guessed secret of at least thirty-two bytes')));
    expect(await check({ ...scan, code: otherShift })).toMatchObject({ code: 'CHECK_IN.CODE_INVALID', field: 'code' });
    expect(await check({ ...scan, code: forged })).toMatchObject({ code: 'CHECK_IN.CODE_INVALID' });
    expect(await check({ ...scan, at: '2026-07-01T12:30:00+07:00' })).toMatchObject({ code: 'CHECK_IN.OUTSIDE_WINDOW', field: 'at' });
    expect(await check({ ...scan, volunteerId: 'v-2' })).toMatchObject({ code: 'CHECK_IN.NOT_CONFIRMED' });
    // A check-out "scanned" at 10:00 but sent at 07:00 is refused; sent (offline) that afternoon, it is taken; the next day the code has expired.
    const checkOut = { ...scan, kind: 'check-out', at: '2026-07-01T10:00:00+07:00' };
    expect(await check(checkOut)).toMatchObject({ code: 'CHECK_IN.TIME_AHEAD', field: 'at' });
    now = new Date('2026-07-01T16:00:00+07:00');
    expect(await commandOf(route('CheckInWithCode'), checkOut)).toMatchObject({ type: 'RecordAttendance' });
    now = new Date('2026-07-02T09:00:00+07:00');
    expect(await check(checkOut)).toMatchObject({ code: 'CHECK_IN.CODE_EXPIRED', field: 'code' });
  });

  it('takes the requester and the decider of a correction from the actor', async () => {
    const request = {
      shiftId: 's-1',
      correctionId: 'c-1',
      volunteerId: 'v-1',
      addRecords: [{ ...record, recordId: 'r-2', kind: 'check-out', method: 'qr-code' }],
      reason: 'quên quét mã',
      requestedAt: '2026-07-02T08:00:00+07:00',
      requestedBy: 'x',
    };
    expect(await commandBy('leader-1', route('RequestAttendanceCorrection'), request)).toEqual({
      type: 'RequestAttendanceCorrection',
      ...request,
      // A record a correction adds was entered by a person, whatever the payload claims.
      addRecords: [{ ...record, recordId: 'r-2', kind: 'check-out', method: 'team-leader' }],
      voidRecordIds: [],
      requestedBy: 'leader-1',
      requestedAt: '2026-06-01T00:00:00.000Z',
    });
    expect(await failureOf(() => commandOf(route('RequestAttendanceCorrection'), { ...request, addRecords: [{ recordId: 'r-3' }] }))).toMatchObject({
      field: 'addRecords.0.volunteerId',
    });
    expect(
      await commandBy('cadre-7', route('ApproveAttendanceCorrection'), { shiftId: 's-1', correctionId: 'c-1', approvedAt: '2026-07-02T09:00:00+07:00' }),
    ).toMatchObject({
      approvedBy: 'cadre-7',
      approvedAt: '2026-06-01T00:00:00.000Z',
    });
    expect(
      await commandBy('cadre-7', route('RejectAttendanceCorrection'), {
        shiftId: 's-1',
        correctionId: 'c-1',
        reason: 'đúng rồi',
        rejectedAt: '2026-07-02T09:00:00+07:00',
      }),
    ).toMatchObject({ rejectedBy: 'cadre-7', reason: 'đúng rồi', rejectedAt: '2026-06-01T00:00:00.000Z' });
  });
});
