import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type GqlResponse, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 10, items 3 and 11: a unit manager of another province (Yên Bái) tries every write the
// probe found reaching into Lào Cai. Each is refused exactly as the same write naming an id that
// does not exist (same code, same message), and the same write on Yên Bái's own ids goes through.
describe('cross-province writes through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe-scope e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const yenBai = tokenFor([{ role: 'unit-manager', unitId: id('yen-bai') }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  const mutate = (query: string, consistency: string[] = [], token = admin) => mutateWith(query, { token, consistency });
  let ready: string[] = [];

  /** Today in Vietnam (UTC+7), the date the services judge business dates by. */
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const hoursFromNow = (hours: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + hours * 3_600_000).toISOString();
  /** Code, field and message of the first error (the message too: "unknown" and "not yours" must read alike). */
  const refusalOf = (result: GqlResponse) => ({ ...errorOf(result), message: result.errors?.[0]?.message });
  /** A Yên Bái manager's attempt, after the set-up has reached the gateway. */
  const asYenBai = (query: string) => gql(query, { token: yenBai, consistency: ready });

  const volunteer = (volunteerId: string, homeUnitId: string, dateOfBirth: string, skills: string[]) =>
    `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "Tình nguyện viên ${volunteerId.slice(-4)}", dateOfBirth: "${dateOfBirth}", phone: "0977${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}", email: "${volunteerId}@example.vn", homeUnitId: "${homeUnitId}", skills: ${JSON.stringify(skills)}, professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`;
  const cadre = async (cadreId: string, unitId: string, after: string[]) => {
    const registered = await mutate(
      `mutation { registerCadre(input: { cadreId: "${cadreId}", fullName: "Cán bộ ${cadreId.slice(-2)}", registeredOn: "2025-01-02", registeringUnitId: "${unitId}" }) { consistencyToken } }`,
      after,
    );
    return mutate(
      `mutation { appointCadre(input: { cadreId: "${cadreId}", positionId: "${cadreId}-pos", unitId: "${unitId}", title: "Bí thư", dedicatedToVolunteerWork: true, termStart: "2025-01-02" }) { consistencyToken } }`,
      [registered],
    );
  };
  const launch = (campaignId: string, unitId: string, after: string[]) =>
    mutate(
      `mutation { launchCampaign(input: { campaignId: "${campaignId}", organiserUnitId: "${unitId}", definition: { name: "Chiến dịch ${campaignId.slice(-2)}", kind: "peak", peakTemplate: "summer-volunteer", domains: ["new-rural-construction"], startsOn: "${today}", endsOn: "${hoursFromNow(24 * 60).slice(0, 10)}", goals: [{ measure: "trees", target: 50 }], initiator: "union" }, launchedOn: "${today}" }) { consistencyToken } }`,
      after,
    );
  const proposal = (activityId: string, organiser: string, cadreId: string, campaignId?: string) =>
    `mutation { proposeActivity(input: { activityId: "${activityId}", name: "Hoạt động ${activityId.slice(-3)}", ${campaignId ? `campaignId: "${campaignId}", ` : ''}organiserUnitId: "${organiser}", domains: ["new-rural-construction"], location: { unitId: "${id('yb-xa')}" }, responsibleCadreId: "${cadreId}", initiator: "union", proposedOn: "${today}" }) { consistencyToken } }`;
  const shift = (shiftId: string, role: string, startsAt = hoursFromNow(24), endsAt = hoursFromNow(28)) =>
    `mutation { scheduleShift(input: { shiftId: "${shiftId}", activityId: "${id('yb-act')}", role: ${role}, startsAt: "${startsAt}", endsAt: "${endsAt}", capacity: 10, waitlist: false }) { consistencyToken } }`;
  /** A shift starting a moment after the set-up, so a volunteer signs up before it and attendance is recorded during it. */
  const signUp = (shiftId: string, volunteerId: string) =>
    `mutation { signUpForShift(input: { shiftId: "${shiftId}", volunteerId: "${volunteerId}" }) { consistencyToken } }`;

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true });
    const units: string[] = [];
    for (const [unitId, name, parent] of [
      [id('lao-cai'), 'Tỉnh đoàn Lào Cai', null],
      [id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai')],
      [id('hau-thao'), 'Đoàn xã Hầu Thào', id('lao-cai')],
      [id('yen-bai'), 'Tỉnh đoàn Yên Bái', null],
      [id('yb-xa'), 'Đoàn xã Nghĩa Lộ', id('yen-bai')],
    ] as const) {
      units.push(await mutate(`mutation { createUnit(input: ${unitInput(unitId, name, parent)}) { consistencyToken } }`, units.slice(-1)));
    }
    const merged = await mutate(
      `mutation { mergeUnits(input: { sourceUnitIds: ["${id('hau-thao')}"], intoExistingUnitId: "${id('ta-van')}", effectiveFrom: "2025-07-01" }) { consistencyToken } }`,
      units,
    );
    const people = [
      await mutate(volunteer(id('vol-lc'), id('ta-van'), '1990-05-06', ['first-aid']), units),
      await mutate(volunteer(id('vol-yb'), id('yb-xa'), '2001-05-06', []), units),
      await cadre(id('cadre-lc'), id('ta-van'), units),
      await cadre(id('cadre-yb'), id('yb-xa'), units),
    ];
    const campaigns = [await launch(id('lc-camp'), id('lao-cai'), units), await launch(id('yb-camp'), id('yen-bai'), units)];
    const activity = await mutate(proposal(id('yb-act'), id('yb-xa'), id('cadre-yb'), id('yb-camp')), [...campaigns, ...people]);
    const shifts = [
      await mutate(shift(id('shift-any'), `{ roleId: "lao-dong", name: "Lao động" }`), [activity]),
      await mutate(shift(id('shift-old'), `{ roleId: "y-te", name: "Y tế", minimumAge: 60, requiredSkills: ["first-aid"] }`), [activity]),
    ];
    // Starts in half an hour: sign-ups close at the start, and attendance may be taken from an hour before it.
    const soonStartsAt = Math.ceil(Date.now() / 60_000) * 60_000 + 30 * 60_000;
    const soon = await mutate(shift(id('shift-soon'), `{ roleId: "lao-dong", name: "Lao động" }`, new Date(soonStartsAt).toISOString(), hoursFromNow(4)), [
      activity,
    ]);
    // Yên Bái's manager signs their own volunteer up.
    const signedUp = await mutate(signUp(id('shift-soon'), id('vol-yb')), [soon, ...people], yenBai);
    ready = [merged, ...people, ...campaigns, activity, ...shifts, signedUp];
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it("refuses signing a Lào Cai volunteer up to one's own shift as an unknown volunteer, whatever the role's age and skills", async () => {
    const unknown = refusalOf(await asYenBai(signUp(id('shift-any'), id('vol-nobody'))));
    expect(unknown.code).toBe('VOLUNTEER.NOT_FOUND');
    // An answer that changed with the role's minimum age or skills would tell the volunteer's age and skills.
    expect(refusalOf(await asYenBai(signUp(id('shift-any'), id('vol-lc'))))).toEqual(unknown);
    expect(refusalOf(await asYenBai(signUp(id('shift-old'), id('vol-lc'))))).toEqual(unknown);
    // Their own province's volunteer is signed up.
    expect((await asYenBai(signUp(id('shift-any'), id('vol-yb')))).errors).toBeUndefined();
  });

  it('records attendance only for a volunteer signed up to the shift, refusing another as an unknown one', async () => {
    // Attendance is taken at the site, up to an hour before the start, and never ahead of the clock.
    const at = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const record = (volunteerId: string) =>
      asYenBai(
        `mutation { recordAttendance(input: { shiftId: "${id('shift-soon')}", records: [{ recordId: "${randomUUID()}", volunteerId: "${volunteerId}", kind: "check-in", at: "${at}", method: "team-leader" }] }) { consistencyToken } }`,
      );
    const unknown = refusalOf(await record(id('vol-nobody')));
    expect(unknown.code).toBe('FORBIDDEN');
    expect(refusalOf(await record(id('vol-lc')))).toEqual(unknown);
    expect((await record(id('vol-yb'))).errors).toBeUndefined();
  });

  it('refuses a certificate for a Lào Cai volunteer as for an unknown one', async () => {
    const issue = (volunteerId: string) => asYenBai(`mutation { issueCertificate(volunteerId: "${volunteerId}", campaignId: "${id('yb-camp')}") { id } }`);
    const unknown = refusalOf(await issue(id('vol-nobody')));
    expect(unknown.code).toBe('VOLUNTEER.NOT_FOUND');
    expect(refusalOf(await issue(id('vol-lc')))).toEqual(unknown);
    // Their own volunteer passes authorisation (and then meets the criteria, or not).
    expect(errorOf(await issue(id('vol-yb'))).code).not.toBe('VOLUNTEER.NOT_FOUND');
  });

  it('refuses an activity inside a Lào Cai campaign, or with a Lào Cai cadre responsible, as with an unknown campaign or cadre', async () => {
    const unknownCampaign = refusalOf(await asYenBai(proposal(id('a1'), id('yb-xa'), id('cadre-yb'), id('camp-nowhere'))));
    expect(unknownCampaign.code).toBe('FORBIDDEN');
    expect(refusalOf(await asYenBai(proposal(id('a2'), id('yb-xa'), id('cadre-yb'), id('lc-camp'))))).toEqual(unknownCampaign);

    const unknownCadre = refusalOf(await asYenBai(proposal(id('a3'), id('yb-xa'), id('cadre-nobody'))));
    expect(unknownCadre.code).toBe('FORBIDDEN');
    expect(refusalOf(await asYenBai(proposal(id('a4'), id('yb-xa'), id('cadre-lc'))))).toEqual(unknownCadre);

    expect((await asYenBai(proposal(id('a5'), id('yb-xa'), id('cadre-yb'), id('yb-camp')))).errors).toBeUndefined();
  });

  it("refuses appointing a Lào Cai cadre to one's own unit as an unknown cadre, so their name stays unread", async () => {
    const appoint = (cadreId: string) =>
      asYenBai(
        `mutation { appointCadre(input: { cadreId: "${cadreId}", unitId: "${id('yb-xa')}", title: "Phó bí thư", dedicatedToVolunteerWork: false, termStart: "${today}" }) { consistencyToken } }`,
      );
    const unknown = refusalOf(await appoint(id('cadre-nobody')));
    expect(unknown.code).toBe('FORBIDDEN');
    expect(refusalOf(await appoint(id('cadre-lc')))).toEqual(unknown);
    const read = await asYenBai(`{ cadres(unitId: "${id('yb-xa')}") { nodes { id fullName } } }`);
    expect(JSON.stringify(read)).not.toContain(id('cadre-lc'));
  });

  it("refuses a split of one's own unit whose part takes over a Lào Cai unit, as one taking over an unknown unit", async () => {
    const split = (child: string) =>
      asYenBai(
        `mutation { splitUnit(input: { unitId: "${id('yb-xa')}", into: [{ unitId: "${id(`part-${randomUUID().slice(0, 4)}`)}", nameVi: "Đoàn xã Mới", organisation: "union", levelLabel: "Đoàn xã", takesChildren: ["${child}"] }], effectiveFrom: "${today}" }) { consistencyToken } }`,
      );
    const unknown = refusalOf(await split(id('unit-nowhere')));
    expect(unknown.code).toBe('FORBIDDEN');
    expect(refusalOf(await split(id('ta-van')))).toEqual(unknown);
  });

  it('answers a read of a missing unit or shift as a read of a forbidden one, anonymous or not', async () => {
    const read = (unitId: string, token?: string) => gql(`{ unit(id: "${unitId}") { id } }`, { ...(token ? { token } : {}), consistency: ready });
    const anonymousMissing = refusalOf(await read(id('unit-nowhere')));
    expect(anonymousMissing.code).toBe('UNAUTHENTICATED');
    expect(refusalOf(await read(id('ta-van')))).toEqual(anonymousMissing);
    const missing = refusalOf(await read(id('unit-nowhere'), yenBai));
    expect(missing.code).toBe('FORBIDDEN');
    expect(refusalOf(await read(id('ta-van'), yenBai))).toEqual(missing);
    // A shift likewise: Lào Cai's manager reads neither Yên Bái's shift nor a missing one, and learns nothing from the difference.
    const laoCai = tokenFor([{ role: 'unit-manager', unitId: id('lao-cai') }]);
    const shiftRead = (shiftId: string, token?: string) => gql(`{ shift(id: "${shiftId}") { id } }`, { ...(token ? { token } : {}), consistency: ready });
    expect(refusalOf(await shiftRead(id('shift-any')))).toEqual(refusalOf(await shiftRead(id('shift-nowhere'))));
    const missingShift = refusalOf(await shiftRead(id('shift-nowhere'), laoCai));
    expect(missingShift.code).toBe('FORBIDDEN');
    expect(refusalOf(await shiftRead(id('shift-any'), laoCai))).toEqual(missingShift);
  });

  it('refuses a new activity organised by a unit merged away before the day it takes effect', async () => {
    const merged = await gql(proposal(id('a-merged'), id('hau-thao'), id('cadre-lc')), { token: admin, consistency: ready });
    expect(errorOf(merged).code).toBe('UNIT.NOT_ACTIVE');
    // Its successor organises it.
    expect((await gql(proposal(id('a-successor'), id('ta-van'), id('cadre-lc')), { token: admin, consistency: ready })).errors).toBeUndefined();
  });
});
