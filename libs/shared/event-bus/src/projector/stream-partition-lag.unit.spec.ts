import { type Kafka, Partitioners } from 'kafkajs';
import { StreamPartitionLag } from './stream-partition-lag';

const TOPIC = 'training.events';
const GROUP_ID = 'campaigns-training-feed-v1';
const PARTITIONS = [0, 1, 2];
// Per partition: the end of the topic and what the group has committed (partition 2: nothing yet).
const HIGH: Record<number, string> = { 0: '10', 1: '4', 2: '6' };
const COMMITTED: Record<number, string> = { 0: '7', 1: '4', 2: '-1' };

/** A Kafka whose admin clients answer from memory and count what they were asked. */
function fakeKafka(topics = [TOPIC]) {
  const calls = { admins: 0, connects: 0, disconnects: 0, probes: 0 };
  let failNext = false;
  const kafka = {
    admin: () => {
      calls.admins++;
      return {
        connect: async () => void calls.connects++,
        disconnect: async () => void calls.disconnects++,
        listTopics: async () => {
          calls.probes++;
          if (failNext) {
            failNext = false;
            throw new Error('broker went away');
          }
          return topics;
        },
        fetchTopicMetadata: async () => ({
          topics: [{ name: TOPIC, partitions: PARTITIONS.map((partitionId) => ({ partitionId, leader: 0, replicas: [0], isr: [0] })) }],
        }),
        fetchTopicOffsets: async () => PARTITIONS.map((partition) => ({ partition, high: HIGH[partition], low: '0', offset: HIGH[partition] })),
        fetchOffsets: async () => [{ topic: TOPIC, partitions: PARTITIONS.map((partition) => ({ partition, offset: COMMITTED[partition] })) }],
      };
    },
  } as unknown as Kafka;
  return { kafka, calls, failNextProbe: () => (failNext = true) };
}

/** The partition the relay's producer (Kafka's default partitioner) puts a stream's messages on. */
const partitionOf = (streamId: string) =>
  Partitioners.DefaultPartitioner()({
    topic: TOPIC,
    partitionMetadata: PARTITIONS.map((partitionId) => ({ partitionId, leader: 0, replicas: [0], isr: [0] })) as never,
    message: { key: streamId, value: null },
  });
/** A stream id whose messages land on `partition`. */
const streamOn = (partition: number) => {
  for (let n = 0; ; n++) if (partitionOf(`coordination-model-m${n}`) === partition) return `coordination-model-m${n}`;
};

describe('StreamPartitionLag', () => {
  it('counts only the partition holding the stream, or the whole topic when no stream is named', async () => {
    const probe = new StreamPartitionLag(fakeKafka().kafka, TOPIC, GROUP_ID);
    expect(await probe.lag(streamOn(0))).toBe(3);
    expect(await probe.lag(streamOn(1))).toBe(0);
    expect(await probe.lag(streamOn(2))).toBe(6); // nothing committed yet: everything from the start
    expect(await probe.lag()).toBe(9);
  });

  it('answers 0 for a topic not created yet', async () => {
    expect(await new StreamPartitionLag(fakeKafka([]).kafka, TOPIC, GROUP_ID).lag(streamOn(0))).toBe(0);
  });

  it('keeps one connected admin client, and concurrent probes of one partition share one answer', async () => {
    const { kafka, calls } = fakeKafka();
    const probe = new StreamPartitionLag(kafka, TOPIC, GROUP_ID);
    expect(await Promise.all([probe.lag(streamOn(0)), probe.lag(streamOn(0)), probe.lag()])).toEqual([3, 3, 9]);
    expect(await probe.lag(streamOn(0))).toBe(3);
    expect(calls).toEqual({ admins: 1, connects: 1, disconnects: 0, probes: 3 });
  });

  it('drops the client after a failed probe and connects a fresh one next time', async () => {
    const { kafka, calls, failNextProbe } = fakeKafka();
    const probe = new StreamPartitionLag(kafka, TOPIC, GROUP_ID);
    failNextProbe();
    await expect(probe.lag()).rejects.toThrow('broker went away');
    expect(await probe.lag()).toBe(9);
    expect(calls).toEqual({ admins: 2, connects: 2, disconnects: 1, probes: 2 });
  });

  it('disconnects on close and probes no more', async () => {
    const { kafka, calls } = fakeKafka();
    const probe = new StreamPartitionLag(kafka, TOPIC, GROUP_ID);
    await probe.lag();
    await probe.close();
    await expect(probe.lag()).rejects.toThrow('closed');
    expect(calls).toEqual({ admins: 1, connects: 1, disconnects: 1, probes: 1 });
  });
});
