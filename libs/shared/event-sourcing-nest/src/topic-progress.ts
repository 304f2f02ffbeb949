import type { Admin, Kafka } from 'kafkajs';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

type PartitionEnds = { partition: number; high: string; low: string }[];

/**
 * How far consumer groups have got through one topic, from the committed offsets: a reactor's
 * lag (readiness, metrics) and whether a projection it reads has caught up with what the topic
 * held a moment ago. One admin client, connected on first use and kept; a failed probe starts
 * from a fresh one. A topic not created yet holds nothing to catch up with.
 */
export class TopicProgress {
  private admin?: Promise<Admin>;
  private closed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
  ) {}

  /** Messages the group has not committed yet, summed over the topic's partitions. */
  async lag(groupId: string): Promise<number> {
    const ends = await this.ends();
    const committed = await this.committed(groupId);
    return ends.reduce((lag, end) => lag + Math.max(0, Number(end.high) - Math.max(committed.get(end.partition) ?? -1, Number(end.low))), 0);
  }

  /**
   * Wait up to `waitMs` until the group has committed everything the topic held when asked
   * (later messages do not count, so a busy topic does not keep it waiting); false if not by then.
   */
  async waitUntilPastNow(groupId: string, waitMs: number, pollMs = 200): Promise<boolean> {
    const ends = await this.ends();
    const until = Date.now() + waitMs;
    for (;;) {
      const committed = await this.committed(groupId);
      if (ends.every((end) => Number(end.high) <= Math.max(committed.get(end.partition) ?? -1, Number(end.low)))) return true;
      if (Date.now() >= until) return false;
      await pause(pollMs);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.discardAdmin();
  }

  private async ends(): Promise<PartitionEnds> {
    return this.withAdmin(async (admin) => ((await admin.listTopics()).includes(this.topic) ? admin.fetchTopicOffsets(this.topic) : []));
  }

  private async committed(groupId: string): Promise<Map<number, number>> {
    return this.withAdmin(async (admin) => {
      const [offsets] = await admin.fetchOffsets({ groupId, topics: [this.topic] });
      return new Map((offsets?.partitions ?? []).map(({ partition, offset }) => [partition, Number(offset)]));
    });
  }

  private async withAdmin<T>(probe: (admin: Admin) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error(`progress probe of ${this.topic} is closed`);
    try {
      return await probe(await this.connectedAdmin());
    } catch (error) {
      await this.discardAdmin();
      throw error;
    }
  }

  /** Probes asked for meanwhile share one connection attempt. */
  private connectedAdmin(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect().catch(async (error: unknown) => {
        await admin.disconnect().catch(() => undefined);
        throw error;
      });
      return admin;
    })();
    return this.admin;
  }

  private async discardAdmin(): Promise<void> {
    const stale = this.admin;
    this.admin = undefined;
    await stale?.then((admin) => admin.disconnect()).catch(() => undefined);
  }
}
