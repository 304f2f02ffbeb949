import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 5 through real servers: GraphQL → Kafka → campaigns service → events → gateway read models → GraphQL.
describe('campaigns through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('campaigns e2e');
  const run = randomUUID().slice(0, 6);
  // Business time is the server's: dates are days around today and times whole minutes around
  // \`base\` (the current minute), so the scenario holds whenever it runs. The main shift starts
  // 45 minutes from \`base\` (sign-ups come before it starts) and attendance is recorded in the
  // hour before it (within the shift's margin, never later than now).
  const base = Math.floor(Date.now() / 60_000) * 60_000;
  const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
  const day = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  /** A mutation that must succeed (after the writes it names); returns its consistency token. */
  const mutate = (query: string, consistency: string[] = [], token = admin) => mutateWith(query, { token, consistency });
  const volunteerToken = (volunteerId: string) => tokenFor([], { kind: 'volunteer', personId: volunteerId });

  const definition = (name: string) =>
    `{ name: "${name}", kind: "peak", peakTemplate: "summer-volunteer", domains: ["environment-climate-change", "new-rural-construction"], startsOn: "${day(-7)}", endsOn: "${day(83)}", goals: [{ measure: "trees", target: 500 }], initiator: "union" }`;
  const volunteers = Array.from({ length: 20 }, (_, i) => id(`vol-${String(i + 1).padStart(2, '0')}`));
  const activities = [id('act-road'), id('act-trees'), id('act-class')];
  const shiftId = id('shift-main');
  const smallShiftId = id('shift-small');
  const shiftFields = 'confirmedCount waitlistedCount pendingCount confirmed waitlisted';

  let shiftToken = '';
  let smallShiftToken = '';
  let minorToken = '';
  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true });
    let unitsToken = '';
    for (const [unitId, name, parent] of [
      [id('lao-cai'), 'Tỉnh đoàn Lào Cai', null],
      [id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai')],
      [id('bat-xat'), 'Đoàn xã Bát Xát', id('lao-cai')],
    ] as const) {
      unitsToken = await mutate(`mutation { createUnit(input: ${unitInput(unitId, name, parent)}) { consistencyToken } }`);
    }
    // 20 adult volunteers of Tả Van, and a minor registered with a guardian's consent, later withdrawn.
    const registered: string[] = [unitsToken];
    for (const [index, volunteerId] of volunteers.entries()) {
      registered.push(
        await mutate(
          `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "Tình nguyện viên ${index + 1}", dateOfBirth: "2000-01-${String(index + 1).padStart(2, '0')}", phone: "09771234${String(index).padStart(2, '0')}", email: "tnv${index}@example.vn", homeUnitId: "${id('ta-van')}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
          [unitsToken],
        ),
      );
    }
    await mutate(
      `mutation { registerVolunteer(input: { volunteerId: "${id('minor')}", fullName: "Em Nhỏ", dateOfBirth: "2012-03-04", phone: "0977999999", email: "em@example.vn", homeUnitId: "${id('ta-van')}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z", guardian: { fullName: "Mẹ Em", relationship: "mẹ" } }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
      [unitsToken],
    );
    minorToken = await mutate(
      `mutation { withdrawVolunteerConsent(input: { volunteerId: "${id('minor')}", purpose: "registry", withdrawnAt: "2025-03-01" }) { consistencyToken } }`,
    );

    // The commune's Summer campaign with three activities; the first one runs a shift of 15 with a waitlist.
    const campaignToken = await mutate(
      `mutation { launchCampaign(input: { campaignId: "${id('summer')}", organiserUnitId: "${id('ta-van')}", definition: ${definition('Mùa hè xanh Tả Van')}, launchedOn: "${day(-14)}" }) { consistencyToken } }`,
    );
    const proposed: string[] = [];
    for (const [index, activityId] of activities.entries()) {
      proposed.push(
        await mutate(
          `mutation { proposeActivity(input: { activityId: "${activityId}", name: "Hoạt động ${index + 1}", campaignId: "${id('summer')}", organiserUnitId: "${id('ta-van')}", domains: ["new-rural-construction"], location: { unitId: "${id('ta-van')}", site: "Thôn ${index + 1}" }, responsibleCadreId: "${id('cadre')}", initiator: "union", proposedOn: "${day(-5)}" }) { consistencyToken } }`,
          [campaignToken, unitsToken],
        ),
      );
    }
    const road = activities[0]!;
    // The road starts now (a start later than now is refused), and runs for a month.
    await mutate(
      `mutation { planActivity(input: { activityId: "${road}", startsOn: "${day(0)}", endsOn: "${day(29)}", plannedOn: "${day(-3)}" }) { consistencyToken } }`,
      proposed,
    );
    await mutate(`mutation { prepareActivity(input: { activityId: "${road}", preparedOn: "${day(-1)}" }) { consistencyToken } }`);
    await mutate(`mutation { startActivity(input: { activityId: "${road}", startedAt: "${at(0)}" }) { consistencyToken } }`);
    shiftToken = await mutate(
      `mutation { scheduleShift(input: { shiftId: "${shiftId}", activityId: "${road}", role: { roleId: "lao-dong", name: "Lao động" }, startsAt: "${at(45)}", endsAt: "${at(45 + 240)}", capacity: 15, waitlist: true }) { consistencyToken } }`,
    );
    smallShiftToken = await mutate(
      `mutation { scheduleShift(input: { shiftId: "${smallShiftId}", activityId: "${road}", role: { roleId: "lai-xe", name: "Lái xe" }, startsAt: "${at(24 * 60)}", endsAt: "${at(24 * 60 + 240)}", capacity: 1, waitlist: false }) { consistencyToken } }`,
    );
    // Wait for every volunteer in the gateway's read model (the gateway supplies their facts).
    expect((await gql(`{ volunteer(id: "${volunteers[19]}") { id } }`, { token: admin, consistency: registered })).errors).toBeUndefined();
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('confirms 15 of 20 volunteers, waitlists 5 in order, and promotes the first waitlisted when one cancels', async () => {
    let last = shiftToken;
    for (const volunteerId of volunteers) {
      last = await mutate(`mutation { signUpForShift(input: { shiftId: "${shiftId}", volunteerId: "${volunteerId}" }) { consistencyToken } }`, [last]);
    }
    const full = await gql(`{ shift(id: "${shiftId}") { capacity ${shiftFields} } }`, { token: admin, consistency: [last] });
    expect(full.errors).toBeUndefined();
    expect(full.data!['shift']).toEqual({
      capacity: 15,
      confirmedCount: 15,
      waitlistedCount: 5,
      pendingCount: 0,
      confirmed: volunteers.slice(0, 15),
      waitlisted: volunteers.slice(15),
    });

    // The third volunteer cancels their own sign-up: the first waitlisted takes the place.
    const cancelled = await mutate(
      `mutation { cancelSignUp(input: { shiftId: "${shiftId}", reason: "ốm" }) { consistencyToken } }`,
      [],
      volunteerToken(volunteers[2]!),
    );
    const after = await gql(`{ shift(id: "${shiftId}") { ${shiftFields} } }`, { token: admin, consistency: [cancelled] });
    expect(after.data!['shift']).toEqual({
      confirmedCount: 15,
      waitlistedCount: 4,
      pendingCount: 0,
      confirmed: [...volunteers.slice(0, 2), ...volunteers.slice(3, 15), volunteers[15]],
      waitlisted: volunteers.slice(16),
    });
    const mine = await gql(`{ mySignUps { shiftId status } }`, { token: volunteerToken(volunteers[15]!), consistency: [cancelled] });
    expect(mine.data!['mySignUps']).toEqual([{ shiftId, status: 'confirmed' }]);
  });

  it('refuses completing an activity that never started with ACTIVITY.NOT_STARTED, and writes nothing', async () => {
    const query = `{ activity(id: "${activities[1]}") { status completedAt } campaign(id: "${id('summer')}") { activityCount activityTotals { status count } } }`;
    const before = await gql(query, { token: admin });
    const refused = await gql(`mutation { completeActivity(input: { activityId: "${activities[1]}", completedAt: "${at(0)}" }) { consistencyToken } }`, {
      token: admin,
    });
    expect(errorOf(refused).code).toBe('ACTIVITY.NOT_STARTED');
    expect(before.data!['activity']).toEqual({ status: 'needs-survey', completedAt: null });
    expect(before.data!['campaign']).toEqual({
      activityCount: 3,
      activityTotals: [
        { status: 'in-progress', count: 1 },
        { status: 'needs-survey', count: 2 },
      ],
    });
    expect((await gql(query, { token: admin })).data).toEqual(before.data);
  });

  it("refuses a minor without a guardian's consent (SIGNUP.GUARDIAN_CONSENT_REQUIRED) and over-filling a shift without a waitlist (SHIFT.FULL)", async () => {
    const minor = await gql(`mutation { signUpForShift(input: { shiftId: "${smallShiftId}", volunteerId: "${id('minor')}" }) { consistencyToken } }`, {
      token: admin,
      consistency: [minorToken, smallShiftToken],
    });
    expect(errorOf(minor)).toEqual({ code: 'SIGNUP.GUARDIAN_CONSENT_REQUIRED', field: 'volunteer.hasGuardianConsent' });
    const first = await mutate(`mutation { signUpForShift(input: { shiftId: "${smallShiftId}", volunteerId: "${volunteers[0]}" }) { consistencyToken } }`);
    const full = await gql(`mutation { signUpForShift(input: { shiftId: "${smallShiftId}", volunteerId: "${volunteers[1]}" }) { consistencyToken } }`, {
      token: admin,
    });
    expect(errorOf(full).code).toBe('SHIFT.FULL');
    const shift = await gql(`{ shift(id: "${smallShiftId}") { ${shiftFields} } }`, { token: admin, consistency: [first] });
    expect(shift.data!['shift']).toEqual({ confirmedCount: 1, waitlistedCount: 0, pendingCount: 0, confirmed: [volunteers[0]], waitlisted: [] });
  });

  it('gives the same hours for a batch uploaded twice and a later batch uploaded first as for one in-order upload', async () => {
    const record = (recordId: string, volunteerId: string, kind: string, at: string) =>
      `{ recordId: "${id(recordId)}", volunteerId: "${volunteerId}", kind: "${kind}", at: "${at}", method: "team-leader" }`;
    const batch = (records: string[]) =>
      `mutation { recordAttendance(input: { shiftId: "${shiftId}", records: [${records.join(', ')}] }) { consistencyToken } }`;
    // Setting up in the hour before the shift (its margin): a for 15 minutes, b for 6.
    const checkIns = (a: string, b: string, tag: string) => [record(`${tag}-in-a`, a, 'check-in', at(-15)), record(`${tag}-in-b`, b, 'check-in', at(-9))];
    const checkOuts = (a: string, b: string, tag: string) => [record(`${tag}-out-a`, a, 'check-out', at(0)), record(`${tag}-out-b`, b, 'check-out', at(-3))];
    const [a1, b1, a2, b2] = [volunteers[0]!, volunteers[1]!, volunteers[3]!, volunteers[4]!];
    // In order, once.
    await mutate(batch(checkIns(a1, b1, 'x')));
    await mutate(batch(checkOuts(a1, b1, 'x')));
    // The second batch first, then the first batch twice, then the second again.
    await mutate(batch(checkOuts(a2, b2, 'y')));
    await mutate(batch(checkIns(a2, b2, 'y')));
    await mutate(batch(checkIns(a2, b2, 'y')));
    const last = await mutate(batch(checkOuts(a2, b2, 'y')));
    const hours = async (volunteerId: string) => {
      const result = await gql(`{ myHours { totalHours shifts { shiftId hours } } }`, { token: volunteerToken(volunteerId), consistency: [last] });
      expect(result.errors).toBeUndefined();
      return result.data!['myHours'];
    };
    expect(await hours(a1)).toEqual({ totalHours: 0.25, shifts: [{ shiftId, hours: 0.25 }] });
    expect(await hours(b1)).toEqual({ totalHours: 0.1, shifts: [{ shiftId, hours: 0.1 }] });
    expect(await hours(a2)).toEqual(await hours(a1));
    expect(await hours(b2)).toEqual(await hours(b1));
  });

  it('lets two communes adopt a province template once each, one local instance per commune, and refuses a second adoption', async () => {
    const published = await mutate(
      `mutation { publishCampaignTemplate(input: { campaignId: "${id('tpl')}", publisherUnitId: "${id('lao-cai')}", definition: ${definition('Chiến dịch Mùa hè xanh 2026')}, publishedOn: "${day(-20)}" }) { consistencyToken } }`,
    );
    const opened: string[] = [];
    for (const commune of [id('ta-van'), id('bat-xat')]) {
      await mutate(
        `mutation { adoptCampaignTemplate(input: { templateCampaignId: "${id('tpl')}", adoptingUnitId: "${commune}", localCampaignId: "${commune}-summer", adoptedOn: "${day(-16)}" }) { consistencyToken } }`,
        [published],
      );
      opened.push(
        await mutate(
          `mutation { openLocalCampaign(input: { campaignId: "${commune}-summer", templateCampaignId: "${id('tpl')}", organiserUnitId: "${commune}", openedOn: "${day(-15)}" }) { consistencyToken } }`,
        ),
      );
    }
    const again = await gql(
      `mutation { adoptCampaignTemplate(input: { templateCampaignId: "${id('tpl')}", adoptingUnitId: "${id('ta-van')}", localCampaignId: "${id('second')}", adoptedOn: "${day(-14)}" }) { consistencyToken } }`,
      { token: admin },
    );
    expect(errorOf(again)).toEqual({ code: 'CAMPAIGN.ALREADY_ADOPTED', field: 'adoptingUnitId' });
    for (const commune of [id('ta-van'), id('bat-xat')]) {
      const local = await gql(`{ campaigns(unitId: "${commune}", role: "local") { totalCount nodes { id templateCampaignId name } } }`, {
        token: admin,
        consistency: opened,
      });
      expect(local.errors).toBeUndefined();
      expect(local.data!['campaigns']).toEqual({
        totalCount: 1,
        nodes: [{ id: `${commune}-summer`, templateCampaignId: id('tpl'), name: 'Chiến dịch Mùa hè xanh 2026' }],
      });
    }
    const template = await gql(`{ campaign(id: "${id('tpl')}") { role adoptions { unitId localCampaignId } } }`, { token: admin });
    expect(template.data!['campaign']).toEqual({
      role: 'template',
      adoptions: [
        { unitId: id('ta-van'), localCampaignId: `${id('ta-van')}-summer` },
        { unitId: id('bat-xat'), localCampaignId: `${id('bat-xat')}-summer` },
      ],
    });
    // A commune manager of Bát Xát does not read Tả Van's campaigns; the province's manager does (subtree).
    const other = tokenFor([{ role: 'unit-manager', unitId: id('bat-xat') }]);
    expect(errorOf(await gql(`{ campaigns(unitId: "${id('ta-van')}") { totalCount } }`, { token: other })).code).toBe('FORBIDDEN');
    const province = tokenFor([{ role: 'unit-manager', unitId: id('lao-cai') }]);
    const summer = await gql(
      `{ campaigns(unitId: "${id('ta-van')}", role: "campaign", domain: "environment-climate-change", from: "${day(30)}") { totalCount } }`,
      { token: province },
    );
    expect(summer.data!['campaigns']).toEqual({ totalCount: 1 });

    // A commune's manager reads the templates above it (no right over the province needed), with its own adoption.
    const batXat = await gql(`{ adoptableTemplates(unitId: "${id('bat-xat')}") { id role name adoptions { unitId localCampaignId } } }`, {
      token: other,
      consistency: opened,
    });
    expect(batXat.errors).toBeUndefined();
    expect(batXat.data!['adoptableTemplates']).toEqual([expect.objectContaining({ id: id('tpl'), role: 'template', name: 'Chiến dịch Mùa hè xanh 2026' })]);
    // Its own adoption only: Tả Van's is Tả Van's.
    expect(batXat.data!['adoptableTemplates'][0].adoptions).toEqual([{ unitId: id('bat-xat'), localCampaignId: `${id('bat-xat')}-summer` }]);
    expect(errorOf(await gql(`{ campaign(id: "${id('tpl')}") { id } }`, { token: other })).code).toBe('FORBIDDEN');
    // Nothing sits above the province, and a commune's manager asks nothing for a commune not theirs.
    expect((await gql(`{ adoptableTemplates(unitId: "${id('lao-cai')}") { id } }`, { token: province })).data!['adoptableTemplates']).toEqual([]);
    expect(errorOf(await gql(`{ adoptableTemplates(unitId: "${id('ta-van')}") { id } }`, { token: other })).code).toBe('FORBIDDEN');
  });
});
