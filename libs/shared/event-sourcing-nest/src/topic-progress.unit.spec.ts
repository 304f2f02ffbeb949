import type { Kafka } from 'kafkajs';
import { TopicProgress } from './topic-progress';

/** A topic of two partitions whose ends and committed offsets the test moves. */
function fakeKafka(state: { topics: string[]; ends: [string, string]; committed: Record<string, [string, string]> }) {
  let connects = 0;
  const admin = {
    connect: async () => void connects++,
    disconnect: async () => undefined,
    listTopics: async () => state.topics,
    fetchTopicOffsets: async () => state.ends.map((high, partition) => ({ partition, high, low: '0', offset: high })),
    fetchOffsets: async ({ groupId }: { groupId: string }) => [
      { topic: 'training.events', partitions: (state.committed[groupId] ?? ['-1', '-1']).map((offset, partition) => ({ partition, offset })) },
    ],
  };
  return { kafka: { admin: () => admin } as unknown as Kafka, connects: () => connects };
}

describe('topic progress', () => {
  it("sums a group's lag over the partitions, counting a partition it never committed from its start", async () => {
    const fake = fakeKafka({ topics: ['training.events'], ends: ['10', '4'], committed: { reactor: ['7', '-1'] } });
    const progress = new TopicProgress(fake.kafka, 'training.events');
    expect(await progress.lag('reactor')).toBe(7);
    expect(await progress.lag('reactor')).toBe(7);
    expect(fake.connects()).toBe(1);
    await progress.close();
  });

  it('finds nothing to catch up with on a topic not created yet', async () => {
    const progress = new TopicProgress(fakeKafka({ topics: [], ends: ['10', '4'], committed: {} }).kafka, 'training.events');
    expect(await progress.lag('reactor')).toBe(0);
    expect(await progress.waitUntilPastNow('kinds', 0)).toBe(true);
  });

  it('waits until the group has committed what the topic held when asked, and not for what came after', async () => {
    const state = { topics: ['training.events'], ends: ['10', '4'] as [string, string], committed: { kinds: ['9', '4'] as [string, string] } };
    const progress = new TopicProgress(fakeKafka(state).kafka, 'training.events');
    expect(await progress.waitUntilPastNow('kinds', 30, 5)).toBe(false);
    const waiting = progress.waitUntilPastNow('kinds', 2_000, 5);
    await new Promise((resolve) => setTimeout(resolve, 20)); // asked: the ends are read
    state.ends = ['12', '6']; // more events meanwhile: not waited for
    state.committed.kinds = ['10', '4'];
    expect(await waiting).toBe(true);
  });
});
