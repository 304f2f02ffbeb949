import { randomUUID } from 'node:crypto';
import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import { hasReached, partitionKey, type ReadPositions, replayProgress, type Watermarks } from './watermarks';

/**
 * Reads topics from their earliest offsets with a consumer group of its own (deleted on stop),
 * handing every message to `onMessage` (then calling `afterRead`, once its position counts);
 * callers wait until given watermarks are reached. Used to rebuild read models and to read
 * dead-letter topics.
 */
export class TopicReplay {
  readonly groupId: string;
  private readonly consumer: Consumer;
  private readonly read = new Map<string, number>();
  private readonly waiters = new Set<() => void>();
  private failure?: Error;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: readonly string[],
    private readonly onMessage: (payload: EachMessagePayload) => Promise<void>,
    private readonly afterRead: () => void = () => undefined,
    groupId = `replay-${randomUUID()}`,
  ) {
    this.groupId = groupId;
    // A failing message is retried a few times (the database may blink), then the replay fails.
    this.consumer = kafka.consumer({ groupId, retry: { retries: 5, initialRetryTime: 100, restartOnFailure: async () => false } });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => this.fail(payload.error));
  }

  get positions(): ReadPositions {
    return this.read;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
    await this.consumer.run({
      eachMessage: async (payload) => {
        await this.onMessage(payload);
        this.read.set(partitionKey(payload.topic, payload.partition), Number(payload.message.offset) + 1);
        this.afterRead();
        this.notify();
      },
    });
  }

  progress(watermarks: Watermarks): { done: number; total: number } {
    return replayProgress(watermarks, this.read);
  }

  /** Resolves once every partition has been read up to its watermark; rejects if the replay failed. */
  async reach(watermarks: Watermarks): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!this.failure && !hasReached(watermarks, this.read)) return;
        this.waiters.delete(check);
        if (this.failure) reject(this.failure);
        else resolve();
      };
      this.waiters.add(check);
      check();
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.deleteGroups([this.groupId]);
    } catch {
      // Best effort: an empty group also expires on its own.
    } finally {
      await admin.disconnect();
    }
  }

  private fail(error: Error): void {
    this.failure = error;
    this.notify();
  }

  private notify(): void {
    for (const check of [...this.waiters]) check();
  }
}
