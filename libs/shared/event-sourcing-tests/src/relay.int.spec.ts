import { randomUUID } from 'node:crypto';
import { IsString } from 'class-validator';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { decodeEvent, eventTopicOf, OutboxRelay, type OutboxRelayOptions, publicTopicOf, RelayLease } from '@tn/shared-event-bus';
import { type EventEnvelope, PublicEventCatalog } from '@tn/shared-event-contracts';
import { CommandHandler, MongoEventStore } from '@tn/shared-event-store';
import { isolatedSuite } from '@tn/shared-testing';
import { counterDecider, counterEventTypes } from './fixtures/counter';
import { metadata, openStore, type StoreFixture } from './fixtures/store-fixture';
import { volunteerEventTypes } from './fixtures/volunteer';

/** The public event's one schema: the volunteer's home unit, never their name or phone. */
class VolunteerJoined {
  @IsString() homeUnitId!: string;
}

describe('outbox relay (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('relay');
  const kafka = new Kafka({ clientId: 'relay-test', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  let fixture: StoreFixture;
  let handler: CommandHandler<
    Parameters<typeof counterDecider.decide>[0],
    ReturnType<typeof counterDecider.decide>[number],
    ReturnType<typeof counterDecider.initialState>
  >;
  const running: OutboxRelay[] = [];

  beforeAll(async () => {
    fixture = await openStore(suite, [...counterEventTypes, ...volunteerEventTypes]);
    handler = new CommandHandler(fixture.store, { decider: counterDecider, streamType: 'counter', maxAttempts: 20 });
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((relay) => relay.stop()));
  });
  afterAll(async () => {
    await fixture.close();
    await suite.cleanUp();
  });

  const startRelay = async (context: string, extra: Partial<OutboxRelayOptions> = {}) => {
    const relay = new OutboxRelay({ context, store: fixture.store, connection: fixture.connection, kafka, partitions: 3, ...extra });
    running.push(relay);
    await relay.start();
    return relay;
  };
  const increment = (streamId: string) =>
    handler.handle({ streamId, commandId: randomUUID(), command: { type: 'IncrementCounter', counterId: streamId, by: 1 }, metadata: metadata() });

  /** Read a topic from the beginning until `count` messages arrived (or fail after 20 s). */
  async function readTopic(topic: string, count: number): Promise<KafkaMessage[]> {
    const consumer = kafka.consumer({ groupId: `${suite.topicPrefix}reader-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const messages: KafkaMessage[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${messages.length}/${count} messages on ${topic}`)), 20_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            messages.push(message);
            if (messages.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
      await new Promise((r) => setTimeout(r, 300)); // let extra (duplicate) messages show up
    } finally {
      await consumer.disconnect();
    }
    return messages;
  }

  it('publishes each stream’s events in order, keyed by stream, as soon as they are appended', async () => {
    const context = `${suite.topicPrefix}order`;
    // No sweep during the test: delivery can only come from the wake-up after append.
    const relay = await startRelay(context, { sweepIntervalMs: 3_600_000 });
    const streams = ['counter-a', 'counter-b', 'counter-c'];
    const appended = Date.now();
    await Promise.all(
      streams.map(async (stream) => {
        for (let i = 0; i < 10; i++) await increment(`${context}-${stream}`);
      }),
    );
    const messages = await readTopic(eventTopicOf(context), 30);
    // When the relay produced the last of them (the messages' create time), not when this reader got
    // them: the reader's group join, its 300 ms linger and its disconnect (which waits out a fetch, up
    // to 5 s) are not the relay's latency, and on a loaded machine they alone take many seconds.
    const latencyMs = Math.max(...messages.map((message) => Number(message.timestamp))) - appended;
    expect(messages).toHaveLength(30);
    const byStream = new Map<string, number[]>();
    for (const message of messages) {
      const envelope = decodeEvent(message.value);
      expect(message.key?.toString()).toBe(envelope.streamId);
      byStream.set(envelope.streamId, [...(byStream.get(envelope.streamId) ?? []), envelope.streamVersion]);
    }
    for (const versions of byStream.values()) expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(latencyMs).toBeLessThan(15_000);
    expect(relay.pendingCount).toBe(0);
  });

  it('publishes a stream’s earlier commit from another instance before this instance’s later one', async () => {
    const context = `${suite.topicPrefix}mixed-paths`;
    await startRelay(context, { sweepIntervalMs: 3_600_000 });
    // Another service instance: same database, its appends never reach this relay directly.
    const otherInstance = new MongoEventStore(fixture.connection, { registry: fixture.registry });
    const stream = `${context}-counter`;
    const event = [{ type: 'CounterIncremented', data: { counterId: 'x', by: 1 } }];
    const first = await otherInstance.append({
      streamId: stream,
      streamType: 'counter',
      expectedVersion: 0,
      commandId: randomUUID(),
      events: event,
      metadata: metadata(),
    });
    await fixture.store.append({
      streamId: stream,
      streamType: 'counter',
      expectedVersion: 1,
      commandId: randomUUID(),
      events: event,
      metadata: metadata(),
      previousCommitId: first.commitId,
      afterPosition: first.position,
    });
    const messages = await readTopic(eventTopicOf(context), 2);
    expect(messages.map((m) => decodeEvent(m.value).streamVersion)).toEqual([1, 2]);
  });

  it('keeps personal data encrypted on the topic and publishes public events without it', async () => {
    const context = `${suite.topicPrefix}pd`;
    const catalog = new PublicEventCatalog(
      [
        {
          publicType: 'test.VolunteerJoined',
          publicVersion: 1,
          fromInternalType: 'VolunteerRegistered',
          data: VolunteerJoined,
          map: (e) => ({ homeUnitId: e.data['homeUnitId'] }),
        },
      ],
      (type) => fixture.registry.get(type).personalData?.fields ?? [],
    );
    await startRelay(context, { publicCatalog: catalog });
    await fixture.store.append({
      streamId: `${context}-volunteer-1`,
      streamType: 'volunteer',
      expectedVersion: 0,
      commandId: randomUUID(),
      events: [{ type: 'VolunteerRegistered', data: { volunteerId: 'vol-relay-1', fullName: 'Lò Thị Mai', phone: '0912000111', homeUnitId: 'unit-7' } }],
      metadata: metadata(),
    });
    const [internal] = await readTopic(eventTopicOf(context), 1);
    const [published] = await readTopic(publicTopicOf(context), 1);
    expect(internal?.value?.toString()).not.toMatch(/Lò Thị Mai|0912000111/);
    expect((decodeEvent(internal!.value).data['fullName'] as { __pd?: string }).__pd).toMatch(/^v1\./);
    expect(JSON.parse(published!.value!.toString())).toMatchObject({ type: 'test.VolunteerJoined', data: { homeUnitId: 'unit-7' } });
    expect(published?.value?.toString()).not.toMatch(/Lò Thị Mai|0912000111|fullName|phone/);
  });

  it('lets one of two instances publish, so nothing goes out twice', async () => {
    const context = `${suite.topicPrefix}lease`;
    await Promise.all([startRelay(context, { instanceId: 'one', sweepIntervalMs: 100 }), startRelay(context, { instanceId: 'two', sweepIntervalMs: 100 })]);
    for (let i = 0; i < 20; i++) await increment(`${context}-counter`);
    const messages = await readTopic(eventTopicOf(context), 20);
    const ids = messages.map((m) => decodeEvent(m.value).eventId);
    expect(new Set(ids).size).toBe(20);
    expect(ids).toHaveLength(20);
  });

  it('renews its lease during a pass that outlasts it, and publishes the whole backlog in that pass', async () => {
    const context = `${suite.topicPrefix}long-pass`;
    for (let i = 0; i < 12; i++) await increment(`${context}-counter`);
    // One commit per batch and a slow broker: the pass takes about 1.2 s, three times the lease.
    // No sweep and no append afterwards: only this pass can publish the backlog.
    const relay = await startRelay(context, {
      leaseTtlMs: 400,
      batchSize: 1,
      sweepIntervalMs: 3_600_000,
      afterPublish: () => new Promise((resolve) => setTimeout(resolve, 100)),
    });
    await relay.idle();
    expect(relay.pendingCount).toBe(0);
    const messages = await readTopic(eventTopicOf(context), 12);
    expect(messages.map((m) => (decodeEvent(m.value) as EventEnvelope).streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('passes the lease on when its holder dies, and reports the backlog', async () => {
    const context = `${suite.topicPrefix}handover`;
    // A holder that took the lease and died without releasing it.
    expect(await new RelayLease(fixture.connection, `relay:${context}`, 'dead-instance', 1500).acquire()).toBe(true);
    const backlogs: number[] = [];
    await startRelay(context, { instanceId: 'survivor', leaseTtlMs: 1500, sweepIntervalMs: 200, onBacklog: (n) => backlogs.push(n) });
    for (let i = 0; i < 3; i++) await increment(`${context}-counter`);
    const messages = await readTopic(eventTopicOf(context), 3);
    expect(messages.map((m) => (decodeEvent(m.value) as EventEnvelope).streamVersion)).toEqual([1, 2, 3]);
    expect(backlogs.at(-1)).toBe(0);
  });
});
