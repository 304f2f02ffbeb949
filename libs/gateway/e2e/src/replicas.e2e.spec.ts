import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the e2e suite starts the apps themselves (see harness.ts)
import { GRAPHQL_PATH } from '../../../../apps/gateway/src/app.module';
import { errorOf, graphqlClient, type GqlResponse, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Two gateway instances side by side (issue 12's replicas; every suite runs two through the
// harness, this one shows what each instance must share). Command replies: each instance reads
// them in a consumer group of its own (named by the process id, two gateways in one process, or
// two containers where every pid is 1, shared a group, each got half the partitions' replies and
// the other half of their commands timed out). Rate limit and sign-in throttle: counted in the
// database both use, so a client gets no more by spreading its requests over them.
describe('two gateways side by side (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('replicas e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  let platform: Platform;
  const instance = (index: number) => graphqlClient(() => platform.gateways[index]!.baseUrl, { oneInstance: true });

  beforeAll(async () => {
    // A small burst, so that a test can use it up; per account, so other tests keep theirs.
    platform = await startPlatform(suite, { env: { gateway: { RATE_LIMIT_BURST: '20', RATE_LIMIT_PER_SECOND: '1' } } });
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('answers every command sent to either of them', async () => {
    const [first, other] = [instance(0), instance(1)];
    expect(platform.gateways).toHaveLength(2);
    await first.mutate(`mutation { createUnit(input: ${unitInput(id('lao-cai'), 'Tỉnh đoàn Lào Cai', null)}) { consistencyToken } }`, { token: admin });
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        (index % 2 === 0 ? first : other).gql(`mutation { createUnit(input: ${unitInput(id(`xa-${index}`), `Đoàn xã ${index}`, id('lao-cai'))}) { id } }`, {
          token: admin,
        }),
      ),
    );
    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.['code'] ?? 'ok')).toEqual(Array(8).fill('ok'));
    expect(Date.now() - started).toBeLessThan(10_000); // none waited for the 15 s reply timeout
  }, 60_000);

  it('reads on one what the other wrote, by its consistency token', async () => {
    const written = await instance(1).mutate(`mutation { createUnit(input: ${unitInput(id('ha-giang'), 'Tỉnh đoàn Hà Giang', null)}) { consistencyToken } }`, {
      token: admin,
    });
    const read = await instance(0).gql(`{ unit(id: "${id('ha-giang')}") { id } }`, { token: admin, consistency: [written] });
    expect(read.errors).toBeUndefined();
    expect(read.data!['unit']).toEqual({ id: id('ha-giang') });
  });

  it('counts sign-in failures on one instance when the client tries on the other', async () => {
    const signIn = (index: number, guess: number) =>
      instance(index).gql(`mutation { signIn(username: "nobody-${run}", password: "guess-number-${guess}") { accessToken } }`);
    const codes: (string | undefined)[] = [];
    // Five free failures, spread over both instances; the sixth waits on either.
    for (let guess = 0; guess < 5; guess++) codes.push(errorOf(await signIn(guess % 2, guess)).code);
    expect(codes).toEqual(Array(5).fill('AUTH.INVALID_CREDENTIALS'));
    expect(errorOf(await signIn(1, 5)).code).toBe('AUTH.SIGN_IN_THROTTLED');
    expect(errorOf(await signIn(0, 6)).code).toBe('AUTH.SIGN_IN_THROTTLED');
  });

  it('refuses a client over its burst whichever instance counted its operations', async () => {
    const token = tokenFor([{ role: 'system-admin', unitId: null }]);
    const ask = async (index: number) => {
      const response = await fetch(`${platform.gateways[index]!.baseUrl}${GRAPHQL_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { accountId } }' }),
      });
      return { index, status: response.status, body: (await response.json()) as GqlResponse };
    };
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await ask(i % 2));
    const served = answers.filter((answer) => answer.body.errors === undefined);
    const refused = answers.filter((answer) => answer.status === 429);
    // Each instance counting alone would have served all 30 (15 each, within a burst of 20).
    expect(served.length).toBeGreaterThanOrEqual(20);
    expect(served.length).toBeLessThanOrEqual(22); // 20, and a second's refill or two on a slow machine
    expect(served.length + refused.length).toBe(30);
    expect(new Set(refused.map((answer) => answer.index))).toEqual(new Set([0, 1]));
    expect(errorOf(refused[0]!.body).code).toBe('RATE_LIMITED');
  });
});
