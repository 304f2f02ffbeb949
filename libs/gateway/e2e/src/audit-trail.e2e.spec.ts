import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 18, the history view: who did what and when to a unit, a volunteer, a campaign or an
// activity, read from its events under the subject's own read rights, without the events' data.
describe('audit trails through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('audit trail e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  let platform: Platform;

  const [province, commune, otherProvince] = [id('lao-cai'), id('y-ty'), id('tuyen-quang')];
  const [campaignId, activityId, shiftId, volunteerId] = [id('summer'), id('road'), id('shift'), id('vol')];
  const adminSub = id('admin-account');
  const admin = tokenFor([{ role: 'system-admin', unitId: null }], { sub: adminSub });
  const communeManager = tokenFor([{ role: 'unit-manager', unitId: commune }]);
  const foreignManager = tokenFor([{ role: 'unit-manager', unitId: otherProvince }]);
  const { gql, mutate } = graphqlClient(() => platform.gateway.baseUrl);
  let written: string[] = [];

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true });
    const step = async (mutation: string) => {
      written = [await mutate(`mutation { ${mutation} { consistencyToken } }`, { token: admin, consistency: written })];
    };
    await step(`createUnit(input: ${unitInput(province, 'Tỉnh đoàn Lào Cai', null)})`);
    await step(`createUnit(input: ${unitInput(commune, 'Đoàn xã Y Tý', province)})`);
    await step(`createUnit(input: ${unitInput(otherProvince, 'Tỉnh đoàn Tuyên Quang', null)})`);
    await step(`renameUnit(input: { unitId: "${commune}", nameVi: "Đoàn xã Y Tý mới", effectiveFrom: "2025-07-01" })`);
    await step(
      `registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "Lò Thị Mai", dateOfBirth: "2001-03-04", phone: "0912000111", email: "mai@example.vn", homeUnitId: "${commune}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" })`,
    );
    await step(
      `launchCampaign(input: { campaignId: "${campaignId}", organiserUnitId: "${commune}", definition: { name: "Hè tình nguyện Y Tý", kind: "peak", peakTemplate: "summer-volunteer", domains: ["public-health"], startsOn: "${day(-30)}", endsOn: "${day(90)}", goals: [], initiator: "union" }, launchedOn: "${day(-31)}" })`,
    );
    await step(
      `proposeActivity(input: { activityId: "${activityId}", name: "Làm đường", campaignId: "${campaignId}", organiserUnitId: "${commune}", domains: ["public-health"], location: { unitId: "${commune}" }, responsibleCadreId: "${id('cadre')}", initiator: "union", proposedOn: "${day(-20)}" })`,
    );
    await step(`planActivity(input: { activityId: "${activityId}", startsOn: "${day(20)}", endsOn: "${day(40)}", plannedOn: "${day(-10)}" })`);
    await step(
      `scheduleShift(input: { shiftId: "${shiftId}", activityId: "${activityId}", role: { roleId: "lai-xe", name: "Lái xe" }, startsAt: "${day(25)}T07:00:00+07:00", endsAt: "${day(25)}T11:00:00+07:00", capacity: 2, waitlist: true })`,
    );
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const trail = `auditTrail(first: 10) { totalCount nodes { type actorKind actorId streamType occurredAt recordedAt } pageInfo { hasNextPage endCursor } }`;
  const read = async (query: string, token: string) => {
    const result = await gql(query, { token, consistency: written });
    expect(result.errors).toBeUndefined();
    return result.data as Record<
      string,
      { auditTrail: { totalCount: number; nodes: Record<string, string>[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }
    >;
  };

  it("shows an activity's events and its shifts', newest first, with the account that did each", async () => {
    const { activity } = await read(`{ activity(id: "${activityId}") { ${trail} } }`, communeManager);
    expect(activity!.auditTrail.nodes.map((entry) => [entry['type'], entry['streamType']])).toEqual([
      ['ShiftScheduled', 'shift'],
      ['ActivityPlanned', 'activity'],
      ['ActivityProposed', 'activity'],
    ]);
    expect(activity!.auditTrail.nodes.every((entry) => entry['actorKind'] === 'account' && entry['actorId'] === adminSub)).toBe(true);
    expect(activity!.auditTrail.totalCount).toBe(3);

    // An analyst reads the same trail without the accounts behind it (account ids derive from usernames).
    const analyst = tokenFor([{ role: 'analyst', unitId: commune }]);
    const seen = await read(`{ activity(id: "${activityId}") { ${trail} } }`, analyst);
    expect(seen['activity']!.auditTrail.nodes.map((entry) => [entry['type'], entry['actorKind'], entry['actorId']])).toEqual([
      ['ShiftScheduled', 'account', null],
      ['ActivityPlanned', 'account', null],
      ['ActivityProposed', 'account', null],
    ]);
  });

  it("pages a campaign's and a unit's trail with the cursor", async () => {
    const { campaign } = await read(`{ campaign(id: "${campaignId}") { ${trail} } }`, communeManager);
    expect(campaign!.auditTrail.nodes.map((entry) => entry['type'])).toEqual(['CampaignLaunched']);

    const first = await read(`{ unit(id: "${commune}") { auditTrail(first: 1) { nodes { type } pageInfo { hasNextPage endCursor } } } }`, communeManager);
    expect(first['unit']!.auditTrail.nodes.map((entry) => entry['type'])).toEqual(['UnitRenamed']);
    expect(first['unit']!.auditTrail.pageInfo.hasNextPage).toBe(true);
    const rest = await read(
      `{ unit(id: "${commune}") { auditTrail(first: 5, after: "${first['unit']!.auditTrail.pageInfo.endCursor}") { nodes { type } pageInfo { hasNextPage } } } }`,
      communeManager,
    );
    expect(rest['unit']!.auditTrail.nodes.map((entry) => entry['type'])).toEqual(['UnitCreated']);
    expect(rest['unit']!.auditTrail.pageInfo.hasNextPage).toBe(false);
  });

  it("shows a volunteer's trail to the readers of the home unit, and none of the personal data", async () => {
    const result = await gql(`{ volunteer(id: "${volunteerId}") { ${trail} } }`, { token: communeManager, consistency: written });
    expect(result.errors).toBeUndefined();
    const entries = (result.data as { volunteer: { auditTrail: { nodes: Record<string, string>[] } } }).volunteer.auditTrail.nodes;
    // Registration records the consent in the same commit: the later version comes first.
    expect(entries.map((entry) => entry['type'])).toEqual(['VolunteerConsentGiven', 'VolunteerRegistered']);
    expect(JSON.stringify(entries)).not.toMatch(/Lò Thị Mai|0912000111|2001-03-04/);
  });

  it("answers another province's manager as for any subject not theirs", async () => {
    for (const query of [
      `{ activity(id: "${activityId}") { ${trail} } }`,
      `{ campaign(id: "${campaignId}") { ${trail} } }`,
      `{ unit(id: "${commune}") { ${trail} } }`,
      `{ volunteer(id: "${volunteerId}") { ${trail} } }`,
    ]) {
      const result = await gql(query, { token: foreignManager, consistency: written });
      expect(errorOf(result).code).toBe('FORBIDDEN');
    }
  });
});
