import type { Kafka } from 'kafkajs';
import { StreamPartitionLag } from '@tn/shared-event-bus';
import { HIERARCHY_STREAM_ID } from '@tn/shared-unit-hierarchy';

/**
 * How many messages of the registry topic's hierarchy partition the consumer group has not
 * projected yet. Only the partition holding the hierarchy stream counts (the relay keys messages
 * by stream id with Kafka's default partitioner), so a busy flow of people and account events
 * does not make the hierarchy look behind. A topic the registry has not created yet has nothing
 * to catch up with. One admin client is kept, and concurrent probes share one answer
 * (`StreamPartitionLag`).
 */
export class RegistryHierarchyLag {
  private readonly probe: StreamPartitionLag;

  constructor(kafka: Kafka, topic: string, groupId: string) {
    this.probe = new StreamPartitionLag(kafka, topic, groupId);
  }

  lag(): Promise<number> {
    return this.probe.lag(HIERARCHY_STREAM_ID);
  }

  /** On shutdown: lets a probe under way end, then disconnects; later probes fail. */
  close(): Promise<void> {
    return this.probe.close();
  }
}
