import type { Kafka } from 'kafkajs';

/**
 * Create event topics if missing. Event topics keep events forever (other contexts replay
 * them to build and rebuild their read models): no time or size retention.
 */
export async function ensureEventTopics(kafka: Kafka, topics: string[], partitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: partitions,
        configEntries: [
          { name: 'retention.ms', value: '-1' },
          { name: 'retention.bytes', value: '-1' },
        ],
      })),
    });
  } finally {
    await admin.disconnect();
  }
}
