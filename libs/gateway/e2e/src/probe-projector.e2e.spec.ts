import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { REGISTRY_CONTEXT } from '@tn/registry-contracts';
import { encodeEvent, eventTopicOf, readDeadLetters } from '@tn/shared-event-bus';
import { isolatedSuite } from '@tn/shared-testing';
import { graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 10, item 1: one registry event the gateway's read-model store refuses (a NUL in its
// stream id) stalled every partition it sat on for ever while platformStatus said "up". The bad
// event is published straight to the registry's event topic (the command edge refuses such ids
// now): it must be dead-lettered and what comes after it projected.
describe('gateway projector and a bad registry event (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe projector e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  const kafka = new Kafka({ clientId: 'probe-projector-e2e', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  let platform: Platform;
  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate } = graphqlClient(() => platform.gateway.baseUrl);

  beforeAll(async () => {
    platform = await startPlatform(suite);
  }, 120_000);
  afterAll(async () => {
    await platform?.stop();
  });

  it('dead-letters the bad event, projects a volunteer registered after it, and platformStatus stays honest', async () => {
    const province = id('lao-cai');
    await mutate(`mutation { createUnit(input: ${unitInput(province, 'Tỉnh đoàn Lào Cai', null)}) { consistencyToken } }`, { token: admin });

    // One bad event on every partition of the registry's event topic, so whatever comes next sits behind one.
    const topic = eventTopicOf(`${suite.topicPrefix}${REGISTRY_CONTEXT}`);
    const admin_ = kafka.admin();
    await admin_.connect();
    const partitions = (await admin_.fetchTopicOffsets(topic)).map((p) => p.partition);
    await admin_.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    const badUnitId = `${run}-bad\u0000unit`;
    for (const partition of partitions) {
      const message = encodeEvent({
        eventId: randomUUID(),
        type: 'UnitCreated',
        schemaVersion: 1,
        streamId: `unit-${badUnitId}-${partition}`,
        streamType: 'unit',
        streamVersion: 1,
        position: 1,
        occurredAt: '2025-01-01T00:00:00.000Z',
        recordedAt: '2025-01-01T00:00:00.000Z',
        actor: { kind: 'system', id: 'probe' },
        correlationId: 'probe',
        causationId: 'probe',
        data: {
          unitId: `${badUnitId}-${partition}`,
          effectiveFrom: '2025-01-01',
          nameVi: 'Hỏng',
          organisation: 'union',
          levelLabel: 'Tỉnh đoàn',
          flags: { ethnicMinority: false, mountainous: false, border: false, island: false },
        },
      });
      await producer.send({ topic, acks: -1, messages: [{ ...message, partition }] });
    }
    await producer.disconnect();

    const commune = id('ta-van');
    const created = await mutate(`mutation { createUnit(input: ${unitInput(commune, 'Đoàn xã Tả Van', province)}) { consistencyToken } }`, { token: admin });
    const seen = await gql<{ unit: { id: string } | null }>(`{ unit(id: "${commune}") { id } }`, { token: admin, consistency: [created] });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.unit?.id).toBe(commune);

    const volunteerId = id('vol-hoa');
    const registered = await mutate(
      `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "Giàng Thị Hoa", dateOfBirth: "2001-05-04", phone: "0912345678", email: "tn.${run}@example.vn", homeUnitId: "${commune}", consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
      { token: admin },
    );
    const volunteer = await gql<{ volunteer: { id: string } | null }>(`{ volunteer(id: "${volunteerId}") { id } }`, {
      token: admin,
      consistency: [registered],
    });
    expect(volunteer.errors).toBeUndefined();
    expect(volunteer.data?.volunteer?.id).toBe(volunteerId);

    const groupId = `${suite.topicPrefix}gateway-registry-v5-${platform.databases.gateway}`;
    // The two tokens above prove only their own partitions moved past the bad event: the others'
    // dead letters may still be on their way on a busy machine, so read until all are there.
    const deadLetteredPartitions = async () =>
      new Set(
        (await readDeadLetters(kafka, groupId)).filter((letter) => letter.streamId.startsWith(`unit-${badUnitId}`)).map((letter) => letter.originalPartition),
      );
    let lettered = await deadLetteredPartitions();
    for (const deadline = Date.now() + 30_000; lettered.size < partitions.length && Date.now() < deadline; lettered = await deadLetteredPartitions()) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(lettered).toEqual(new Set(partitions));

    const status = await gql<{ platformStatus: { ready: boolean; status: string; dependencies: { name: string; up: boolean; stuckPartitions: unknown[] }[] } }>(
      '{ platformStatus { ready status dependencies { name up stuckPartitions { projector topic partition offset attempts } } } }',
    );
    // This suite runs no campaigns service, so the gateway is degraded (a service behind it does
    // not answer its pings); what matters here is that nothing of its own is down or stuck.
    expect(status.data?.platformStatus).toMatchObject({ ready: true, status: 'degraded' });
    expect(status.data?.platformStatus.dependencies.filter((d) => !d.up && !d.name.startsWith('service:')).map((d) => d.name)).toEqual([]);
    expect(status.data?.platformStatus.dependencies.find((d) => d.name === `projector:${groupId}`)).toMatchObject({ up: true, stuckPartitions: [] });
  }, 180_000);
});
