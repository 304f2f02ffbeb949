import type { Kafka } from 'kafkajs';
import { headersAsText } from '../projection/captured-message';
import { TopicReplay } from '../projection/topic-replay';
import { captureWatermarks, partitionKey } from '../projection/watermarks';
import { deadLetterTopicOf, type DeadLetterSummary, redriveHeaders, summaryOf } from './dead-letter-format';

export interface DeadLetterQuery {
  kafka: Kafka;
  /** The projector's consumer group. */
  groupId: string;
}

interface DeadLetterMessage {
  summary: DeadLetterSummary;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/** Every dead letter of a projector, oldest first, without event data. */
export async function listDeadLetters(query: DeadLetterQuery): Promise<DeadLetterSummary[]> {
  return (await readDeadLetters(query)).map(({ summary }) => summary);
}

/**
 * Publish dead letters again, unchanged, to the topic they came from (all of them, or those at
 * `offsets` of the dead-letter topic), so that the projector tries them again, e.g. after a
 * fix. The letters stay in the dead-letter topic; re-driving twice is harmless, since
 * projections skip what they already took.
 */
export async function redriveDeadLetters(query: DeadLetterQuery & { offsets?: readonly string[] }): Promise<DeadLetterSummary[]> {
  const topic = deadLetterTopicOf(query.groupId);
  const chosen = (await readDeadLetters(query)).filter(({ summary }) => !query.offsets || query.offsets.includes(summary.offset));
  if (chosen.length === 0) return [];
  const producer = query.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (const { summary, key, value, headers } of chosen) {
      await producer.send({
        topic: summary.originalTopic,
        acks: -1,
        messages: [{ key, value, headers: redriveHeaders(topic, summary.partition, summary.offset, headers) }],
      });
    }
  } finally {
    await producer.disconnect();
  }
  return chosen.map(({ summary }) => summary);
}

async function readDeadLetters({ kafka, groupId }: DeadLetterQuery): Promise<DeadLetterMessage[]> {
  const topic = deadLetterTopicOf(groupId);
  const watermarks = await captureWatermarks(kafka, [topic]);
  if (![...watermarks.values()].some(({ low, high }) => high > low)) return [];
  const letters = new Map<string, DeadLetterMessage>(); // by place: a replay may hand one twice
  const replay = new TopicReplay(kafka, [topic], async ({ partition, message }) => {
    const headers = headersAsText(message.headers);
    const key = message.key?.toString() ?? null;
    letters.set(`${partition}:${message.offset}`, { summary: summaryOf(partition, message.offset, key, headers), key, value: message.value, headers });
  });
  await replay.start();
  try {
    await replay.reach(watermarks);
  } finally {
    await replay.stop();
  }
  // Only those present when we started (a letter arriving meanwhile waits for the next listing).
  return [...letters.values()]
    .filter(({ summary }) => Number(summary.offset) < (watermarks.get(partitionKey(topic, summary.partition))?.high ?? 0))
    .sort((a, b) => a.summary.partition - b.summary.partition || Number(a.summary.offset) - Number(b.summary.offset));
}
