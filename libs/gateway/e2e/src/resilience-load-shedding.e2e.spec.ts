import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { graphqlClient, type GqlResponse, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 11: over its limit the gateway refuses a command early (GATEWAY.BUSY, Retry-After) and
// sends nothing, so a retry with the same key is safe; platformStatus lists each service behind
// the gateway through its command path, and says so when one stops answering.
describe('Load shedding and platformStatus (resilience, real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('resilience load shedding e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate } = graphqlClient(() => platform.gateway.baseUrl);
  // The figures of the instance the burst is sent to: each instance sheds and counts on its own.
  const instance = graphqlClient(() => platform.gateway.baseUrl, { oneInstance: true });

  beforeAll(async () => {
    // At most two commands in flight per service and no waiting for a slot: a burst must be shed.
    platform = await startPlatform(suite, {
      campaigns: true,
      training: true,
      network: true,
      reporting: true,
      env: { gateway: { COMMAND_CONCURRENCY_MAX: '2', COMMAND_QUEUE_WAIT_MS: '0' } },
    });
    await mutate(`mutation { createUnit(input: ${unitInput(id('lao-cai'), 'Tỉnh đoàn Lào Cai', null)}) { consistencyToken } }`, { token: admin });
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  async function createCommune(key: string): Promise<{ status: number; retryAfter: string | null; body: GqlResponse }> {
    const response = await fetch(`${platform.gateway.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, 'accept-language': 'en', 'idempotency-key': key },
      body: JSON.stringify({ query: `mutation { createUnit(input: ${unitInput(id(key), `Đoàn xã ${key}`, id('lao-cai'))}) { id consistencyToken } }` }),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as GqlResponse };
  }

  type Status = {
    ready: boolean;
    status: string;
    services: { name: string; reachable: boolean; health: string; roundTripMs: number | null; commandLimit: number; commandsShed: number }[];
  };
  const platformStatus = async (): Promise<Status> => {
    const result = await instance.gql<{ platformStatus: Status }>(
      '{ platformStatus { ready status services { name reachable health roundTripMs commandLimit commandsShed } } }',
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.platformStatus;
  };
  async function eventually<T>(read: () => Promise<T>, until: (value: T) => boolean, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (until(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  it('lists the registry, training, campaigns, network and reporting services, each answering through its command path', async () => {
    const status = await eventually(
      platformStatus,
      (s) => s.status === 'up' && s.services.every((service) => service.reachable && service.health === 'up'),
      30_000,
    );
    expect(status.services.map((service) => service.name).sort()).toEqual(['campaigns', 'network', 'registry', 'reporting', 'training']);
    for (const service of status.services) {
      expect(service).toMatchObject({ reachable: true, health: 'up', commandLimit: 2 });
      expect(service.roundTripMs).toBeGreaterThanOrEqual(0);
    }
    expect(status).toMatchObject({ ready: true, status: 'up' });
  });

  it('refuses a burst over the limit with GATEWAY.BUSY and Retry-After, applies none of the refused, and takes their retries', async () => {
    const keys = Array.from({ length: 24 }, (_, index) => `xa-${index}`);
    const answers = await Promise.all(keys.map(createCommune));
    const busy = keys.filter((_, index) => answers[index]!.body.errors?.[0]?.extensions?.['code'] === 'GATEWAY.BUSY');
    const applied = keys.filter((_, index) => answers[index]!.body.errors === undefined);
    expect(busy.length).toBeGreaterThan(0);
    expect(applied.length).toBeGreaterThan(0);
    expect(busy.length + applied.length).toBe(keys.length); // nothing else went wrong
    const refused = answers.find((answer) => answer.body.errors?.[0]?.extensions?.['code'] === 'GATEWAY.BUSY')!;
    expect(refused.status).toBe(200); // an execution error, as GraphQL over HTTP has it
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ retryable: true, retryAfterSeconds: Number(refused.retryAfter) });
    expect(refused.body.errors![0]!.message).toContain('nothing was changed');

    // Nothing of a refused command reached the registry: its unit does not exist.
    const tokens = applied.map((key) => answers[keys.indexOf(key)]!.body.data!['createUnit'].consistencyToken as string);
    for (const key of busy) {
      const result = await gql(`{ unit(id: "${id(key)}") { id } }`, { token: admin, consistency: tokens });
      expect(result.data?.['unit']).toBeNull();
    }
    // Sent again one at a time with the same keys, every refused one is applied.
    for (const key of busy) {
      const retry = await createCommune(key);
      expect(retry.body.errors).toBeUndefined();
      expect(retry.body.data!['createUnit'].id).toBe(id(key));
    }
    const status = await platformStatus();
    expect(status.services.find((service) => service.name === 'registry')!.commandsShed).toBeGreaterThanOrEqual(busy.length);
    const metrics = await (await fetch(`${platform.gateway.metricsUrl}/metrics`)).text();
    const shed = Number(/tn_commands_shed_total\{backend="registry"[^}]*\} (\d+)/.exec(metrics)?.[1]);
    expect(shed).toBeGreaterThanOrEqual(busy.length);
    expect(metrics).toMatch(/tn_command_admission_limit\{backend="registry"[^}]*\} 2/);
  });

  it('hides the load figures from anyone but a system administrator', async () => {
    const anonymous = await gql<{ platformStatus: { ready: boolean; services: unknown[] } }>('{ platformStatus { ready services { name } } }');
    expect(anonymous.data!.platformStatus).toEqual({ ready: true, services: [] });
  });

  it('says the campaigns service is unreachable once it stops, and stays ready (degraded) for the rest', async () => {
    await platform.campaigns!.stop();
    // Two failed pings in a row (5 s apart, 5 s timeout each) make it unreachable.
    const status = await eventually(
      platformStatus,
      (s) => s.status === 'degraded' && s.services.some((service) => service.name === 'campaigns' && !service.reachable),
      40_000,
    );
    expect(status.services.find((service) => service.name === 'campaigns')).toMatchObject({ reachable: false, health: 'unknown' });
    expect(status.services.find((service) => service.name === 'registry')).toMatchObject({ reachable: true });
    expect(status).toMatchObject({ ready: true, status: 'degraded' });
  }, 60_000);
});
