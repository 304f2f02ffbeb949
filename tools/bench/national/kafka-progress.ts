import type { Admin } from 'kafkajs';

/** Where the topics end and how far each consumer group of the run has got (one admin connection). */

/** Messages in each topic (the run's topics are new, so their low watermark is 0). */
export async function topicEnds(admin: Admin, topics: readonly string[]): Promise<Map<string, Map<number, number>>> {
  const existing = new Set(await admin.listTopics());
  const ends = new Map<string, Map<number, number>>();
  for (const topic of topics.filter((t) => existing.has(t))) {
    ends.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)])));
  }
  return ends;
}

export const messagesIn = (ends: Map<string, Map<number, number>>, topic: string) =>
  [...(ends.get(topic)?.values() ?? [])].reduce((sum, high) => sum + high, 0);

/** The groups whose id starts with the run's prefix. */
export async function groupsOf(admin: Admin, prefix: string): Promise<string[]> {
  return (await admin.listGroups()).groups.map((group) => group.groupId).filter((groupId) => groupId.startsWith(prefix));
}

/** Committed offset per topic and partition of a group (-1 where none yet). */
export async function committed(admin: Admin, groupId: string, topics: readonly string[]): Promise<Map<string, Map<number, number>>> {
  const result = new Map<string, Map<number, number>>();
  for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics: [...topics] })) {
    result.set(topic, new Map(partitions.map((p) => [p.partition, Number(p.offset)])));
  }
  return result;
}

/** Messages of `topics` the group has not committed yet. */
export function lagOf(ends: Map<string, Map<number, number>>, done: Map<string, Map<number, number>>): number {
  let lag = 0;
  for (const [topic, partitions] of ends) {
    for (const [partition, high] of partitions) lag += high - Math.max(0, done.get(topic)?.get(partition) ?? 0);
  }
  return lag;
}
