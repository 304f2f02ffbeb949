import { type Kafka, Partitioners } from 'kafkajs';
import { HIERARCHY_STREAM_ID } from '@tn/shared-unit-hierarchy';

/**
 * How many messages of the registry topic's hierarchy partition the consumer group has not
 * projected yet. Only the partition holding the hierarchy stream counts (the relay keys messages
 * by stream id with Kafka's default partitioner), so a busy flow of people and account events
 * does not make the hierarchy look behind. A topic the registry has not created yet has nothing
 * to catch up with.
 */
export async function registryHierarchyLag(kafka: Kafka, topic: string, groupId: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
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
  } finally {
    await admin.disconnect();
  }
}
