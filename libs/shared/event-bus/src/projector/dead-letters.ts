import { randomUUID } from 'node:crypto';
import type { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { deadLetterTopicOf, OPERATOR_SKIP_HEADER } from './dead-letter-topic';
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
  /** Written by an operator to move a stuck partition on (`skipStuckMessage`), not by the projector. */
  skipped: boolean;
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
      skipped: header(message.headers, OPERATOR_SKIP_HEADER) === 'operator',
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
      const headers = Object.fromEntries(Object.entries(letter.message.headers ?? {}).filter(([name]) => !name.startsWith('dlq-'))) as IHeaders;
      await producer.send({
        topic: letter.originalTopic,
        acks: -1,
        messages: [
          { key: letter.message.key, value: letter.message.value, headers: { ...headers, 'x-redriven-from-dlq': `${letter.partition}:${letter.offset}` } },
        ],
      });
    }
  } finally {
    await producer.disconnect();
  }
  return chosen;
}

/**
 * Skip the message a stuck partition keeps failing on: copy it to the group's dead-letter topic
 * marked as an operator's skip. The running projector reads skips when a partition fails and
 * passes that offset over, so the partition moves on without stopping the service; the letter
 * can be re-driven later like any other. `offset` defaults to the group's committed offset on
 * the partition (the first message not yet projected).
 */
export async function skipStuckMessage(kafka: Kafka, groupId: string, topic: string, partition: number, offset?: string): Promise<DeadLetter> {
  const at = offset ?? (await committedOffset(kafka, groupId, topic, partition));
  const message = await messageAt(kafka, topic, partition, at);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const headers: IHeaders = {
      ...(message.headers ?? {}),
      'dlq-original-topic': topic,
      'dlq-original-partition': String(partition),
      'dlq-original-offset': at,
      'dlq-error': 'skipped by an operator',
      'dlq-projector': groupId,
      'dlq-failed-at': new Date().toISOString(),
      'dlq-id': randomUUID(),
      [OPERATOR_SKIP_HEADER]: 'operator',
    };
    await producer.send({ topic: deadLetterTopicOf(groupId), acks: -1, messages: [{ key: message.key, value: message.value, headers }] });
  } finally {
    await producer.disconnect();
  }
  const letters = await readDeadLetters(kafka, groupId);
  const letter = letters.reverse().find((l) => l.skipped && l.originalTopic === topic && l.originalPartition === partition && l.originalOffset === at);
  if (!letter) throw new Error(`the skip of ${topic}[${partition}]@${at} was written but cannot be read back`);
  return letter;
}

/** The group's committed offset on a partition (the partition's start if it has none). */
async function committedOffset(kafka: Kafka, groupId: string, topic: string, partition: number): Promise<string> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const offset = committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
    if (Number(offset) >= 0) return offset;
    const low = (await admin.fetchTopicOffsets(topic)).find((p) => p.partition === partition)?.low;
    if (low === undefined) throw new Error(`${topic} has no partition ${partition}`);
    return low;
  } finally {
    await admin.disconnect();
  }
}

/** One message of a topic, read with a throw-away consumer group. */
async function messageAt(kafka: Kafka, topic: string, partition: number, offset: string, timeoutMs = 30_000): Promise<KafkaMessage> {
  const groupId = `dead-letter-skip-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, retry: { retries: 5 } });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let found!: (message: KafkaMessage) => void;
    const arrived = new Promise<KafkaMessage>((resolve) => (found = resolve));
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition: p, message }) => {
        if (p === partition && message.offset === offset) found(message);
      },
    });
    consumer.seek({ topic, partition, offset });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no message at ${topic}[${partition}]@${offset}`)), timeoutMs);
    });
    try {
      return await Promise.race([arrived, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await consumer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
