import { type Admin, type Kafka, Partitioners } from 'kafkajs';
import { HIERARCHY_STREAM_ID } from '@tn/shared-unit-hierarchy';

/**
 * How many messages of the registry topic's hierarchy partition the consumer group has not
 * projected yet. Only the partition holding the hierarchy stream counts (the relay keys messages
 * by stream id with Kafka's default partitioner), so a busy flow of people and account events
 * does not make the hierarchy look behind. A topic the registry has not created yet has nothing
 * to catch up with.
 *
 * Probes come often (every poll of a catch-up, every readiness check), so one admin client is
 * connected on first use and kept, and probes asked for while one is under way share its answer.
 */
export class RegistryHierarchyLag {
  private admin?: Admin;
  private probing?: Promise<number>;
  private closed = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly groupId: string,
  ) {}

  lag(): Promise<number> {
    this.probing ??= this.probe().finally(() => (this.probing = undefined));
    return this.probing;
  }

  /** On shutdown: lets a probe under way end, then disconnects; later probes fail. */
  async close(): Promise<void> {
    this.closed = true;
    await this.probing?.catch(() => undefined);
    await this.discardAdmin();
  }

  private async probe(): Promise<number> {
    if (this.closed) throw new Error('registry hierarchy lag probe is closed');
    try {
      return await hierarchyPartitionLag(await this.connectedAdmin(), this.topic, this.groupId);
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

async function hierarchyPartitionLag(admin: Admin, topic: string, groupId: string): Promise<number> {
  if (!(await admin.listTopics()).includes(topic)) return 0;
  const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
  const partitionMetadata = topics[0]?.partitions ?? [];
  if (partitionMetadata.length === 0) return 0;
  const partition = Partitioners.DefaultPartitioner()({ topic, partitionMetadata, message: { key: HIERARCHY_STREAM_ID, value: null } });
  const end = (await admin.fetchTopicOffsets(topic)).find((offsets) => offsets.partition === partition);
  if (!end) return 0;
  const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
  const done = committed?.partitions.find((offsets) => offsets.partition === partition)?.offset ?? '-1';
  return Math.max(0, Number(end.high) - Math.max(Number(done), Number(end.low)));
}
