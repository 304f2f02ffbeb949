import type { Consumer } from 'kafkajs';
import { type ConsumerMembership, followConsumerMembership } from './command-consumer-membership';

/** What keeping the command consumer in its group needs from the app and Nest's Kafka server. */
export interface CommandConsumerHost {
  /** Make sure the command topics exist. */
  prepareTopics(): Promise<void>;
  /** Start the Kafka server: a new consumer connects, subscribes and joins (or crashes trying). */
  start(): Promise<void>;
  /** Stop the Kafka server and drop its consumer; safe when nothing was started. */
  stop(): Promise<void>;
  /** Called with each consumer the server creates, before it connects. */
  onConsumerCreated(listener: (consumer: Pick<Consumer, 'on' | 'events'>) => void): void;
}

export interface CommandConsumerState extends ConsumerMembership {
  closing: boolean;
}

const backoffOf = (attempt: number) => Math.min(5000, 250 * 2 ** Math.min(attempt, 5));

/**
 * Starts the command consumer and keeps it in its group. kafkajs restarts a consumer after a
 * retriable crash by itself; after any other crash it leaves it down, and then the server is
 * stopped and started afresh. The consumer is followed from its creation: a first join can fail
 * (KafkaJSGroupCoordinatorNotFound on a broker just started) while `consumer.run()` still
 * resolves, and a follower attached after the start would miss that crash and leave a service
 * that says it is ready with no consumer. Readiness counts only a GROUP_JOIN as subscribed.
 */
export function keepCommandConsumerSubscribed(
  host: CommandConsumerHost,
  state: CommandConsumerState,
  warn: (message: string) => void,
  delayOf: (attempt: number) => number = backoffOf,
): Promise<void> {
  let starting = false;
  let gaveUpWhileStarting: Error | undefined;
  let restarting = false;

  const startUntilSubscribed = async (): Promise<void> => {
    for (let attempt = 0; !state.closing; attempt++) {
      starting = true;
      gaveUpWhileStarting = undefined;
      try {
        await host.prepareTopics();
        await host.start();
        if (gaveUpWhileStarting) throw gaveUpWhileStarting;
        starting = false;
        return;
      } catch (error) {
        const reason = state.lostBecause ?? (error as Error).name;
        // Leave no half-started consumer behind before the next attempt.
        await host.stop().catch(() => undefined);
        if (attempt % 10 === 0) warn(`command consumer not in its group yet (${reason}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, delayOf(attempt)).unref());
      }
    }
    starting = false;
  };

  host.onConsumerCreated((consumer) =>
    followConsumerMembership(consumer, state, (error) => {
      if (starting) {
        gaveUpWhileStarting = error;
        return;
      }
      if (state.closing || restarting) return;
      restarting = true;
      warn(`command consumer ${state.lostBecause ?? 'crashed'}; starting it again`);
      void host
        .stop()
        .catch(() => undefined)
        .then(startUntilSubscribed)
        .finally(() => (restarting = false));
    }),
  );
  return startUntilSubscribed();
}
