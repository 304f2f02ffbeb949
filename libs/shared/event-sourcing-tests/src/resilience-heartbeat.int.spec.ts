import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { defineProjection, ensureTopics, Projector } from '@tn/shared-event-bus';
import { isolatedSuite } from '@tn/shared-testing';
import { asMessage, counterEvent, eventually } from './fixtures/projection-fixtures';

// Issue 11: the gateway's registry projector lost its consumer group again and again, because it
// heartbeated only after a whole batch. Now it heartbeats between the events of a batch, so a
// batch far longer than the session timeout keeps its membership.
describe('projector: heartbeats during a long batch (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('resilience heartbeat');
  const kafka = new Kafka({ clientId: 'resilience-heartbeat-test', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  let connection: Connection;
  let projector: Projector | undefined;

  beforeAll(async () => {
    connection = await mongoose.createConnection(suite.mongoUrl, { dbName: suite.databaseName }).asPromise();
    await producer.connect();
  });
  afterAll(async () => {
    await projector?.stop();
    await producer.disconnect();
    await connection.close();
    await suite.cleanUp();
  });

  /** Blocks the event loop, like a projection whose evolve is CPU-heavy. */
  const busyFor = (ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until);
  };

  it('keeps its group membership through a batch 2.5 times longer than the session timeout and projects each event once', async () => {
    const topic = `${suite.topicPrefix}slow`;
    const groupId = `${suite.topicPrefix}slow-group`;
    await ensureTopics(kafka, [topic], { partitions: 1, keepForever: true });
    // 100 events, on 4 documents, all there before the consumer starts: one batch of 100 × 150 ms = 15 s.
    const streams = ['slow-a', 'slow-b', 'slow-c', 'slow-d'];
    const events = Array.from({ length: 100 }, (_, index) => counterEvent(streams[index % 4]!, Math.floor(index / 4) + 1, 1));
    await producer.send({ topic, acks: -1, messages: events.map(asMessage) });

    const evolved = new Map<string, number>();
    const slowTotals = defineProjection<{ total: number }>({
      name: `${groupId}_totals`,
      collection: `${groupId}_totals`,
      handles: ['CounterIncremented'],
      documentId: (event) => event.streamId,
      evolve: (doc, event) => {
        busyFor(150);
        evolved.set(event.eventId, (evolved.get(event.eventId) ?? 0) + 1);
        return { total: (doc?.total ?? 0) + Number(event.data['by']) };
      },
    });
    const joins: number[] = [];
    const leaves: string[] = [];
    const batchSizes: number[] = [];
    projector = new Projector({
      kafka,
      connection,
      groupId,
      topics: [topic],
      projections: [slowTotals],
      sessionTimeoutMs: 6_000,
      heartbeatIntervalMs: 1_000,
      onMembershipChanged: (state) => (state.member ? joins.push(state.joins) : leaves.push(state.reason ?? '')),
      onBatchProjected: async (envelopes) => void batchSizes.push(envelopes.length),
    });
    const started = Date.now();
    await projector.start();

    const totals = connection.collection(`${groupId}_totals`);
    await eventually('every event projected', async () => (await totals.countDocuments({ total: 25 })) === 4, 90_000);
    const tookMs = Date.now() - started;
    // Let a late eviction (had it happened) show up as a rebalance and a second join.
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    expect(tookMs).toBeGreaterThan(6_000 * 2); // the work really outlasted the session timeout
    expect(batchSizes[0]).toBeGreaterThan(50); // and most of it was in one batch
    expect(joins).toEqual([1]); // joined once, never again
    expect(leaves).toEqual([]); // no rebalance, no crash
    expect(projector.groupMembership()).toMatchObject({ member: true, joins: 1 });
    expect(evolved.size).toBe(100);
    expect([...evolved.values()].every((count) => count === 1)).toBe(true);
  }, 150_000);
});
