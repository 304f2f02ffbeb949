/** Where a projector's consumer group puts the events it could not project. */
export const deadLetterTopicOf = (groupId: string) => `${groupId}.dlq`;

/** Header of a dead letter an operator wrote to skip a stuck message (see `skipStuckMessage`). */
export const OPERATOR_SKIP_HEADER = 'dlq-skip';

/** `topic:partition:offset` of an original message. */
export const messageKeyOf = (topic: string, partition: number, offset: string) => `${topic}:${partition}:${offset}`;
