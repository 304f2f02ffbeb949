import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// QR self check-in and attendance corrections through real servers: GraphQL → Kafka → campaigns
// service → events → gateway read models → GraphQL.
describe('QR check-in and attendance corrections through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('attendance e2e');
  const run = randomUUID().slice(0, 6);
  // A scan is taken now, in the code's window (an hour before the shift starts): the shift starts
  // in 30 minutes, so sign-ups still come before it. Times are whole minutes after \`base\`.
  const base = Math.floor(Date.now() / 60_000) * 60_000;
  const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
  const Y = new Date(base).getUTCFullYear();
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const commune = id('ta-van');
  const manager = tokenFor([{ role: 'unit-manager', unitId: commune }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  const mutate = (query: string, consistency: string[] = [], token = admin) => mutateWith(query, { token, consistency });
  const volunteerToken = (volunteerId: string) => tokenFor([], { kind: 'volunteer', personId: volunteerId });
  const [present, forgetful, stranger] = [id('vol-a'), id('vol-b'), id('vol-c')];
  const shiftId = id('shift');
  let ready: string[] = [];

  const hoursOf = async (volunteerId: string, consistency: string[]) => {
    const result = await gql(`{ myHours { totalHours } }`, { token: volunteerToken(volunteerId), consistency });
    expect(result.errors).toBeUndefined();
    return (result.data!['myHours'] as { totalHours: number }).totalHours;
  };
  /** Whole minutes from the current minute (a scan's time is checked against the service's clock). */
  const fromNow = (minutes: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + minutes * 60_000).toISOString();
  const scan = (volunteerId: string, code: string, kind: string, time: string) =>
    gql(`mutation { checkInWithCode(input: { code: "${code}", kind: "${kind}", at: "${time}" }) { consistencyToken } }`, {
      token: volunteerToken(volunteerId),
    });

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true });
    const provinceToken = await mutate(`mutation { createUnit(input: ${unitInput(id('lao-cai'), 'Tỉnh đoàn Lào Cai', null)}) { consistencyToken } }`);
    const unitToken = await mutate(`mutation { createUnit(input: ${unitInput(commune, 'Đoàn xã Tả Van', id('lao-cai'))}) { consistencyToken } }`, [
      provinceToken,
    ]);
    const registered = [unitToken];
    for (const [index, volunteerId] of [present, forgetful, stranger].entries()) {
      registered.push(
        await mutate(
          `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "Tình nguyện viên ${index + 1}", dateOfBirth: "2001-05-0${index + 1}", phone: "097700000${index}", email: "qr${index}.${run}@example.vn", homeUnitId: "${commune}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
          [unitToken],
        ),
      );
    }
    const proposed = await mutate(
      `mutation { proposeActivity(input: { activityId: "${id('clean-up')}", name: "Dọn vệ sinh bản", organiserUnitId: "${commune}", domains: ["environment-climate-change"], location: { unitId: "${commune}" }, responsibleCadreId: "${id('cadre')}", initiator: "union", proposedOn: "${Y}-01-01" }) { consistencyToken } }`,
      [unitToken],
    );
    const scheduled = await mutate(
      `mutation { scheduleShift(input: { shiftId: "${shiftId}", activityId: "${id('clean-up')}", role: { roleId: "don-dep", name: "Dọn dẹp" }, startsAt: "${at(30)}", endsAt: "${at(270)}", capacity: 10, waitlist: false }) { consistencyToken } }`,
      [proposed],
    );
    let last = scheduled;
    for (const volunteerId of [present, forgetful]) {
      last = await mutate(
        `mutation { signUpForShift(input: { shiftId: "${shiftId}" }) { consistencyToken } }`,
        [last, ...registered],
        volunteerToken(volunteerId),
      );
    }
    ready = [last];
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('records a confirmed volunteer’s QR scans once each, and refuses forged codes, strangers, cadres and scans outside the window', async () => {
    const codeResult = await gql(`{ shiftCheckInCode(shiftId: "${shiftId}") { shiftId code validFrom validUntil } }`, { token: manager, consistency: ready });
    expect(codeResult.errors).toBeUndefined();
    const { code, validFrom, validUntil } = codeResult.data!['shiftCheckInCode'] as { code: string; validFrom: string; validUntil: string };
    // Good for a quarter of an hour at a time (the console asks again): a photo of it is no use later.
    expect(Date.parse(validUntil) - Date.parse(validFrom)).toBeLessThanOrEqual(16 * 60_000);
    expect(Date.parse(validFrom)).toBeLessThanOrEqual(Date.now());
    // A volunteer cannot get the code to check in from home.
    expect(errorOf(await gql(`{ shiftCheckInCode(shiftId: "${shiftId}") { code } }`, { token: volunteerToken(present) })).code).toBe('FORBIDDEN');

    const checkInAt = fromNow(0);
    const first = await scan(present, code, 'check-in', checkInAt);
    expect(first.errors).toBeUndefined();
    // The same scan sent again (a retry from the phone) records nothing more.
    expect((await scan(present, code, 'check-in', checkInAt)).errors).toBeUndefined();
    const out = await scan(present, code, 'check-out', new Date(Date.parse(checkInAt) + 3 * 60_000).toISOString());
    expect(out.errors).toBeUndefined();
    const outToken = (out.data!['checkInWithCode'] as { consistencyToken: string }).consistencyToken;
    expect(await hoursOf(present, [outToken])).toBe(0.05);

    const tampered = `${code.slice(0, -3)}${code.endsWith('A') ? 'B' : 'A'}${code.slice(-2)}`;
    expect(errorOf(await scan(present, tampered, 'check-in', fromNow(0))).code).toBe('CHECK_IN.CODE_INVALID');
    expect(errorOf(await scan(stranger, code, 'check-in', fromNow(0))).code).toBe('CHECK_IN.NOT_CONFIRMED');
    // A scan dated before the code was shown, or at the end of the shift but sent now, is refused.
    expect(errorOf(await scan(present, code, 'check-in', fromNow(-20)))).toEqual({ code: 'CHECK_IN.OUTSIDE_WINDOW', field: 'at' });
    expect(errorOf(await scan(present, code, 'check-out', at(270)))).toEqual({ code: 'CHECK_IN.OUTSIDE_WINDOW', field: 'at' });
    expect(errorOf(await scan(present, code, 'check-out', fromNow(10)))).toEqual({ code: 'CHECK_IN.TIME_AHEAD', field: 'at' });
    expect(errorOf(await gql(`mutation { checkInWithCode(input: { code: "${code}", kind: "check-in" }) { consistencyToken } }`, { token: manager })).code).toBe(
      'CHECK_IN.VOLUNTEER_ONLY',
    );

    const attendance = await gql(`{ shiftAttendance(shiftId: "${shiftId}") { recordCount qrCodeRecords volunteerCount } }`, {
      token: manager,
      consistency: [outToken],
    });
    expect(attendance.data!['shiftAttendance']).toEqual({ recordCount: 2, qrCodeRecords: 2, volunteerCount: 1 });
  });

  it('changes the hours only when a correction is approved by someone other than its requester; a rejection keeps them', async () => {
    const codeResult = await gql(`{ shiftCheckInCode(shiftId: "${shiftId}") { code } }`, { token: manager, consistency: ready });
    const { code } = codeResult.data!['shiftCheckInCode'] as { code: string };
    const checkInAt = fromNow(0);
    const checkIn = await scan(forgetful, code, 'check-in', checkInAt);
    const scanned = (checkIn.data!['checkInWithCode'] as { consistencyToken: string }).consistencyToken;
    expect(await hoursOf(forgetful, [scanned])).toBe(0);

    // The volunteer forgot to scan out and asks for a correction (a check-out not later than now); pending, it changes nothing.
    const requested = await mutate(
      `mutation { requestAttendanceCorrection(input: { shiftId: "${shiftId}", correctionId: "${id('fix-1')}", addRecords: [{ kind: "check-out", at: "${new Date(Date.parse(checkInAt) + 5 * 60_000).toISOString()}" }], reason: "Quên quét mã khi về" }) { consistencyToken } }`,
      [],
      volunteerToken(forgetful),
    );
    expect(await hoursOf(forgetful, [requested])).toBe(0);
    // Deciding takes a manager: the volunteer cannot approve their own request.
    const selfApproval = await gql(
      `mutation { approveAttendanceCorrection(input: { shiftId: "${shiftId}", correctionId: "${id('fix-1')}" }) { consistencyToken } }`,
      { token: volunteerToken(forgetful) },
    );
    expect(errorOf(selfApproval).code).toBe('FORBIDDEN');
    const approved = await mutate(
      `mutation { approveAttendanceCorrection(input: { shiftId: "${shiftId}", correctionId: "${id('fix-1')}" }) { consistencyToken } }`,
      [],
      manager,
    );
    expect(await hoursOf(forgetful, [approved])).toBeCloseTo(5 / 60);

    // A manager's own request needs another person's decision; this one is rejected with a reason.
    const request = `mutation { requestAttendanceCorrection(input: { shiftId: "${shiftId}", correctionId: "${id('fix-2')}", volunteerId: "${forgetful}", voidRecordIds: ["nope"], reason: "Thử" }) { consistencyToken } }`;
    expect(errorOf(await gql(request, { token: manager })).code).toBe('ATTENDANCE.RECORD_NOT_FOUND');
    const addHour = `mutation { requestAttendanceCorrection(input: { shiftId: "${shiftId}", correctionId: "${id('fix-2')}", volunteerId: "${forgetful}", addRecords: [{ kind: "check-in", at: "${at(-60)}" }, { kind: "check-out", at: "${at(-50)}" }], reason: "Đến sớm chuẩn bị" }) { consistencyToken } }`;
    const managerSub = `manager-${run}`;
    const sameManager = tokenFor([{ role: 'unit-manager', unitId: commune }], { sub: managerSub });
    await mutate(addHour, [], sameManager);
    const own = await gql(`mutation { approveAttendanceCorrection(input: { shiftId: "${shiftId}", correctionId: "${id('fix-2')}" }) { consistencyToken } }`, {
      token: tokenFor([{ role: 'unit-manager', unitId: commune }], { sub: managerSub }),
    });
    expect(errorOf(own).code).toBe('ATTENDANCE.SELF_APPROVAL');
    const rejected = await mutate(
      `mutation { rejectAttendanceCorrection(input: { shiftId: "${shiftId}", correctionId: "${id('fix-2')}", reason: "Không có trong kế hoạch" }) { consistencyToken } }`,
      [],
      admin,
    );
    expect(await hoursOf(forgetful, [rejected])).toBeCloseTo(5 / 60);

    const review = await gql(
      `{ shiftAttendance(shiftId: "${shiftId}") { corrections { id volunteerId status reason rejectionReason addRecords { kind method } } } }`,
      { token: manager, consistency: [rejected] },
    );
    expect(review.errors).toBeUndefined();
    expect(review.data!['shiftAttendance']).toEqual({
      corrections: [
        {
          id: id('fix-1'),
          volunteerId: forgetful,
          status: 'approved',
          reason: 'Quên quét mã khi về',
          rejectionReason: null,
          addRecords: [{ kind: 'check-out', method: 'team-leader' }],
        },
        {
          id: id('fix-2'),
          volunteerId: forgetful,
          status: 'rejected',
          reason: 'Đến sớm chuẩn bị',
          rejectionReason: 'Không có trong kế hoạch',
          addRecords: [
            { kind: 'check-in', method: 'team-leader' },
            { kind: 'check-out', method: 'team-leader' },
          ],
        },
      ],
    });
  });
});
