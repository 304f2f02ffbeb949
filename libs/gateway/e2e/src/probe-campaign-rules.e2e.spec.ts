import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 10 (items 2, 4, 10 and 11): domain rules a black-box probe found missing, through real
// servers. Times are whole minutes from now: the service checks them against the command's time.
describe('campaign rules the probe found missing, through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe campaign rules e2e');
  const keys = generateKeyPairSync('ed25519');
  const signingKey = keys.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  const verifyKey = keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  const Y = new Date().getUTCFullYear();
  const fromNow = (minutes: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + minutes * 60_000).toISOString();
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const commune = id('ta-van');
  const manager = tokenFor([{ role: 'unit-manager', unitId: commune }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  const mutate = (query: string, consistency: string[] = [], token = admin) => mutateWith(query, { token, consistency });
  const volunteerToken = (volunteerId: string) => tokenFor([], { kind: 'volunteer', personId: volunteerId });
  const [hoa, nam] = [id('vol-hoa'), id('vol-nam')];
  let ready: string[] = [];

  const propose = (activityId: string, campaignId?: string) =>
    mutate(
      `mutation { proposeActivity(input: { activityId: "${activityId}", name: "Hoạt động ${activityId}", ${campaignId ? `campaignId: "${campaignId}", ` : ''}organiserUnitId: "${commune}", domains: ["environment-climate-change"], location: { unitId: "${commune}" }, responsibleCadreId: "${id('cadre')}", initiator: "union", proposedOn: "${Y}-01-01" }) { consistencyToken } }`,
      ready,
    );
  const scheduleShift = (shiftId: string, activityId: string, startsAt: string, endsAt: string, after: string[] = []) =>
    gql(
      `mutation { scheduleShift(input: { shiftId: "${shiftId}", activityId: "${activityId}", role: { roleId: "don-dep", name: "Dọn dẹp" }, startsAt: "${startsAt}", endsAt: "${endsAt}", capacity: 10, waitlist: false }) { consistencyToken } }`,
      { token: admin, consistency: [...ready, ...after] },
    );
  const tokenOf = (result: { data?: Record<string, any> | null }) => (Object.values(result.data!)[0] as { consistencyToken: string }).consistencyToken;
  const record = (recordId: string, volunteerId: string, kind: string, at: string) =>
    `{ recordId: "${recordId}", volunteerId: "${volunteerId}", kind: "${kind}", at: "${at}", method: "team-leader" }`;
  const upload = (shiftId: string, records: string[], consistency: string[] = []) =>
    gql(`mutation { recordAttendance(input: { shiftId: "${shiftId}", records: [${records.join(', ')}] }) { consistencyToken } }`, {
      token: admin,
      consistency,
    });
  const signUp = (shiftId: string, volunteerId: string, consistency: string[]) =>
    gql(`mutation { signUpForShift(input: { shiftId: "${shiftId}" }) { consistencyToken } }`, { token: volunteerToken(volunteerId), consistency });

  beforeAll(async () => {
    platform = await startPlatform(suite, {
      campaigns: true,
      env: { campaigns: { CERTIFICATE_SIGNING_KEY: signingKey }, gateway: { CERTIFICATE_VERIFY_KEY: verifyKey } },
    });
    const provinceToken = await mutate(`mutation { createUnit(input: ${unitInput(id('lao-cai'), 'Tỉnh đoàn Lào Cai', null)}) { consistencyToken } }`);
    const unitToken = await mutate(`mutation { createUnit(input: ${unitInput(commune, 'Đoàn xã Tả Van', id('lao-cai'))}) { consistencyToken } }`, [
      provinceToken,
    ]);
    ready = [unitToken];
    for (const [index, volunteerId] of [hoa, nam].entries()) {
      ready.push(
        await mutate(
          `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "Tình nguyện viên ${index + 1}", dateOfBirth: "2001-05-0${index + 1}", phone: "097800000${index}", email: "probe${index}.${run}@example.vn", homeUnitId: "${commune}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
          [unitToken],
        ),
      );
    }
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it("takes a sign-up's time from the server: a sign-up sent after the shift started, claiming an earlier time, is refused", async () => {
    const activityId = id('act-late');
    const proposed = await propose(activityId);
    const started = tokenOf(await scheduleShift(id('shift-started'), activityId, fromNow(-60), fromNow(120), [proposed]));
    // The client can no longer state when it signed up ...
    const claimed = await gql(
      `mutation { signUpForShift(input: { shiftId: "${id('shift-started')}", signedUpAt: "${fromNow(-600)}" }) { consistencyToken } }`,
      {
        token: volunteerToken(hoa),
        consistency: [proposed, started, ...ready],
      },
    );
    expect(claimed.errors).toBeDefined();
    // ... and the server's time says the shift has started.
    expect(errorOf(await signUp(id('shift-started'), hoa, [started, ...ready])).code).toBe('SHIFT.ALREADY_STARTED');
  });

  it('refuses new shifts and sign-ups on a cancelled activity, and a shift lasting ten years', async () => {
    const activityId = id('act-cancelled');
    const proposed = await propose(activityId);
    const scheduled = tokenOf(await scheduleShift(id('shift-doomed'), activityId, fromNow(24 * 60), fromNow(28 * 60), [proposed]));
    const tenYears = await scheduleShift(id('shift-decade'), activityId, `${Y + 1}-07-01T07:00:00+07:00`, `${Y + 11}-07-01T07:00:00+07:00`, [proposed]);
    expect(errorOf(tenYears)).toEqual({ code: 'SHIFT.TOO_LONG', field: 'endsAt' });
    expect(tenYears.errors![0]!.message).toContain('24');
    // A night shift of a full day is still a shift.
    expect((await scheduleShift(id('shift-day'), activityId, fromNow(48 * 60), fromNow(72 * 60), [proposed])).errors).toBeUndefined();

    const cancelled = await mutate(
      `mutation { cancelActivity(input: { activityId: "${activityId}", reason: "Bão số 3 đổ bộ", cancelledOn: "${Y}-01-02" }) { consistencyToken } }`,
      [proposed, scheduled],
    );
    const newShift = await gql(
      `mutation { scheduleShift(input: { shiftId: "${id('shift-after-cancel')}", activityId: "${activityId}", role: { roleId: "don-dep", name: "Dọn dẹp" }, startsAt: "${fromNow(24 * 60)}", endsAt: "${fromNow(28 * 60)}", capacity: 10, waitlist: false }) { consistencyToken } }`,
      { token: admin, consistency: [cancelled] },
    );
    expect(errorOf(newShift)).toEqual({ code: 'ACTIVITY.CANCELLED', field: 'activityId' });
    expect(errorOf(await signUp(id('shift-doomed'), hoa, [cancelled, ...ready])).code).toBe('ACTIVITY.CANCELLED');
  });

  it('refuses starting an activity with a start a month ahead', async () => {
    const activityId = id('act-early');
    let last = await propose(activityId);
    last = await mutate(
      `mutation { planActivity(input: { activityId: "${activityId}", startsOn: "${Y}-01-01", endsOn: "${Y + 1}-12-31", plannedOn: "${Y}-01-01" }) { consistencyToken } }`,
      [last],
    );
    last = await mutate(`mutation { prepareActivity(input: { activityId: "${activityId}", preparedOn: "${Y}-01-01" }) { consistencyToken } }`, [last]);
    const ahead = await gql(`mutation { startActivity(input: { activityId: "${activityId}", startedAt: "${fromNow(30 * 24 * 60)}" }) { consistencyToken } }`, {
      token: admin,
      consistency: [last],
    });
    expect(errorOf(ahead)).toEqual({ code: 'ACTIVITY.TIME_AHEAD', field: 'startedAt' });
    expect(
      (
        await gql(`mutation { startActivity(input: { activityId: "${activityId}", startedAt: "${fromNow(0)}" }) { consistencyToken } }`, {
          token: admin,
          consistency: [last],
        })
      ).errors,
    ).toBeUndefined();
  });

  it('refuses attendance outside its shift or dated in the future, and a record id reused for other content', async () => {
    const activityId = id('act-hours');
    const proposed = await propose(activityId);
    // A 4-hour shift that ended an hour ago, and one that starts in two hours.
    const past = tokenOf(await scheduleShift(id('shift-past'), activityId, fromNow(-300), fromNow(-60), [proposed]));
    const coming = tokenOf(await scheduleShift(id('shift-coming'), activityId, fromNow(120), fromNow(360), [proposed]));
    // 16 hours credited for a 4-hour shift: the check-out is eleven hours after the shift ended.
    const sixteen = await upload(
      id('shift-past'),
      [record(id('r-in'), hoa, 'check-in', fromNow(-300)), record(id('r-out'), hoa, 'check-out', fromNow(660))],
      [proposed, past],
    );
    expect(errorOf(sixteen)).toEqual({ code: 'ATTENDANCE.OUTSIDE_SHIFT', field: 'records.1.at' });
    const future = await upload(id('shift-coming'), [record(id('r-future'), hoa, 'check-in', fromNow(120))], [coming]);
    expect(errorOf(future)).toEqual({ code: 'ATTENDANCE.TIME_AHEAD', field: 'records.0.at' });

    const good = [record(id('r-in'), hoa, 'check-in', fromNow(-300)), record(id('r-out'), hoa, 'check-out', fromNow(-60))];
    const recorded = await upload(id('shift-past'), good, [past]);
    expect(recorded.errors).toBeUndefined();
    // The same upload again changes nothing; the same id with another time is refused.
    expect((await upload(id('shift-past'), good)).errors).toBeUndefined();
    const reused = await upload(id('shift-past'), [record(id('r-out'), hoa, 'check-out', fromNow(-30))]);
    expect(errorOf(reused)).toEqual({ code: 'ATTENDANCE.RECORD_CONFLICT', field: 'records.0.recordId' });
    const attendance = await gql(`{ shiftAttendance(shiftId: "${id('shift-past')}") { recordCount } }`, { token: manager, consistency: [tokenOf(recorded)] });
    expect(attendance.data!['shiftAttendance']).toEqual({ recordCount: 2 });
  });

  it('counts a second scan of the same QR code once, however often the volunteer scans it', async () => {
    const activityId = id('act-qr');
    const proposed = await propose(activityId);
    const scheduled = tokenOf(await scheduleShift(id('shift-qr'), activityId, fromNow(30), fromNow(270), [proposed]));
    const signedUp = await signUp(id('shift-qr'), hoa, [proposed, scheduled, ...ready]);
    expect(signedUp.errors).toBeUndefined();
    const codeResult = await gql(`{ shiftCheckInCode(shiftId: "${id('shift-qr')}") { code } }`, { token: manager, consistency: [tokenOf(signedUp)] });
    const { code } = codeResult.data!['shiftCheckInCode'] as { code: string };
    const scan = (kind: string, at: string) =>
      gql(`mutation { checkInWithCode(input: { code: "${code}", kind: "${kind}", at: "${at}" }) { consistencyToken } }`, { token: volunteerToken(hoa) });
    const first = await scan('check-in', fromNow(0));
    expect(first.errors).toBeUndefined();
    // The same code scanned again a minute later (a new id on the phone): already checked in, not an error.
    const again = await scan('check-in', fromNow(1));
    expect(again.errors).toBeUndefined();
    const out = await scan('check-out', fromNow(2));
    expect(out.errors).toBeUndefined();
    expect((await scan('check-out', fromNow(3))).errors).toBeUndefined();
    const attendance = await gql(`{ shiftAttendance(shiftId: "${id('shift-qr')}") { recordCount qrCodeRecords } }`, {
      token: manager,
      consistency: [tokenOf(first), tokenOf(again), tokenOf(out)],
    });
    expect(attendance.data!['shiftAttendance']).toEqual({ recordCount: 2, qrCodeRecords: 2 });
  });

  it('keeps certificate criteria in the campaign, readable, validated, applied when issuing, and named in the refusal', async () => {
    const launch = (campaignId: string, criteria: string) =>
      gql(
        `mutation { launchCampaign(input: { campaignId: "${campaignId}", organiserUnitId: "${commune}", definition: { name: "Mùa hè xanh ${campaignId}", kind: "regular", domains: ["environment-climate-change"], startsOn: "${Y}-01-01", endsOn: "${Y + 1}-12-31", goals: [], initiator: "union"${criteria} }, launchedOn: "${Y}-01-01" }) { consistencyToken } }`,
        { token: admin, consistency: ready },
      );
    expect(errorOf(await launch(id('c-silly'), ', certificateCriteria: { minimumHours: 100000 }'))).toEqual({
      code: 'CERTIFICATE.CRITERION_OUT_OF_RANGE',
      field: 'definition.certificateCriteria.minimumHours',
    });
    const own = await launch(id('c-short'), ', certificateCriteria: { minimumHours: 1, minimumActivities: 1 }');
    expect(own.errors).toBeUndefined();
    const plain = await launch(id('c-plain'), '');
    const read = await gql(
      `{ short: campaign(id: "${id('c-short')}") { certificateCriteria { minimumHours minimumActivities } } plain: campaign(id: "${id('c-plain')}") { certificateCriteria { minimumHours minimumActivities } } }`,
      { token: admin, consistency: [tokenOf(own), tokenOf(plain)] },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      short: { certificateCriteria: { minimumHours: 1, minimumActivities: 1 } },
      plain: { certificateCriteria: { minimumHours: 40, minimumActivities: 2 } },
    });

    // A shift starting in a few minutes: Hoa is recorded from an hour before it (61 minutes), Nam for half an hour.
    const activityId = id('act-cert');
    const proposed = await propose(activityId, id('c-short'));
    const startsAt = fromNow(4);
    const scheduled = tokenOf(await scheduleShift(id('shift-cert'), activityId, startsAt, fromNow(240), [proposed]));
    const signUps = [
      tokenOf(await signUp(id('shift-cert'), hoa, [proposed, scheduled, ...ready])),
      tokenOf(await signUp(id('shift-cert'), nam, [scheduled, ...ready])),
    ];
    const before = new Date(Date.parse(startsAt) - 60 * 60_000).toISOString();
    const recorded = await upload(
      id('shift-cert'),
      [
        record(id('c-in-1'), hoa, 'check-in', before),
        record(id('c-out-1'), hoa, 'check-out', fromNow(5)),
        record(id('c-in-2'), nam, 'check-in', fromNow(-25)),
        record(id('c-out-2'), nam, 'check-out', fromNow(5)),
      ],
      signUps,
    );
    expect(recorded.errors).toBeUndefined();
    const issue = (volunteerId: string, language = 'en') =>
      gql(`mutation { issueCertificate(volunteerId: "${volunteerId}", campaignId: "${id('c-short')}") { consistencyToken } }`, {
        token: admin,
        consistency: [tokenOf(recorded)],
        language,
      });
    const refused = await issue(nam);
    expect(errorOf(refused).code).toBe('CERTIFICATE.CRITERIA_NOT_MET');
    expect(refused.errors![0]!.message).toContain('1 hours required, 0.5 recorded');
    expect((await issue(nam, 'vi')).errors![0]!.message).toContain('cần 1 giờ, mới có 0.5 giờ');
    // 1 hour in 1 activity meets this campaign's criteria, though not the platform default (40 hours, 2 activities).
    expect((await issue(hoa)).errors).toBeUndefined();
  });
});
