import { randomUUID } from 'node:crypto';
import { startServiceUnderTest, isolatedSuite, type RunningService, waitUntilReady } from '@tn/shared-testing';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { gatewayService, GRAPHQL_PATH } from '../../../../apps/gateway/src/app.module';
import { errorOf, graphqlClient, type GqlResponse, type Platform, startPlatform, stopProjectors, tokenFor, unitInput } from './harness';

// Issue 10, items 7, 8 and 11 (merged units' people): sign-in throttling that no one can turn
// into a lock-out, sign-out and role revocation refused at once whatever the projection lag,
// and people of a merged unit listed under its successor from the merger on.
describe('probe: sign-in throttle, immediate revocation, merged units (GraphQL gateway, real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe-auth e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  let secondGateway: RunningService | undefined;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  const mutate = (query: string) => mutateWith(query, { token: admin });
  const password = 'mat-khau-du-dai-2025';

  /** A sign-in as a proxy in front of the gateway would forward it for `client`. */
  async function signInFrom(client: string, username: string, secret: string, baseUrl = platform.gateway.baseUrl): Promise<GqlResponse> {
    const response = await fetch(`${baseUrl}${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client, 'accept-language': 'en' },
      body: JSON.stringify({ query: `mutation { signIn(username: "${username}", password: "${secret}") { accessToken accountId } }` }),
    });
    return (await response.json()) as GqlResponse;
  }
  const retryAfterSeconds = (result: GqlResponse) => (result.errors?.[0]?.extensions as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  const openAccount = (username: string, roles: string) =>
    mutate(
      `mutation { openAccount(input: { username: "${username}", password: "${password}", kind: "cadre", roles: ${roles}, openedOn: "2025-07-01" }) { consistencyToken } }`,
    );

  let lastToken = '';
  beforeAll(async () => {
    // The gateway believes X-Forwarded-For from a proxy on this machine, as behind a reverse proxy.
    platform = await startPlatform(suite, { env: { gateway: { TRUSTED_PROXIES: 'loopback' } } });
    for (const [unitId, name, parent] of [
      [id('lao-cai'), 'Tỉnh đoàn Lào Cai', null],
      [id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai')],
      [id('hau-thao'), 'Đoàn xã Hầu Thào', id('lao-cai')],
    ] as const) {
      await mutate(`mutation { createUnit(input: ${unitInput(unitId, name, parent)}) { consistencyToken } }`);
    }
    await mutate(
      `mutation { registerCadre(input: { cadreId: "${id('cadre-sai')}", fullName: "Lý A Sài", registeredOn: "2025-01-02", registeringUnitId: "${id('ta-van')}" }) { consistencyToken } }`,
    );
    await mutate(
      `mutation { appointCadre(input: { cadreId: "${id('cadre-sai')}", positionId: "${id('pos-sai')}", unitId: "${id('ta-van')}", title: "Bí thư", dedicatedToVolunteerWork: true, termStart: "2025-01-02" }) { consistencyToken } }`,
    );
    await mutate(
      `mutation { registerVolunteer(input: { volunteerId: "${id('vol-hoa')}", fullName: "Giàng Thị Hoa", dateOfBirth: "2001-05-04", phone: "0912345678", email: "hoa.${run}@example.vn", homeUnitId: "${id('ta-van')}", consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
    );
    await mutate(
      `mutation { mergeUnits(input: { sourceUnitIds: ["${id('ta-van')}"], intoExistingUnitId: "${id('hau-thao')}", effectiveFrom: "2025-07-01" }) { consistencyToken } }`,
    );
    await openAccount(`nan-nhan.${run}`, '[]');
    await openAccount(`so-dong.${run}`, '[]');
    await openAccount(`ra-ve.${run}`, '[]');
    lastToken = await openAccount(`quan-ly.${run}`, `[{ role: "unit-manager", unitId: "${id('lao-cai')}" }]`);
  }, 180_000);

  afterAll(async () => {
    await secondGateway?.stop();
    await platform?.stop();
  });

  it("lists a merged unit's people under its successor today, and under the old unit before the merger", async () => {
    const listing = (unitId: string, asOf?: string) =>
      gql(
        `{ volunteers(unitId: "${id(unitId)}"${asOf ? `, asOf: "${asOf}"` : ''}) { nodes { id } } cadres(unitId: "${id(unitId)}"${asOf ? `, asOf: "${asOf}"` : ''}) { nodes { id } } }`,
        { token: admin, consistency: [lastToken] },
      );
    const ids = (result: GqlResponse) => {
      expect(result.errors).toBeUndefined();
      return {
        volunteers: result.data!['volunteers'].nodes.map((n: { id: string }) => n.id),
        cadres: result.data!['cadres'].nodes.map((n: { id: string }) => n.id),
      };
    };
    expect(ids(await listing('ta-van'))).toEqual({ volunteers: [], cadres: [] });
    expect(ids(await listing('hau-thao'))).toEqual({ volunteers: [id('vol-hoa')], cadres: [id('cadre-sai')] });
    expect(ids(await listing('ta-van', '2025-06-30'))).toEqual({ volunteers: [id('vol-hoa')], cadres: [id('cadre-sai')] });
    expect(ids(await listing('hau-thao', '2025-06-30'))).toEqual({ volunteers: [], cadres: [] });
  });

  it('slows a client that keeps failing, progressively, while a correct password from another client still signs in', async () => {
    const username = `nan-nhan.${run}`;
    const attacker = '203.0.113.10';
    const codes: (string | undefined)[] = [];
    let lastChargedAt = 0;
    for (let i = 0; i < 5; i++) {
      lastChargedAt = Date.now();
      codes.push(errorOf(await signInFrom(attacker, username, `doan-sai-${i}`)).code);
    }
    expect(codes).toEqual(Array(5).fill('AUTH.INVALID_CREDENTIALS'));
    // The sixth failure in a row waits 1 s, then 2 s, then 4 s: it doubles. The wait runs from
    // the last attempt, so what is left of it lies between the full delay minus the time since
    // that attempt was sent, and the full delay.
    for (const delayMs of [1_000, 2_000, 4_000]) {
      const held = await signInFrom(attacker, username, password);
      const elapsed = Date.now() - lastChargedAt;
      expect(errorOf(held)).toEqual({ code: 'AUTH.SIGN_IN_THROTTLED', field: 'username' });
      expect(held.errors![0]!.message).toMatch(/wait \d+ seconds and try again/);
      const { retryAfterMs } = held.errors![0]!.extensions as unknown as { retryAfterMs: number };
      expect(retryAfterSeconds(held)).toBe(Math.ceil(retryAfterMs / 1000));
      expect(retryAfterMs).toBeLessThanOrEqual(delayMs);
      expect(retryAfterMs).toBeGreaterThanOrEqual(delayMs - elapsed);
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs + 20));
      lastChargedAt = Date.now();
      expect(errorOf(await signInFrom(attacker, username, `doan-sai-tiep-${delayMs}`)).code).toBe('AUTH.INVALID_CREDENTIALS');
    }
    // The owner, from their own address, is let in at once.
    const owner = await signInFrom('198.51.100.7', username, password);
    expect(owner.errors).toBeUndefined();
    expect(owner.data!['signIn'].accessToken).toEqual(expect.any(String));
  }, 60_000);

  it('cannot be turned into a lock-out by failing from many addresses: failing clients are slowed, a new one signs in', async () => {
    const username = `so-dong.${run}`;
    // 21 failures from 21 addresses: past the username's ceiling of 20.
    for (let i = 0; i < 21; i++) expect(errorOf(await signInFrom(`203.0.113.${100 + i}`, username, `doan-sai-${i}`)).code).toBe('AUTH.INVALID_CREDENTIALS');
    const again = await signInFrom('203.0.113.100', username, 'doan-sai-lan-nua');
    expect(errorOf(again).code).toBe('AUTH.SIGN_IN_THROTTLED');
    expect(retryAfterSeconds(again)).toBeGreaterThan(0);
    const owner = await signInFrom('198.51.100.8', username, password);
    expect(owner.errors).toBeUndefined();
    expect(owner.data!['signIn'].accountId).toEqual(expect.any(String));
  }, 60_000);

  describe('while the read models lag behind (projectors stopped)', () => {
    beforeAll(async () => {
      // A second gateway instance on the same database, as in a deployment with two. Its own
      // topics: in one process both would share reply consumer groups (named after the pid),
      // and it must not project anything either.
      secondGateway = await startServiceUnderTest(gatewayService, {
        MONGO_DATABASE: platform.databases.gateway,
        KAFKA_TOPIC_PREFIX: `${suite.topicPrefix}two.`,
      });
      await waitUntilReady(secondGateway.baseUrl, 60_000);
      await stopProjectors(platform);
    }, 120_000);

    it('refuses a signed-out token at once, without a consistency token, on both gateways', async () => {
      const signedIn = await signInFrom('198.51.100.9', `ra-ve.${run}`, password);
      const token = signedIn.data!['signIn'].accessToken as string;
      expect((await gql(`{ me { accountId } }`, { token })).errors).toBeUndefined();
      expect((await gql(`mutation { signOut { id } }`, { token })).errors).toBeUndefined();
      expect(errorOf(await gql(`{ me { accountId } }`, { token }))).toMatchObject({ code: 'AUTH.SESSION_ENDED' });
      const other = graphqlClient(() => secondGateway!.baseUrl);
      expect(errorOf(await other.gql(`{ me { accountId } }`, { token }))).toMatchObject({ code: 'AUTH.SESSION_ENDED' });
    });

    it('refuses what a revoked role allowed at once, and gives it back when granted again', async () => {
      const signedIn = await signInFrom('198.51.100.10', `quan-ly.${run}`, password);
      const { accessToken: token, accountId } = signedIn.data!['signIn'] as { accessToken: string; accountId: string };
      const read = `{ unit(id: "${id('hau-thao')}") { id } }`;
      expect((await gql(read, { token })).data!['unit']).toEqual({ id: id('hau-thao') });
      expect(
        (await gql(`mutation { revokeRole(input: { accountId: "${accountId}", role: "unit-manager", unitId: "${id('lao-cai')}" }) { id } }`, { token: admin }))
          .errors,
      ).toBeUndefined();
      expect(errorOf(await gql(read, { token }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await graphqlClient(() => secondGateway!.baseUrl).gql(read, { token }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        (await gql(`mutation { grantRole(input: { accountId: "${accountId}", role: "unit-manager", unitId: "${id('lao-cai')}" }) { id } }`, { token: admin }))
          .errors,
      ).toBeUndefined();
      expect((await gql(read, { token })).data!['unit']).toEqual({ id: id('hau-thao') });
    });
  });
});
