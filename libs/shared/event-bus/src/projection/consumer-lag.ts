import type { Kafka } from 'kafkajs';

interface PartitionOffsets {
  partition: number;
  high: string;
  low: string;
}

/**
 * Messages of a topic a group has not yet processed: high watermark minus committed offset,
 * summed over partitions. A partition without a committed offset counts from its low watermark.
 */
export function topicLag(ends: readonly PartitionOffsets[], committed: readonly { partition: number; offset: string }[]): number {
  let lag = 0;
  for (const { partition, high, low } of ends) {
    const offset = Number(committed.find((c) => c.partition === partition)?.offset ?? '-1');
    lag += Math.max(0, Number(high) - Math.max(offset, Number(low)));
  }
  return lag;
}

/** The lag of a consumer group over its topics (for health indicators and metrics). */
export async function consumerLag(kafka: Kafka, groupId: string, topics: readonly string[]): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
    let lag = 0;
    for (const { topic, partitions } of committed) lag += topicLag(await admin.fetchTopicOffsets(topic), partitions);
    return lag;
  } finally {
    await admin.disconnect();
  }
}
