import { randomUUID } from 'node:crypto';
import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { deadLetterReason } from './store-errors';

/** Where a projector's consumer group puts the events it could not project. */
export const deadLetterTopicOf = (groupId: string) => `${groupId}.dlq`;

/** Header of a dead letter an operator wrote to skip a stuck message (see `skipStuckMessage`). */
export const OPERATOR_SKIP_HEADER = 'dlq-skip';

/** `topic:partition:offset` of an original message. */
export const messageKeyOf = (topic: string, partition: number, offset: string) => `${topic}:${partition}:${offset}`;

/**
 * The dead letter of a message a consumer group could not handle: the original key, value and
 * headers, with where it came from and why, the error by class only (never its message: drivers
 * and handlers quote event data). Sent to `deadLetterTopicOf(groupId)`.
 */
export function deadLetterOf(groupId: string, topic: string, partition: number, message: KafkaMessage, error: Error): Message {
  const headers: IHeaders = {
    ...(message.headers ?? {}),
    'dlq-original-topic': topic,
    'dlq-original-partition': String(partition),
    'dlq-original-offset': message.offset,
    'dlq-error': deadLetterReason(error),
    'dlq-projector': groupId,
    'dlq-failed-at': new Date().toISOString(),
    'dlq-id': randomUUID(),
  };
  return { key: message.key, value: message.value, headers };
}
