import { randomUUID } from 'node:crypto';
import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';

type Watermarks = Map<string, number>; // "topic:partition" → offset to reach (exclusive)

/** The current end of every partition of the topics (only partitions with messages count). */
export async function endOffsets(kafka: Kafka, topics: string[]): Promise<{ ends: Watermarks; total: number }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const ends: Watermarks = new Map();
    let total = 0;
    for (const topic of topics.filter((t) => existing.has(t))) {
      for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
        if (Number(high) > Number(low)) {
          ends.set(`${topic}:${partition}`, Number(high));
          total += Number(high) - Number(low);
        }
      }
    }
    return { ends, total };
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads topics from the beginning with a throw-away consumer group, handing each message to
 * `onMessage`, and lets callers wait until given end offsets are reached (then keep reading to
 * newer ends if they wish). Used by rebuilds and the dead-letter tools.
 */
export class TopicReader {
  private readonly consumer: Consumer;
  private readonly seen: Watermarks = new Map();
  private waiting?: { ends: Watermarks; resolve: () => void };
  private failure?: Error;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: string[],
    private readonly onMessage: (payload: EachMessagePayload) => Promise<void>,
    readonly groupId = `reader-${randomUUID()}`,
  ) {
    this.consumer = kafka.consumer({ groupId, retry: { retries: 5 } });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async (payload) => {
        try {
          await this.onMessage(payload);
        } catch (error) {
          this.failure = error as Error;
          this.waiting?.resolve();
          throw error;
        }
        this.seen.set(`${payload.topic}:${payload.partition}`, Number(payload.message.offset) + 1);
        this.checkReached();
      },
    });
  }

  /** Resolves once every partition in `ends` has been read up to its end offset. */
  async reach(ends: Watermarks): Promise<void> {
    await new Promise<void>((resolve) => {
      this.waiting = { ends, resolve };
      this.checkReached();
    });
    this.waiting = undefined;
    if (this.failure) throw this.failure;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteGroups([this.groupId]).catch(() => undefined);
    await admin.disconnect();
  }

  private checkReached(): void {
    if (!this.waiting) return;
    for (const [key, end] of this.waiting.ends) if ((this.seen.get(key) ?? 0) < end) return;
    this.waiting.resolve();
  }
}
