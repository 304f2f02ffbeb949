import type { CapturedMessage } from '../projection/captured-message';

/** Where a projector's poison messages go: one topic per consumer group. */
export const deadLetterTopicOf = (groupId: string) => `${groupId}.dlq`;

/** Headers a dead letter carries besides the original message's own. */
export const DEAD_LETTER_HEADERS = {
  originalTopic: 'x-dlq-original-topic',
  originalPartition: 'x-dlq-original-partition',
  originalOffset: 'x-dlq-original-offset',
  error: 'x-dlq-error',
  projector: 'x-dlq-projector',
  failedAt: 'x-dlq-failed-at',
} as const;

/** Set on a re-published dead letter: `<dead-letter topic>:<partition>:<offset>`. */
export const REDRIVEN_FROM_DLQ_HEADER = 'x-redriven-from-dlq';

const MAX_ERROR_LENGTH = 2000;

const withoutDeadLetterHeaders = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('x-dlq-')));

export function deadLetterHeaders(message: CapturedMessage, error: Error, projector: string, failedAt: Date): Record<string, string> {
  return {
    ...withoutDeadLetterHeaders(message.headers),
    [DEAD_LETTER_HEADERS.originalTopic]: message.topic,
    [DEAD_LETTER_HEADERS.originalPartition]: String(message.partition),
    [DEAD_LETTER_HEADERS.originalOffset]: message.offset,
    [DEAD_LETTER_HEADERS.error]: error.message.slice(0, MAX_ERROR_LENGTH),
    [DEAD_LETTER_HEADERS.projector]: projector,
    [DEAD_LETTER_HEADERS.failedAt]: failedAt.toISOString(),
  };
}

/** A dead letter as listed: where it came from and why it failed, never the event's data. */
export interface DeadLetterSummary {
  /** Its place in the dead-letter topic, to re-drive just this one. */
  partition: number;
  offset: string;
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
  eventType: string;
  streamId: string;
  streamVersion: string;
  projector: string;
  error: string;
  failedAt: string;
  /** Set when this letter is a re-driven message that failed again. */
  redrivenFrom?: string;
}

/** Read a dead letter (a message of the dead-letter topic, headers as text). */
export function summaryOf(partition: number, offset: string, key: string | null, headers: Record<string, string>): DeadLetterSummary {
  const header = (name: string) => headers[name] ?? '?';
  return {
    partition,
    offset,
    originalTopic: header(DEAD_LETTER_HEADERS.originalTopic),
    originalPartition: Number(headers[DEAD_LETTER_HEADERS.originalPartition] ?? -1),
    originalOffset: header(DEAD_LETTER_HEADERS.originalOffset),
    eventType: header('event-type'),
    streamId: key ?? '?',
    streamVersion: header('stream-version'),
    projector: header(DEAD_LETTER_HEADERS.projector),
    error: header(DEAD_LETTER_HEADERS.error),
    failedAt: header(DEAD_LETTER_HEADERS.failedAt),
    ...(headers[REDRIVEN_FROM_DLQ_HEADER] ? { redrivenFrom: headers[REDRIVEN_FROM_DLQ_HEADER] } : {}),
  };
}

/** The headers to re-publish a dead letter with: the original ones, and where it came from. */
export const redriveHeaders = (deadLetterTopic: string, partition: number, offset: string, headers: Record<string, string>) => ({
  ...withoutDeadLetterHeaders(headers),
  [REDRIVEN_FROM_DLQ_HEADER]: `${deadLetterTopic}:${partition}:${offset}`,
});

/**
 * A re-driven message is meant for the projector whose dead letter it was; every other consumer
 * of the topic already took (or dead-lettered) the original, which stays on the topic.
 */
export function isRedrivenForAnother(headers: Record<string, string>, ownDeadLetterTopic: string | undefined): boolean {
  const from = headers[REDRIVEN_FROM_DLQ_HEADER];
  return from !== undefined && (ownDeadLetterTopic === undefined || !from.startsWith(`${ownDeadLetterTopic}:`));
}

/** One line per dead letter for people: no event data (it may hold personal data). */
export const formatDeadLetter = (letter: DeadLetterSummary): string =>
  [
    `offset ${letter.partition}:${letter.offset}`,
    letter.eventType,
    `${letter.streamId}@${letter.streamVersion}`,
    `from ${letter.originalTopic}[${letter.originalPartition}]@${letter.originalOffset}`,
    `failed ${letter.failedAt}`,
    ...(letter.redrivenFrom ? [`re-driven from ${letter.redrivenFrom}`] : []),
    letter.error,
  ].join('  ');
