import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type GqlResponse, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 10, round 2: a cadre registered by Lào Cai but not yet appointed belonged to no unit, so
// a Yên Bái manager could appoint them to a Yên Bái unit first and then read their name. The
// registering unit now owns the cadre until the first appointment. Also: the campaigns service
// judges a volunteer's home unit by the move in effect on the command's date, as the gateway
// does, and ids carry no dot (they become document keys the MongoDB wire refuses dotted).
describe('who owns a person, as the registry and the campaigns service see it (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe-ownership e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const laoCai = tokenFor([{ role: 'unit-manager', unitId: id('lao-cai') }]);
  const yenBai = tokenFor([{ role: 'unit-manager', unitId: id('yen-bai') }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  let ready: string[] = [];

  /** Today in Vietnam (UTC+7), the date the services judge business dates by. */
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const daysFromToday = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const hoursFromNow = (hours: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + hours * 3_600_000).toISOString();
  /** Code, field and message of the first error ("unknown" and "not yours" must read alike). */
  const refusalOf = (result: GqlResponse) => ({ ...errorOf(result), message: result.errors?.[0]?.message });
  const register = (cadreId: string, unitId: string, token: string) =>
    gql(
      `mutation { registerCadre(input: { cadreId: "${cadreId}", fullName: "Sùng A Páo ${run}", registeredOn: "${today}", registeringUnitId: "${unitId}" }) { consistencyToken } }`,
      {
        token,
        consistency: ready,
      },
    );
  const appoint = (cadreId: string, unitId: string, token: string) =>
    gql(
      `mutation { appointCadre(input: { cadreId: "${cadreId}", unitId: "${unitId}", title: "Bí thư", dedicatedToVolunteerWork: true, termStart: "${today}" }) { consistencyToken } }`,
      {
        token,
        consistency: ready,
      },
    );

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true });
    for (const [unitId, name, parent] of [
      [id('lao-cai'), 'Tỉnh đoàn Lào Cai', null],
      [id('lc-xa'), 'Đoàn xã Tả Van', id('lao-cai')],
      [id('yen-bai'), 'Tỉnh đoàn Yên Bái', null],
      [id('yb-xa'), 'Đoàn xã Nghĩa Lộ', id('yen-bai')],
    ] as const) {
      ready = [
        await mutateWith(`mutation { createUnit(input: ${unitInput(unitId, name, parent)}) { consistencyToken } }`, { token: admin, consistency: ready }),
      ];
    }
    // Lào Cai registers cadre X and has not appointed them yet.
    const registered = await register(id('cadre-x'), id('lc-xa'), laoCai);
    expect(registered.errors).toBeUndefined();
    ready = [registered.data!['registerCadre'].consistencyToken];
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it("refuses appointing Lào Cai's unappointed cadre to a Yên Bái unit as an unknown cadre, so the name stays unread", async () => {
    const unknown = refusalOf(await appoint(id('cadre-nobody'), id('yb-xa'), yenBai));
    expect(unknown.code).toBe('FORBIDDEN');
    expect(refusalOf(await appoint(id('cadre-x'), id('yb-xa'), yenBai))).toEqual(unknown);
    const read = await gql(`{ cadres(unitId: "${id('yb-xa')}") { nodes { id fullName } } }`, { token: yenBai, consistency: ready });
    expect(JSON.stringify(read)).not.toContain(id('cadre-x'));
    expect(JSON.stringify(read)).not.toContain('Sùng A Páo');
  });

  it("refuses registering a cadre for another province's unit", async () => {
    expect(errorOf(await register(id('cadre-y'), id('lc-xa'), yenBai)).code).toBe('FORBIDDEN');
    expect((await register(id('cadre-y'), id('yb-xa'), yenBai)).errors).toBeUndefined();
  });

  it('requires the registering unit', async () => {
    const result = await gql(`mutation { registerCadre(input: { fullName: "Mai", registeredOn: "${today}" }) { consistencyToken } }`, { token: admin });
    expect(result.errors?.[0]?.message).toContain('registeringUnitId');
  });

  it('lets the registering province make the first appointment', async () => {
    const appointed = await appoint(id('cadre-x'), id('lc-xa'), laoCai);
    expect(appointed.errors).toBeUndefined();
  });

  it('refuses a dotted position id, which would become a dotted document key', async () => {
    const dotted = await gql(
      `mutation { appointCadre(input: { cadreId: "${id('cadre-x')}", positionId: "${id('pos')}.1", unitId: "${id('lc-xa')}", title: "Phó bí thư", dedicatedToVolunteerWork: false, termStart: "${today}" }) { consistencyToken } }`,
      { token: laoCai, consistency: ready },
    );
    expect(errorOf(dotted)).toEqual({ code: 'INPUT.ID_INVALID', field: 'positionId' });
  });

  it('lets Yên Bái sign up its volunteer whose move to Lào Cai is recorded for next month: it is not in effect today', async () => {
    const as = (query: string, after: string[], token = admin) => mutateWith(query, { token, consistency: after });
    const volunteer = await as(
      `mutation { registerVolunteer(input: { volunteerId: "${id('vol-mv')}", fullName: "Lò Văn Mến", dateOfBirth: "2000-03-04", phone: "0977${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}", email: "${id('vol-mv')}@example.vn", homeUnitId: "${id('yb-xa')}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
      ready,
    );
    const moved = await as(
      `mutation { changeVolunteerHomeUnit(input: { volunteerId: "${id('vol-mv')}", homeUnitId: "${id('lc-xa')}", effectiveFrom: "${daysFromToday(30)}" }) { consistencyToken } }`,
      [volunteer],
    );
    const registered = await as(
      `mutation { registerCadre(input: { cadreId: "${id('cadre-yb')}", fullName: "Cán bộ Yên Bái", registeredOn: "2025-01-02", registeringUnitId: "${id('yb-xa')}" }) { consistencyToken } }`,
      ready,
    );
    const appointed = await as(
      `mutation { appointCadre(input: { cadreId: "${id('cadre-yb')}", positionId: "${id('pos-yb')}", unitId: "${id('yb-xa')}", title: "Bí thư", dedicatedToVolunteerWork: true, termStart: "2025-01-02" }) { consistencyToken } }`,
      [registered],
    );
    const campaign = await as(
      `mutation { launchCampaign(input: { campaignId: "${id('yb-camp')}", organiserUnitId: "${id('yen-bai')}", definition: { name: "Chiến dịch Yên Bái", kind: "peak", peakTemplate: "summer-volunteer", domains: ["new-rural-construction"], startsOn: "${today}", endsOn: "${daysFromToday(60)}", goals: [{ measure: "trees", target: 50 }], initiator: "union" }, launchedOn: "${today}" }) { consistencyToken } }`,
      ready,
    );
    const activity = await as(
      `mutation { proposeActivity(input: { activityId: "${id('yb-act')}", name: "Trồng cây", campaignId: "${id('yb-camp')}", organiserUnitId: "${id('yb-xa')}", domains: ["new-rural-construction"], location: { unitId: "${id('yb-xa')}" }, responsibleCadreId: "${id('cadre-yb')}", initiator: "union", proposedOn: "${today}" }) { consistencyToken } }`,
      [campaign, appointed],
    );
    const shift = await as(
      `mutation { scheduleShift(input: { shiftId: "${id('yb-shift')}", activityId: "${id('yb-act')}", role: { roleId: "lao-dong", name: "Lao động" }, startsAt: "${hoursFromNow(24)}", endsAt: "${hoursFromNow(28)}", capacity: 10, waitlist: false }) { consistencyToken } }`,
      [activity],
    );
    const signedUp = await gql(`mutation { signUpForShift(input: { shiftId: "${id('yb-shift')}", volunteerId: "${id('vol-mv')}" }) { consistencyToken } }`, {
      token: yenBai,
      consistency: [moved, shift],
    });
    expect(signedUp.errors).toBeUndefined();
  }, 120_000);
});
