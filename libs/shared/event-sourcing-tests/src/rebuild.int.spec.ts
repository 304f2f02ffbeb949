import { createHash } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { ensureTopics, progressBar, Projector, ReadModelAliases, rebuildProjection } from '@tn/shared-event-bus';
import { isolatedSuite } from '@tn/shared-testing';
import { asMessage, counterEvent, counterTotals, eventually } from './fixtures/projection-fixtures';

/** A checksum of a collection's documents in id order. */
async function checksum(connection: Connection, collection: string): Promise<string> {
  const docs = await connection.collection(collection).find({}).sort({ _id: 1 }).toArray();
  return createHash('sha256').update(JSON.stringify(docs)).digest('hex');
}

describe('read-model rebuild (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('rebuild');
  const kafka = new Kafka({ clientId: 'rebuild-test', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose.createConnection(suite.mongoUrl, { dbName: suite.databaseName }).asPromise();
  });
  afterAll(async () => {
    await connection.close();
    await suite.cleanUp();
  });

  it('replays into a shadow collection while the old one serves, swaps, and equals the live model', async () => {
    const topic = `${suite.topicPrefix}counters`;
    await ensureTopics(kafka, [topic], { partitions: 3, keepForever: true });
    const producer = kafka.producer();
    await producer.connect();
    const streams = Array.from({ length: 20 }, (_, i) => `counter-${i}`);
    await producer.send({ topic, acks: -1, messages: streams.flatMap((s) => Array.from({ length: 15 }, (_, v) => asMessage(counterEvent(s, v + 1, v + 1)))) });

    const projection = counterTotals('rebuild_totals');
    const live = new Projector({ kafka, connection, groupId: `${suite.topicPrefix}live`, topics: [topic], projections: [projection] });
    await live.start();
    const count = () => connection.collection('rebuild_totals').countDocuments();
    await eventually('the live model', async () => (await count()) === 20 && (await live.lag()) === 0);
    const liveChecksum = await checksum(connection, 'rebuild_totals');

    const aliases = new ReadModelAliases(connection, 0);
    // The lookup starts during the rebuild; awaited before the assertion (not left to finish by luck).
    const servedDuringRebuild: Promise<string>[] = [];
    const bars: string[] = [];
    const result = await rebuildProjection({
      kafka,
      connection,
      topics: [topic],
      projection,
      onProgress: (done, total) => {
        bars.push(progressBar(done, total));
        if (done === 1) servedDuringRebuild.push(aliases.resolve(projection.name, projection.collection));
      },
    });
    const rebuiltChecksum = await checksum(connection, result.collection);
    // A change after the swap reaches the new model through the live projector.
    await producer.send({ topic, acks: -1, messages: [asMessage(counterEvent('counter-0', 16, 1000))] });
    await producer.disconnect();

    expect(await Promise.all(servedDuringRebuild)).toEqual(['rebuild_totals']);
    expect(bars.at(-1)).toBe('[####################] 100% 300/300 events');
    expect(result).toMatchObject({ replaced: 'rebuild_totals', events: 300, skippedPoison: 0 });
    expect(await aliases.resolve(projection.name, projection.collection)).toBe(result.collection);
    expect(rebuiltChecksum).toBe(liveChecksum);
    await eventually(
      'the post-swap event in the new model',
      async () => ((await connection.collection(result.collection).findOne({ _id: 'counter-0' as never }))?.['total'] as number) === 120 + 1000,
    );
    expect(await connection.db!.listCollections({ name: 'rebuild_totals' }).toArray()).toEqual([]);
    await live.stop();
  }, 90_000);
});
