import type { Kafka } from 'kafkajs';
import { ensureTopics } from './topics';

// A topic created while the broker's metadata does not show it yet: kafkajs's createTopics gives
// up with UNKNOWN_TOPIC_OR_PARTITION (seen in CI on a loaded machine); ensureTopics waits for the
// leaders itself instead of failing the caller.
describe('ensureTopics', () => {
  const notHostedYet = Object.assign(new Error('This server does not host this topic-partition'), { type: 'UNKNOWN_TOPIC_OR_PARTITION' });
  const kafkaWith = (fetchTopicMetadata: () => Promise<unknown>) => {
    const calls: string[] = [];
    const admin = {
      connect: async () => undefined,
      disconnect: async () => void calls.push('disconnect'),
      listTopics: async () => [],
      createTopics: async () => {
        calls.push('create');
        throw notHostedYet;
      },
      fetchTopicMetadata: async () => {
        calls.push('metadata');
        return fetchTopicMetadata();
      },
    };
    return { kafka: { admin: () => admin } as unknown as Kafka, calls };
  };

  it('waits for the leaders of a topic created but not shown yet', async () => {
    let asked = 0;
    const { kafka, calls } = kafkaWith(async () => {
      asked += 1;
      if (asked === 1) throw notHostedYet;
      if (asked === 2) return { topics: [{ name: 't', partitions: [{ partitionId: 0, leader: -1 }] }] };
      return { topics: [{ name: 't', partitions: [{ partitionId: 0, leader: 1 }] }] };
    });
    await expect(ensureTopics(kafka, ['t'], { partitions: 1, keepForever: true })).resolves.toBeUndefined();
    expect(calls).toEqual(['create', 'metadata', 'metadata', 'metadata', 'disconnect']);
  });

  it("fails with the broker's answer when the topic never shows", async () => {
    const { kafka } = kafkaWith(async () => {
      throw notHostedYet;
    });
    jest.useFakeTimers({ advanceTimers: 50 });
    try {
      await expect(ensureTopics(kafka, ['t'], { partitions: 1, keepForever: true })).rejects.toBe(notHostedYet);
    } finally {
      jest.useRealTimers();
    }
  }, 60_000);
});
