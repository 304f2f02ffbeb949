import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type GqlResponse, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 11: a mutation sent again with the same Idempotency-Key is applied once and answered
// with the first attempt's result; the key is the caller's own; a bad key is refused.
describe('Idempotency-Key (resilience, real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('resilience idempotency e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  let lastToken = '';

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const otherAdmin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate } = graphqlClient(() => platform.gateway.baseUrl);

  /** A GraphQL request with an Idempotency-Key header. */
  async function withKey(key: string, query: string, token = admin): Promise<GqlResponse> {
    const response = await fetch(`${platform.gateway.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'en', 'idempotency-key': key },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as GqlResponse;
  }
  const registerVolunteer = (name: string) =>
    `registerVolunteer(input: { fullName: "Lò Thị ${name} ${run}", dateOfBirth: "2000-05-20", phone: "0977123456", email: "${name}.${run}@example.vn", homeUnitId: "${id('ta-van')}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { id version consistencyToken }`;

  beforeAll(async () => {
    platform = await startPlatform(suite);
    await mutate(`mutation { createUnit(input: ${unitInput(id('lao-cai'), 'Tỉnh đoàn Lào Cai', null)}) { consistencyToken } }`, { token: admin });
    lastToken = await mutate(`mutation { createUnit(input: ${unitInput(id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai'))}) { consistencyToken } }`, {
      token: admin,
    });
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  async function volunteerIds(): Promise<string[]> {
    const result = await gql(`{ volunteers(unitId: "${id('ta-van')}") { nodes { id } } }`, { token: admin, consistency: [lastToken] });
    expect(result.errors).toBeUndefined();
    return result.data!['volunteers'].nodes.map((volunteer: { id: string }) => volunteer.id).sort();
  }

  it('applies a mutation sent twice with the same key once, and answers both alike', async () => {
    const key = `order-${run}`;
    const first = await withKey(key, `mutation { ${registerVolunteer('mot')} }`);
    expect(first.errors).toBeUndefined();
    const second = await withKey(key, `mutation { ${registerVolunteer('mot')} }`);
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    lastToken = first.data!['registerVolunteer'].consistencyToken;
    expect(await volunteerIds()).toEqual([first.data!['registerVolunteer'].id]);
  });

  it("does not give another account the first's answer for the same key: its command is its own", async () => {
    const key = `order-${run}`;
    const mine = await withKey(key, `mutation { ${registerVolunteer('mot')} }`);
    const theirs = await withKey(key, `mutation { ${registerVolunteer('hai')} }`, otherAdmin);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!['registerVolunteer'].id).not.toBe(mine.data!['registerVolunteer'].id);
    expect(theirs.data!['registerVolunteer'].consistencyToken).not.toBe(mine.data!['registerVolunteer'].consistencyToken);
    lastToken = theirs.data!['registerVolunteer'].consistencyToken;
    expect(await volunteerIds()).toEqual([mine.data!['registerVolunteer'].id, theirs.data!['registerVolunteer'].id].sort());
  });

  it('refuses a key outside the id grammar, naming the header, and writes nothing', async () => {
    const before = await volunteerIds();
    const bad = await withKey('../etc/passwd', `mutation { ${registerVolunteer('ba')} }`);
    expect(errorOf(bad)).toEqual({ code: 'INPUT.ID_INVALID', field: 'Idempotency-Key' });
    expect(bad.errors![0]!.message).toMatch(/Idempotency-Key/);
    expect(await volunteerIds()).toEqual(before);
  });

  it('refuses one key over two mutations', async () => {
    const both = await withKey(`pair-${run}`, `mutation { a: ${registerVolunteer('bon')} b: ${registerVolunteer('nam')} }`);
    expect(errorOf(both)).toEqual({ code: 'INPUT.IDEMPOTENCY_KEY_ONE_MUTATION', field: 'Idempotency-Key' });
  });
});
