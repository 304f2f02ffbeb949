import type { Kafka } from 'kafkajs';

/** Per `topic:partition`: the first offset still held and the offset the next message will get. */
export type Watermarks = ReadonlyMap<string, { low: number; high: number }>;

/** Per `topic:partition`: the offset after the last message read. */
export type ReadPositions = ReadonlyMap<string, number>;

export const partitionKey = (topic: string, partition: number) => `${topic}:${partition}`;

/** The watermarks of every partition of the topics that exist (a missing topic has nothing to read). */
export async function captureWatermarks(kafka: Kafka, topics: readonly string[]): Promise<Watermarks> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const watermarks = new Map<string, { low: number; high: number }>();
    for (const topic of topics.filter((t) => existing.has(t))) {
      for (const { partition, low, high } of await admin.fetchTopicOffsets(topic)) {
        watermarks.set(partitionKey(topic, partition), { low: Number(low), high: Number(high) });
      }
    }
    return watermarks;
  } finally {
    await admin.disconnect();
  }
}

/** Messages read so far out of those below the watermarks. */
export function replayProgress(watermarks: Watermarks, read: ReadPositions): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const [key, { low, high }] of watermarks) {
    total += high - low;
    done += Math.min(high, Math.max(low, read.get(key) ?? low)) - low;
  }
  return { done, total };
}

export const hasReached = (watermarks: Watermarks, read: ReadPositions): boolean =>
  [...watermarks].every(([key, { low, high }]) => (read.get(key) ?? low) >= high);
