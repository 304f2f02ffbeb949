import type { Consumer, ConsumerCrashEvent } from 'kafkajs';

/**
 * How long Kafka waits for a silent command or reply consumer before giving its partitions to
 * another. A restarted process rejoins only once its dead predecessor's session has ended, so
 * this bounds that wait (with 3 s heartbeats; commands are short and carry deadlines).
 */
export const COMMAND_SESSION_TIMEOUT_MS = 10_000;

/** Where the command consumer's group membership is kept for readiness. */
export interface ConsumerMembership {
  subscribed: boolean;
  /** Why the consumer is out of its group (after it was in it once). */
  lostBecause?: string;
}

/**
 * Follows the command consumer's membership from kafkajs's events: out of the group when it
 * stops, disconnects or crashes, back in when it joins again. kafkajs restarts a consumer that
 * crashed on a retriable error (Kafka gone) by itself; `onGivenUp` runs when it will not.
 * Returns a function that stops following.
 */
export function followConsumerMembership(
  consumer: Pick<Consumer, 'on' | 'events'>,
  membership: ConsumerMembership,
  onGivenUp: (error: Error) => void = () => undefined,
): () => void {
  const out = (reason: string) => {
    membership.subscribed = false;
    membership.lostBecause = reason;
  };
  const removers = [
    consumer.on(consumer.events.GROUP_JOIN, () => {
      membership.subscribed = true;
      membership.lostBecause = undefined;
    }),
    consumer.on(consumer.events.STOP, () => out('consumer stopped')),
    consumer.on(consumer.events.DISCONNECT, () => out('consumer disconnected')),
    consumer.on(consumer.events.CRASH, ({ payload }: ConsumerCrashEvent) => {
      const cause = errorKindOf(payload.error);
      out(payload.restart ? `consumer crashed (${cause}); restarting` : `consumer crashed (${cause}); not restarting by itself`);
      if (!payload.restart) onGivenUp(payload.error);
    }),
  ];
  return () => removers.forEach((remove) => remove());
}

/** The error's class and code, never its message (it may quote data). */
function errorKindOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = (error as { code?: unknown; type?: unknown }).code ?? (error as { type?: unknown }).type;
  return typeof code === 'string' || typeof code === 'number' ? `${error.name} ${code}` : error.name;
}
