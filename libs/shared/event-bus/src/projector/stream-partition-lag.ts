import { type Admin, type Kafka, Partitioners } from 'kafkajs';

/**
 * How many messages of a topic a consumer group has not projected yet: on the one partition that
 * holds a stream (the relay keys messages by stream id with Kafka's default partitioner), or over
 * the whole topic. A service that keeps a local copy of another context's events asks before it
 * refuses a command over something its copy does not know yet: only that stream's partition
 * counts, so busy traffic elsewhere on the topic does not make the copy look behind. A topic not
 * created yet has nothing to catch up with.
 *
 * Probes come often (every poll of a catch-up, every readiness check), so one admin client is
 * connected on first use and kept, and probes for the same partition asked for while one is under
 * way share its answer.
 */
export class StreamPartitionLag {
  private admin?: Admin;
  private readonly probing = new Map<string, Promise<number>>();
  private closed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly groupId: string,
  ) {}

  /** Messages not projected yet on the partition of `streamId`, or on every partition when none is given. */
  lag(streamId?: string): Promise<number> {
    const key = streamId ?? '';
    let probe = this.probing.get(key);
    if (!probe) {
      probe = this.probe(streamId).finally(() => this.probing.delete(key));
      this.probing.set(key, probe);
    }
    return probe;
  }

  /** On shutdown: lets probes under way end, then disconnects; later probes fail. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.probing.values()].map((probe) => probe.catch(() => undefined)));
    await this.discardAdmin();
  }

  private async probe(streamId: string | undefined): Promise<number> {
    if (this.closed) throw new Error(`lag probe of ${this.topic} is closed`);
    try {
      return await partitionLag(await this.connectedAdmin(), this.topic, this.groupId, streamId);
    } catch (error) {
      // Start from a fresh admin client next time rather than a half-open one.
      await this.discardAdmin();
      throw error;
    }
  }

  private async connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin; // set before connecting, so a failed connect is discarded too
      await admin.connect();
    }
    return this.admin;
  }

  private async discardAdmin(): Promise<void> {
    const stale = this.admin;
    this.admin = undefined;
    await stale?.disconnect().catch(() => undefined);
  }
}

async function partitionLag(admin: Admin, topic: string, groupId: string, streamId: string | undefined): Promise<number> {
  if (!(await admin.listTopics()).includes(topic)) return 0;
  let counted: (partition: number) => boolean = () => true;
  if (streamId !== undefined) {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    const partitionMetadata = topics[0]?.partitions ?? [];
    if (partitionMetadata.length === 0) return 0;
    const partition = Partitioners.DefaultPartitioner()({ topic, partitionMetadata, message: { key: streamId, value: null } });
    counted = (candidate) => candidate === partition;
  }
  const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
  let lag = 0;
  for (const end of (await admin.fetchTopicOffsets(topic)).filter((offsets) => counted(offsets.partition))) {
    const done = committed?.partitions.find((offsets) => offsets.partition === end.partition)?.offset ?? '-1';
    lag += Math.max(0, Number(end.high) - Math.max(Number(done), Number(end.low)));
  }
  return lag;
}
