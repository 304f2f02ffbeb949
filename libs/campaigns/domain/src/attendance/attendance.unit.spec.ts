import { type AttendanceRecord, effectiveRecords, hoursByVolunteer, hoursOf, pairAttendance } from '@tn/campaigns-contracts';
import { fold, given } from '@tn/shared-decider';
import type { AttendanceCommand, RecordAttendance } from './attendance.commands';
import { attendanceDecider } from './attendance.decide';
import { type AttendanceEvent, attendanceStreamId } from './attendance.events';

const rec = (recordId: string, volunteerId: string, kind: AttendanceRecord['kind'], time: string): AttendanceRecord => ({
  recordId,
  volunteerId,
  kind,
  at: `2026-07-01T${time}:00+07:00`,
  method: 'team-leader',
});
/** Morning batch: two volunteers in and out. Afternoon batch: v-1 again, v-2's late check-out. */
const morning = [rec('r1', 'v-1', 'check-in', '07:00'), rec('r2', 'v-1', 'check-out', '11:00'), rec('r3', 'v-2', 'check-in', '07:30')];
const afternoon = [rec('r4', 'v-1', 'check-in', '13:00'), rec('r5', 'v-1', 'check-out', '16:30'), rec('r6', 'v-2', 'check-out', '10:00')];
/** The shift the records belong to: 07:00 to 16:00 (records may fall an hour either side). */
const shiftTimes = { startsAt: '2026-07-01T07:00:00+07:00', endsAt: '2026-07-01T16:00:00+07:00' };
const upload = (records: AttendanceRecord[], uploadedAt = '2026-07-01T20:00:00+07:00'): RecordAttendance => ({
  type: 'RecordAttendance',
  shiftId: 's-1',
  records,
  recordedBy: 'leader-1',
  uploadedAt,
  shiftTimes,
});

/** The records that count after these events: as the read side computes them, from the records and corrections recorded. */
function countedRecords(events: AttendanceEvent[]): AttendanceRecord[] {
  const records = events.flatMap((event) => (event.type === 'AttendanceRecorded' ? [event.data] : []));
  return effectiveRecords(
    records.map(({ recordId, volunteerId, kind, at, method }) => ({ recordId, volunteerId, kind, at, method })),
    Object.values(fold(attendanceDecider, events).corrections),
  );
}

/** Applies commands in turn and returns the events and the records that count. */
function apply(commands: AttendanceCommand[]): { events: AttendanceEvent[]; records: AttendanceRecord[] } {
  const events = commands.reduce<AttendanceEvent[]>((all, command) => [...all, ...attendanceDecider.decide(command, fold(attendanceDecider, all))], []);
  return { events, records: countedRecords(events) };
}

describe('attendance and hours', () => {
  it('records each check-in and check-out once, in a stream per shift', () => {
    const [first, ...rest] = attendanceDecider.decide(upload(morning), attendanceDecider.initialState());
    expect(rest.map((event) => ('recordId' in event.data ? event.data.recordId : event.type))).toEqual(['r2', 'r3']);
    expect(first).toEqual({
      type: 'AttendanceRecorded',
      data: {
        shiftId: 's-1',
        recordId: 'r1',
        volunteerId: 'v-1',
        kind: 'check-in',
        at: '2026-07-01T07:00:00+07:00',
        method: 'team-leader',
        recordedBy: 'leader-1',
        uploadedAt: '2026-07-01T20:00:00+07:00',
      },
    });
    expect(attendanceStreamId('s-1')).toBe('attendance-s-1');
  });

  it('gives the same hours when the same batch is uploaded twice, and records nothing the second time', () => {
    const once = apply([upload(morning), upload(afternoon)]);
    const twice = apply([upload(morning), upload(morning), upload(afternoon), upload(afternoon)]);
    expect(twice.events).toHaveLength(6);
    given(attendanceDecider, once.events).when(upload(morning, '2026-07-02T08:00:00+07:00')).then([]);
    expect(hoursOf(twice.records)).toBe(hoursOf(once.records));
  });

  it('gives the same hours when the second batch arrives before the first', () => {
    const inOrder = apply([upload(morning), upload(afternoon)]);
    const reversed = apply([upload(afternoon), upload(morning)]);
    expect(hoursOf(reversed.records)).toBe(hoursOf(inOrder.records));
    expect(hoursByVolunteer(inOrder.records)).toEqual({ 'v-1': 7.5, 'v-2': 2.5 });
    expect(hoursByVolunteer(reversed.records)).toEqual({ 'v-1': 7.5, 'v-2': 2.5 });
  });

  it('keeps a check-out that arrives before its check-in, and pairs it once the check-in comes', () => {
    const early = apply([upload([rec('r6', 'v-2', 'check-out', '10:00')])]);
    expect(pairAttendance(early.records)).toEqual({ pairs: [], unpaired: [rec('r6', 'v-2', 'check-out', '10:00')] });
    const later = apply([upload([rec('r6', 'v-2', 'check-out', '10:00')]), upload([rec('r3', 'v-2', 'check-in', '07:30')])]);
    expect(pairAttendance(later.records).pairs.map((pair) => pair.minutes)).toEqual([150]);
  });

  it('leaves a check-in with no check-out unpaired instead of guessing its hours', () => {
    const records = [rec('a', 'v-1', 'check-in', '07:00'), rec('b', 'v-1', 'check-in', '08:00'), rec('c', 'v-1', 'check-out', '09:00')];
    expect(hoursOf(records)).toBe(1);
    expect(pairAttendance(records).unpaired.map((record) => record.recordId)).toEqual(['a']);
  });

  it('refuses a batch with a malformed record, naming it, and writes nothing', () => {
    const bad = [...morning, { ...rec('r9', 'v-3', 'check-in', '07:00'), at: '07:00' }];
    expect(given(attendanceDecider).when(upload(bad)).thenFails('DATE.INVALID').field).toBe('records.3.at');
  });

  it('changes hours only once a correction with a reason is approved by someone else', () => {
    const recorded = apply([upload(morning)]).events;
    const request: AttendanceCommand = {
      type: 'RequestAttendanceCorrection',
      shiftId: 's-1',
      correctionId: 'c-1',
      volunteerId: 'v-2',
      voidRecordIds: [],
      addRecords: [rec('r7', 'v-2', 'check-out', '11:30')],
      reason: 'quên quét mã khi về',
      requestedBy: 'leader-1',
      requestedAt: '2026-07-02T08:00:00+07:00',
    };
    given(attendanceDecider, recorded)
      .when({ ...request, reason: '' })
      .thenFails('ATTENDANCE.CORRECTION_REASON_REQUIRED');
    const requested = [...recorded, ...attendanceDecider.decide(request, fold(attendanceDecider, recorded))];
    expect(hoursByVolunteer(countedRecords(requested))).toEqual({ 'v-1': 4 });
    given(attendanceDecider, requested).when(request).then([]);
    const approve = { type: 'ApproveAttendanceCorrection', shiftId: 's-1', correctionId: 'c-1', approvedAt: '2026-07-02T09:00:00+07:00' } as const;
    given(attendanceDecider, requested)
      .when({ ...approve, approvedBy: 'leader-1' })
      .thenFails('ATTENDANCE.SELF_APPROVAL');
    const approved = given(attendanceDecider, requested)
      .when({ ...approve, approvedBy: 'cadre-7' })
      .then([
        {
          type: 'AttendanceCorrectionApproved',
          data: { shiftId: 's-1', correctionId: 'c-1', volunteerId: 'v-2', approvedBy: 'cadre-7', approvedAt: '2026-07-02T09:00:00+07:00' },
        },
      ]);
    expect(hoursByVolunteer(countedRecords([...requested, ...approved]))).toEqual({ 'v-1': 4, 'v-2': 4 });
  });

  it('voids records through an approved correction, and refuses voiding a record the volunteer does not have', () => {
    const recorded = apply([upload([...morning, ...afternoon])]).events;
    const voidAfternoon: AttendanceCommand = {
      type: 'RequestAttendanceCorrection',
      shiftId: 's-1',
      correctionId: 'c-2',
      volunteerId: 'v-1',
      voidRecordIds: ['r4', 'r5'],
      addRecords: [],
      reason: 'không tham gia buổi chiều',
      requestedBy: 'leader-1',
      requestedAt: '2026-07-02T08:00:00+07:00',
    };
    const approve: AttendanceCommand = {
      type: 'ApproveAttendanceCorrection',
      shiftId: 's-1',
      correctionId: 'c-2',
      approvedBy: 'cadre-7',
      approvedAt: '2026-07-02T09:00:00+07:00',
    };
    const { records } = apply([upload([...morning, ...afternoon]), voidAfternoon, approve]);
    expect(hoursByVolunteer(records)).toEqual({ 'v-1': 4, 'v-2': 2.5 });
    given(attendanceDecider, recorded)
      .when({ ...voidAfternoon, voidRecordIds: ['r3'] })
      .thenFails('ATTENDANCE.RECORD_NOT_FOUND');
  });

  it('rejects a correction with a reason, naming its volunteer, and leaves the hours alone', () => {
    const recorded = apply([upload(morning)]).events;
    const request: AttendanceCommand = {
      type: 'RequestAttendanceCorrection',
      shiftId: 's-1',
      correctionId: 'c-3',
      volunteerId: 'v-1',
      voidRecordIds: ['r1'],
      addRecords: [],
      reason: 'nhầm người',
      requestedBy: 'leader-1',
      requestedAt: '2026-07-02T08:00:00+07:00',
    };
    const requested = [...recorded, ...attendanceDecider.decide(request, fold(attendanceDecider, recorded))];
    const reject = {
      type: 'RejectAttendanceCorrection',
      shiftId: 's-1',
      correctionId: 'c-3',
      rejectedBy: 'cadre-7',
      rejectedAt: '2026-07-02T09:00:00+07:00',
    } as const;
    given(attendanceDecider, requested)
      .when({ ...reject, reason: ' ' })
      .thenFails('ATTENDANCE.REJECT_REASON_REQUIRED');
    const rejected = given(attendanceDecider, requested)
      .when({ ...reject, reason: 'bản ghi đúng' })
      .then([
        {
          type: 'AttendanceCorrectionRejected',
          data: {
            shiftId: 's-1',
            correctionId: 'c-3',
            volunteerId: 'v-1',
            rejectedBy: 'cadre-7',
            reason: 'bản ghi đúng',
            rejectedAt: '2026-07-02T09:00:00+07:00',
          },
        },
      ]);
    expect(hoursByVolunteer(countedRecords([...requested, ...rejected]))).toEqual({ 'v-1': 4 });
    given(attendanceDecider, [...requested, ...rejected])
      .when({ ...reject, reason: 'again' })
      .thenFails('ATTENDANCE.CORRECTION_DECIDED');
  });

  it('keeps every record id of a large shift (across index chunks), including ids that name object properties', () => {
    const many = Array.from({ length: 1_300 }, (_, i) => rec(`r-${i}`, `v-${i % 7}`, i % 2 ? 'check-out' : 'check-in', '08:00'));
    const state = fold(attendanceDecider, apply([upload(many)]).events);
    expect(state.records.length).toBe(3);
    // Uploading the whole shift again, with one new record among them, records only the new one.
    expect(
      attendanceDecider
        .decide(upload([...many, rec('constructor', 'v-1', 'check-in', '09:00')]), state)
        .map((event) => ('recordId' in event.data ? event.data.recordId : '')),
    ).toEqual(['constructor']);
    // A correction voiding another volunteer's record is refused, in whichever chunk it is.
    given(attendanceDecider, apply([upload(many)]).events)
      .when({
        type: 'RequestAttendanceCorrection',
        shiftId: 's-1',
        correctionId: 'c-9',
        volunteerId: 'v-1',
        voidRecordIds: ['r-1290'],
        addRecords: [],
        reason: 'x',
        requestedBy: 'leader-1',
        requestedAt: '2026-07-02T08:00:00+07:00',
      })
      .thenFails('ATTENDANCE.RECORD_NOT_FOUND');
  });

  it('holds the ids of records a correction added: a later upload or correction cannot reuse them', () => {
    const request: AttendanceCommand = {
      type: 'RequestAttendanceCorrection',
      shiftId: 's-1',
      correctionId: 'c-5',
      volunteerId: 'v-2',
      voidRecordIds: [],
      addRecords: [rec('r8', 'v-2', 'check-out', '11:00')],
      reason: 'quên quét mã',
      requestedBy: 'leader-1',
      requestedAt: '2026-07-02T08:00:00+07:00',
    };
    const history = apply([upload(morning), request]).events;
    expect(attendanceDecider.decide(upload([rec('r8', 'v-2', 'check-out', '11:00')]), fold(attendanceDecider, history))).toEqual([]);
    given(attendanceDecider, history)
      .when(upload([rec('r8', 'v-2', 'check-out', '12:00')]))
      .thenFails('ATTENDANCE.RECORD_CONFLICT');
    given(attendanceDecider, history)
      .when({ ...request, correctionId: 'c-6' })
      .thenFails('ATTENDANCE.RECORD_EXISTS');
    given(attendanceDecider, apply([upload(morning)]).events)
      .when({ ...request, addRecords: [rec('r9', 'v-2', 'check-out', '11:00'), rec('r9', 'v-2', 'check-out', '11:30')] })
      .thenFails('ATTENDANCE.RECORD_EXISTS');
  });

  it('refuses a record outside its shift (with an hour either side) or later than the upload, naming it', () => {
    const outside = given(attendanceDecider)
      .when(upload([rec('r1', 'v-1', 'check-in', '07:00'), rec('r2', 'v-1', 'check-out', '23:00')]))
      .thenFails('ATTENDANCE.OUTSIDE_SHIFT');
    expect([outside.field, outside.details]).toEqual(['records.1.at', shiftTimes]);
    given(attendanceDecider)
      .when(upload([rec('r1', 'v-1', 'check-in', '05:59')]))
      .thenFails('ATTENDANCE.OUTSIDE_SHIFT');
    expect(
      attendanceDecider.decide(upload([rec('r1', 'v-1', 'check-in', '06:00'), rec('r2', 'v-1', 'check-out', '17:00')]), attendanceDecider.initialState()),
    ).toHaveLength(2);
    const ahead = given(attendanceDecider)
      .when(upload([rec('r1', 'v-1', 'check-in', '07:00'), rec('r2', 'v-1', 'check-out', '11:00')], '2026-07-01T09:00:00+07:00'))
      .thenFails('ATTENDANCE.TIME_AHEAD');
    expect(ahead.field).toBe('records.1.at');
  });

  it('credits a shift of 07:00 to 16:00 at most 11 hours, however the records are spread', () => {
    const { records } = apply([upload([rec('r1', 'v-1', 'check-in', '06:00'), rec('r2', 'v-1', 'check-out', '17:00')])]);
    expect(hoursByVolunteer(records)).toEqual({ 'v-1': 11 });
  });

  it('refuses a record id already used for other content, within a batch or across uploads; the same record again is a no-op', () => {
    const recorded = apply([upload(morning)]).events;
    const conflict = given(attendanceDecider, recorded)
      .when(upload([{ ...morning[1]!, at: '2026-07-01T12:00:00+07:00' }]))
      .thenFails('ATTENDANCE.RECORD_CONFLICT');
    expect([conflict.field, conflict.details]).toEqual(['records.0.recordId', { recordId: 'r2' }]);
    given(attendanceDecider, recorded)
      .when(upload([{ ...morning[1]!, volunteerId: 'v-9' }]))
      .thenFails('ATTENDANCE.RECORD_CONFLICT');
    given(attendanceDecider)
      .when(upload([rec('r1', 'v-1', 'check-in', '07:00'), rec('r1', 'v-1', 'check-out', '11:00')]))
      .thenFails('ATTENDANCE.RECORD_CONFLICT');
    // The same instant spelt in another zone is the same record.
    given(attendanceDecider, recorded)
      .when(upload([{ ...morning[1]!, at: '2026-07-01T04:00:00Z' }]))
      .then([]);
  });

  it('treats a second QR scan of the same code (same service-made id) as the same record, whatever its time', () => {
    const scan = (time: string): AttendanceRecord => ({ ...rec('qr-v-1-code-in', 'v-1', 'check-in', time), method: 'qr-code' });
    const first = apply([upload([scan('07:00')])]).events;
    given(attendanceDecider, first)
      .when(upload([scan('07:05')]))
      .then([]);
  });

  it('refuses a correction adding a record later than the request', () => {
    const recorded = apply([upload(morning)]).events;
    const request: AttendanceCommand = {
      type: 'RequestAttendanceCorrection',
      shiftId: 's-1',
      correctionId: 'c-7',
      volunteerId: 'v-2',
      voidRecordIds: [],
      addRecords: [rec('r7', 'v-2', 'check-out', '11:30')],
      reason: 'quên quét mã',
      requestedBy: 'leader-1',
      requestedAt: '2026-07-01T09:00:00+07:00',
    };
    expect(given(attendanceDecider, recorded).when(request).thenFails('ATTENDANCE.TIME_AHEAD').field).toBe('addRecords.0.at');
  });
});
