import type { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { deadLetterTopicOf } from './projector';
import { endOffsets, TopicReader } from './topic-reader';

/** A dead letter as listed: where it came from and why it failed; never its data. */
export interface DeadLetter {
  offset: string;
  partition: number;
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
  eventType: string;
  streamId: string;
  streamVersion: string;
  error: string;
  failedAt: string;
  message: KafkaMessage;
}

const header = (headers: IHeaders | undefined, name: string) => headers?.[name]?.toString() ?? '';

/** Every dead letter of a projector's consumer group, oldest first. */
export async function readDeadLetters(kafka: Kafka, groupId: string): Promise<DeadLetter[]> {
  const topic = deadLetterTopicOf(groupId);
  const { ends } = await endOffsets(kafka, [topic]);
  if (ends.size === 0) return [];
  const letters: DeadLetter[] = [];
  const reader = new TopicReader(kafka, [topic], async ({ partition, message }) => {
    letters.push({
      offset: message.offset,
      partition,
      originalTopic: header(message.headers, 'dlq-original-topic'),
      originalPartition: Number(header(message.headers, 'dlq-original-partition')),
      originalOffset: header(message.headers, 'dlq-original-offset'),
      eventType: header(message.headers, 'event-type'),
      streamId: message.key?.toString() ?? '',
      streamVersion: header(message.headers, 'stream-version'),
      error: header(message.headers, 'dlq-error'),
      failedAt: header(message.headers, 'dlq-failed-at'),
      message,
    });
  });
  await reader.start();
  try {
    await reader.reach(ends);
  } finally {
    await reader.stop();
  }
  return letters;
}

/**
 * Publish dead letters again to the topic they came from (all, or those at `offsets`), so the
 * projector retries them, e.g. after a fix. Re-applying is safe: projections skip by version.
 */
export async function redriveDeadLetters(kafka: Kafka, groupId: string, offsets?: string[]): Promise<DeadLetter[]> {
  const chosen = (await readDeadLetters(kafka, groupId)).filter((letter) => !offsets || offsets.includes(letter.offset));
  if (chosen.length === 0) return [];
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (const letter of chosen) {
      const headers = Object.fromEntries(
        Object.entries(letter.message.headers ?? {}).filter(([name]) => !name.startsWith('dlq-')),
      ) as IHeaders;
      await producer.send({
        topic: letter.originalTopic,
        acks: -1,
        messages: [{ key: letter.message.key, value: letter.message.value, headers: { ...headers, 'x-redriven-from-dlq': `${letter.partition}:${letter.offset}` } }],
      });
    }
  } finally {
    await producer.disconnect();
  }
  return chosen;
}
