import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { isolatedSuite } from '../harness/isolation';

// Proves the real path: kafkajs against the real broker, with a consumer group.
describe('Kafka smoke test (real broker)', () => {
  const suite = isolatedSuite('kafka smoke');
  const kafka = new Kafka({ clientId: 'smoke', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  const topic = `${suite.topicPrefix}events`;
  const groupId = `${suite.topicPrefix}group`;

  afterAll(() => suite.cleanUp());

  it('delivers a produced message to a consumer group, which commits its offset', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });

    const producer = kafka.producer({ idempotent: true, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key: 'unit-42', value: JSON.stringify({ type: 'SmokeTested', n: 1 }), headers: { 'x-correlation-id': 'c-1' } }],
    });

    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = await new Promise<{ key: string; value: unknown; correlation: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no message within 30 s')), 30_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          clearTimeout(timer);
          resolve({
            key: message.key?.toString() ?? '',
            value: JSON.parse(message.value?.toString() ?? 'null'),
            correlation: message.headers?.['x-correlation-id']?.toString() ?? '',
          });
        },
      });
    });
    await consumer.disconnect(); // commits the consumed offset
    await producer.disconnect();

    expect(received).toEqual({ key: 'unit-42', value: { type: 'SmokeTested', n: 1 }, correlation: 'c-1' });
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    expect(committed?.partitions).toEqual([{ partition: 0, offset: '1', metadata: null }]);
    await admin.disconnect();
  });
});
