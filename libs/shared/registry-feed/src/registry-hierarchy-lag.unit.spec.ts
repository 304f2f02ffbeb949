import type { Kafka } from 'kafkajs';
import { RegistryHierarchyLag } from './registry-hierarchy-lag';

const TOPIC = 'registry.events';
const GROUP_ID = 'some-service-registry-feed-v1';

/** A Kafka whose admin clients answer from memory and count what they were asked. */
function fakeKafka() {
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
          return [TOPIC];
        },
        fetchTopicMetadata: async () => ({ topics: [{ name: TOPIC, partitions: [{ partitionId: 0, leader: 0, replicas: [0], isr: [0] }] }] }),
        fetchTopicOffsets: async () => [{ partition: 0, high: '10', low: '0', offset: '10' }],
        fetchOffsets: async () => [{ topic: TOPIC, partitions: [{ partition: 0, offset: '7' }] }],
      };
    },
  } as unknown as Kafka;
  return { kafka, calls, failNextProbe: () => (failNext = true) };
}

describe('RegistryHierarchyLag', () => {
  it('keeps one connected admin client, and concurrent probes share one answer', async () => {
    const { kafka, calls } = fakeKafka();
    const probe = new RegistryHierarchyLag(kafka, TOPIC, GROUP_ID);
    expect(await Promise.all([probe.lag(), probe.lag()])).toEqual([3, 3]);
    expect(await probe.lag()).toBe(3);
    expect(calls).toEqual({ admins: 1, connects: 1, disconnects: 0, probes: 2 });
  });

  it('drops the client after a failed probe and connects a fresh one next time', async () => {
    const { kafka, calls, failNextProbe } = fakeKafka();
    const probe = new RegistryHierarchyLag(kafka, TOPIC, GROUP_ID);
    failNextProbe();
    await expect(probe.lag()).rejects.toThrow('broker went away');
    expect(await probe.lag()).toBe(3);
    expect(calls).toEqual({ admins: 2, connects: 2, disconnects: 1, probes: 2 });
  });

  it('disconnects on close and probes no more', async () => {
    const { kafka, calls } = fakeKafka();
    const probe = new RegistryHierarchyLag(kafka, TOPIC, GROUP_ID);
    await probe.lag();
    await probe.close();
    await expect(probe.lag()).rejects.toThrow('closed');
    expect(calls).toEqual({ admins: 1, connects: 1, disconnects: 1, probes: 1 });
  });
});
