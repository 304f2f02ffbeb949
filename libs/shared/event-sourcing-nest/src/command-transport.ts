import { Injectable, type INestApplication, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ensureTopics, TRANSIENT_TOPIC_RETENTION_MS } from '@tn/shared-event-bus';
import { commandTopicOf } from '@tn/shared-event-contracts';
import { HealthIndicators, KafkaConnection } from '@tn/shared-service-kit';
import { type CommandConsumerHost, keepCommandConsumerSubscribed } from './command-consumer-keeper';
import { COMMAND_SESSION_TIMEOUT_MS, type ConsumerMembership } from './command-consumer-membership';
import { ReplySafeServerKafka } from './reply-safe-server-kafka';

/** Whether the context's command consumer is in its group (readiness), and whether we are closing. */
@Injectable()
export class CommandTransportState implements OnApplicationShutdown, ConsumerMembership {
  subscribed = false;
  lostBecause?: string;
  closing = false;

  onApplicationShutdown(): void {
    this.closing = true;
  }
}

/**
 * Connect the context's Kafka request/reply transport (call from the app's `beforeListen`).
 * Like the other connections it comes up in the background, so the service starts even while
 * Kafka is unreachable; readiness reports `command-transport` down until it is subscribed, and
 * again whenever the consumer leaves its group (see keepCommandConsumerSubscribed). The
 * command topic is created first so the consumer does not rely on broker auto-creation.
 */
export async function connectCommandTransport(
  app: INestApplication,
  { context, brokers, partitions = 3, requestTopics = [] }: { context: string; brokers: string[]; partitions?: number; requestTopics?: string[] },
): Promise<void> {
  const topic = commandTopicOf(context);
  const topics = [topic, ...requestTopics];
  const state = app.get(CommandTransportState);
  app
    .get(HealthIndicators)
    .register('command-transport', () =>
      state.subscribed
        ? { up: true }
        : { up: false, detail: state.lostBecause ? `${state.lostBecause}: not in its group for ${topic}` : `not subscribed to ${topic} yet` },
    );
  // Our own instance of Nest's Kafka server, so that its kafkajs consumer can be followed (and its replies cannot crash us).
  const server = new ReplySafeServerKafka({
    client: { clientId: `${context}-commands`, brokers, retry: { initialRetryTime: 300, maxRetryTime: 2000, retries: 3 } },
    // A restarted service rejoins only once Kafka has given up on its dead predecessor: a 10 s
    // session (3 s heartbeats; commands are short and carry deadlines) bounds that wait.
    consumer: { groupId: `${context}-commands`, allowAutoTopicCreation: false, sessionTimeout: COMMAND_SESSION_TIMEOUT_MS, heartbeatInterval: 3_000 },
    producer: { allowAutoTopicCreation: true },
    subscribe: { fromBeginning: false },
  });
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  // Initialise now, so that the background start below and app.listen() never initialise twice.
  await app.init();
  const logger = new Logger('CommandTransport');
  const host: CommandConsumerHost = {
    prepareTopics: () => ensureTopics(app.get(KafkaConnection).kafka, topics, { partitions, keepForever: false, retentionMs: TRANSIENT_TOPIC_RETENTION_MS }),
    start: () => app.startAllMicroservices().then(() => undefined),
    stop: () => server.close(),
    onConsumerCreated: (listener) => server.onConsumerCreated(listener),
  };
  void keepCommandConsumerSubscribed(host, state, (message) => logger.warn(message));
}
