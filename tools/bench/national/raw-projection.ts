import type { Kafka } from 'kafkajs';
import type { AnyBulkWriteOperation, Collection, Document } from 'mongodb';
import { endOffsets } from '@tn/shared-event-bus';

/**
 * The limit of a projection on these servers: the plainest consumer of the same topics (kafkajs,
 * a group of its own, three partitions at once as the projector takes them) writing one upsert
 * per event with `bulkWrite`, keyed by the event's stream. No decryption, no versions, no
 * checkpoints. Unpatched, FerretDB 1.24 holds a PostgreSQL connection per statement of an update
 * command until the command ends (its pool has 50): three partitions' commands of
 * UPSERTS_PER_COMMAND stay below that, so the limit cannot hang a server it shares.
 * It reads the first `limit` events, or up to the topics' ends as they were when it started.
 */
const UPSERTS_PER_COMMAND = 15;

export async function rawConsumeAndBulkWrite(
  kafka: Kafka,
  groupId: string,
  topics: string[],
  target: Collection,
  limit: number,
  timeoutMs = 1_800_000,
): Promise<{ events: number; ms: number }> {
  const { ends } = await endOffsets(kafka, topics);
  const reached = new Map<string, number>();
  const consumer = kafka.consumer({ groupId, sessionTimeout: 30_000 });
  let consumed = 0;
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const timer = setTimeout(() => fail(new Error(`the raw consumer did not finish in ${timeoutMs / 1000}s`)), timeoutMs);
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (!payload.restart) fail(payload.error);
  });
  const atEnds = () => [...ends].every(([key, end]) => (reached.get(key) ?? 0) >= end);
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  // From the first batch: joining a new group takes seconds that say nothing about the pipeline.
  let started: number | undefined;
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachBatch: async ({ batch, heartbeat }) => {
      started ??= performance.now();
      if (consumed >= limit) return;
      const operations: AnyBulkWriteOperation<Document>[] = batch.messages.map((message) => {
        const event = JSON.parse(message.value!.toString()) as { streamId: string; streamVersion: number; type: string; data: unknown };
        return {
          updateOne: {
            filter: { _id: event.streamId as never },
            update: { $set: { type: event.type, version: event.streamVersion, data: event.data } },
            upsert: true,
          },
        };
      });
      for (let start = 0; start < operations.length; start += UPSERTS_PER_COMMAND) {
        await target.bulkWrite(operations.slice(start, start + UPSERTS_PER_COMMAND), { ordered: false });
        await heartbeat();
      }
      consumed += operations.length;
      reached.set(`${batch.topic}:${batch.partition}`, Number(batch.lastOffset()) + 1);
      if (consumed >= limit || atEnds()) finish();
    },
  });
  try {
    await done;
  } finally {
    clearTimeout(timer);
  }
  const ms = performance.now() - started!;
  await consumer.disconnect();
  return { events: consumed, ms };
}
