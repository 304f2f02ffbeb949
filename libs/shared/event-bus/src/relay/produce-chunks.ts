import type { Message } from 'kafkajs';

/**
 * Kafka refuses a produce request whose record batch for a partition exceeds the broker's
 * `message.max.bytes` (1 MB by default), and kafkajs sends a whole `sendBatch` as one request.
 * One bulk import is a commit of 500 events, so a relay batch of a few such commits would be
 * refused on every retry (the relay stuck for good): it is sent in requests of at most this many
 * bytes, in order (a stream's events keep their order: one request after the other).
 */
export const PRODUCE_REQUEST_BYTES = 512 * 1024;

interface TopicMessages {
  topic: string;
  messages: Message[];
}

const sizeOf = (message: Message) =>
  (message.value?.length ?? 0) +
  (message.key?.length ?? 0) +
  Object.entries(message.headers ?? {}).reduce((sum, [name, value]) => sum + name.length + String(value ?? '').length, 0) +
  64; // record overhead

/** The messages cut into requests of at most `maxBytes` (a message larger than that goes alone), in order. */
export function produceChunksOf(topicMessages: readonly TopicMessages[], maxBytes = PRODUCE_REQUEST_BYTES): TopicMessages[][] {
  const chunks: TopicMessages[][] = [];
  let chunk: TopicMessages[] = [];
  let bytes = 0;
  for (const { topic, messages } of topicMessages) {
    for (const message of messages) {
      const size = sizeOf(message);
      if (bytes > 0 && bytes + size > maxBytes) {
        chunks.push(chunk);
        chunk = [];
        bytes = 0;
      }
      const last = chunk.at(-1);
      if (last?.topic === topic) last.messages.push(message);
      else chunk.push({ topic, messages: [message] });
      bytes += size;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
