import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type GqlResponse, type Platform, startPlatform, stopProjectors, tokenFor, unitInput } from './harness';

// Issue 10, round 2: reads and subject rights by id answer "unknown" and "not yours" alike (no
// existence oracle), and an erased person's token is refused at once, whatever the projection lag.
describe('probe: existence oracles and erasure of a signed-in person (GraphQL gateway, real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe-oracle e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  // A manager of Lào Cai: Yên Bái's people and everything unknown are not theirs.
  const managerOfLaoCai = () => tokenFor([{ role: 'unit-manager', unitId: id('lao-cai') }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  const mutate = (query: string) => mutateWith(query, { token: admin });
  const password = 'mat-khau-du-dai-2025';
  const registerVolunteer = (volunteerId: string, unitId: string, phone: string) =>
    mutate(
      `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "Giàng Thị Hoa", dateOfBirth: "2001-05-04", phone: "${phone}", email: "${volunteerId}@example.vn", homeUnitId: "${unitId}", consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
    );
  /** The first error's code and message: what a prober compares. */
  const answerOf = (result: GqlResponse) => ({
    code: result.errors?.[0]?.extensions?.code,
    message: result.errors?.[0]?.message,
    data: result.errors ? undefined : result.data,
  });

  let projected = '';
  beforeAll(async () => {
    platform = await startPlatform(suite);
    for (const [unitId, name] of [
      [id('lao-cai'), 'Tỉnh đoàn Lào Cai'],
      [id('yen-bai'), 'Tỉnh đoàn Yên Bái'],
    ] as const) {
      await mutate(`mutation { createUnit(input: ${unitInput(unitId, name, null)}) { consistencyToken } }`);
    }
    await registerVolunteer(id('vol-yb'), id('yen-bai'), '0912345678');
    projected = await registerVolunteer(id('vol-erased'), id('yen-bai'), '0912345679');
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  describe('one entity by id', () => {
    const cases = [
      ['volunteer', (entityId: string) => `{ volunteer(id: "${entityId}") { id } }`],
      ['activity', (entityId: string) => `{ activity(id: "${entityId}") { id } }`],
      ['campaign', (entityId: string) => `{ campaign(id: "${entityId}") { id } }`],
      ['shifts of an activity', (entityId: string) => `{ shifts(activityId: "${entityId}") { id } }`],
      ['shift attendance', (entityId: string) => `{ shiftAttendance(shiftId: "${entityId}") { shiftId } }`],
    ] as const;

    it.each(cases)('%s: an anonymous caller hears UNAUTHENTICATED for an unknown id', async (_name, query) => {
      expect(errorOf(await gql(query(id('nothing-here'))))).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it.each(cases)("%s: another province's manager hears FORBIDDEN for an unknown id", async (_name, query) => {
      expect(errorOf(await gql(query(id('nothing-here')), { token: managerOfLaoCai(), consistency: [projected] }))).toMatchObject({ code: 'FORBIDDEN' });
    });

    it("volunteer: an unknown and another province's volunteer answer word for word alike, to the anonymous and to a manager", async () => {
      const ask = (volunteerId: string, token?: string) =>
        gql(`{ volunteer(id: "${volunteerId}") { id } }`, { ...(token ? { token } : {}), consistency: [projected] });
      expect(answerOf(await ask(id('vol-unknown')))).toEqual(answerOf(await ask(id('vol-yb'))));
      const manager = managerOfLaoCai();
      expect(answerOf(await ask(id('vol-unknown'), manager))).toEqual(answerOf(await ask(id('vol-yb'), manager)));
      expect(answerOf(await ask(id('vol-unknown'), manager)).code).toBe('FORBIDDEN');
    });

    it('a reader of every unit still learns that an id names nothing', async () => {
      const result = await gql(
        `{ volunteer(id: "${id('vol-unknown')}") { id } activity(id: "${id('nothing')}") { id } campaign(id: "${id('nothing')}") { id } }`,
        { token: admin },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ volunteer: null, activity: null, campaign: null });
    });
  });

  describe('subject rights', () => {
    it.each([
      ['volunteerDataExport', (subjectId: string) => `{ volunteerDataExport(id: "${subjectId}") }`],
      ['eraseVolunteerPersonalData', (subjectId: string) => `mutation { eraseVolunteerPersonalData(id: "${subjectId}") { id } }`],
    ] as const)("%s: an unknown and another province's person answer word for word alike (FORBIDDEN)", async (_name, query) => {
      const manager = managerOfLaoCai();
      // The registry decides for a person this gateway has not seen: an id it holds nowhere.
      const unknown = answerOf(await gql(query(id('vol-unknown')), { token: manager }));
      expect(unknown.code).toBe('FORBIDDEN');
      expect(unknown).toEqual(answerOf(await gql(query(id('vol-yb')), { token: manager, consistency: [projected] })));
    });
  });

  describe('while the read models lag behind (projectors stopped)', () => {
    let personToken = '';
    beforeAll(async () => {
      const opened = await mutate(
        `mutation { openAccount(input: { username: "nguoi-xoa.${run}", password: "${password}", kind: "volunteer", personId: "${id('vol-erased')}", roles: [], openedOn: "2025-07-01" }) { consistencyToken } }`,
      );
      const signedIn = await gql(`mutation { signIn(username: "nguoi-xoa.${run}", password: "${password}") { accessToken } }`);
      expect(signedIn.errors).toBeUndefined();
      personToken = signedIn.data!['signIn'].accessToken as string;
      // The account's opening projected, so the read model shows it open from now on.
      expect((await gql(`{ me { accountId } }`, { token: personToken, consistency: [opened] })).errors).toBeUndefined();
      await stopProjectors(platform);
    }, 120_000);

    it("refuses the erased person's token at once, without a consistency token", async () => {
      const own = `{ volunteer(id: "${id('vol-erased')}") { id } }`;
      expect((await gql(own, { token: personToken })).data!['volunteer']).toEqual({ id: id('vol-erased') });
      expect((await gql(`mutation { eraseVolunteerPersonalData(id: "${id('vol-erased')}") { id } }`, { token: admin })).errors).toBeUndefined();
      expect(errorOf(await gql(own, { token: personToken }))).toMatchObject({ code: 'AUTH.SESSION_ENDED' });
      expect(errorOf(await gql(`{ me { accountId } }`, { token: personToken }))).toMatchObject({ code: 'AUTH.SESSION_ENDED' });
    });
  });
});
