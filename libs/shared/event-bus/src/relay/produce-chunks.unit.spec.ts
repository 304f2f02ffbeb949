import { produceChunksOf } from './produce-chunks';

const message = (key: string, bytes: number) => ({ key, value: Buffer.alloc(bytes, 'x') });

describe('cutting a relay batch into produce requests', () => {
  it('keeps every request under the limit and every message in its order, topic by topic', () => {
    const events = Array.from({ length: 1500 }, (_, i) => message(`s-${i % 3}`, 700)); // three 500-event commits
    const publicEvents = Array.from({ length: 10 }, (_, i) => message(`p-${i}`, 300));
    const chunks = produceChunksOf(
      [
        { topic: 'registry.events', messages: events },
        { topic: 'registry.public', messages: publicEvents },
      ],
      256 * 1024,
    );
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      const bytes = chunk.flatMap((part) => part.messages).reduce((sum, m) => sum + (m.value as Buffer).length, 0);
      expect(bytes).toBeLessThanOrEqual(256 * 1024);
    }
    const sent = (topic: string) => chunks.flatMap((chunk) => chunk.filter((part) => part.topic === topic).flatMap((part) => part.messages));
    expect(sent('registry.events')).toEqual(events);
    expect(sent('registry.public')).toEqual(publicEvents);
  });

  it('sends a batch that fits as one request, and a message larger than the limit alone', () => {
    expect(produceChunksOf([{ topic: 't', messages: [message('a', 10), message('b', 10)] }])).toHaveLength(1);
    const chunks = produceChunksOf([{ topic: 't', messages: [message('a', 10), message('big', 2000), message('c', 10)] }], 1000);
    expect(chunks.map((chunk) => chunk[0]!.messages.map((m) => m.key))).toEqual([['a'], ['big'], ['c']]);
  });
});
