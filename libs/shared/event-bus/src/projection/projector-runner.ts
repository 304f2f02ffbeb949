import type { Consumer, ConsumerConfig, EachMessagePayload, Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { isRedrivenForAnother } from '../dead-letter/dead-letter-format';
import { DeadLetterPublisher } from '../dead-letter/dead-letter-publisher';
import { type CapturedMessage, captureMessage } from './captured-message';
import { consumerLag } from './consumer-lag';
import { ParkedEvents } from './parked-events';
import { PoisonMessageError } from './poison-message-error';
import { projectMessage } from './project-message';
import type { ProjectionDefinition } from './projection-definition';
import type { ProjectingContext, ProjectionTarget } from './projection-target';
import { PROJECTOR_ALIAS_CACHE_MS, ReadModelAliases } from './read-model-aliases';
import { StreamCursors } from './stream-cursors';

export interface ProjectorRunnerOptions {
  kafka: Kafka;
  connection: Connection;
  /** The consumer group; its dead letters go to `<groupId>.dlq`. */
  groupId: string;
  topics: readonly string[];
  projections: readonly ProjectionDefinition[];
  /** Names the projector in dead letters (default: the group id). */
  name?: string;
  /** Decrypt and upcast an envelope before it reaches `evolve` (default: as it came). */
  reveal?: (envelope: EventEnvelope) => Promise<EventEnvelope>;
  /** Consumer-group timing (tests shorten it to notice a dead member sooner). */
  consumer?: Pick<ConsumerConfig, 'sessionTimeout' | 'heartbeatInterval' | 'rebalanceTimeout'>;
  onDeadLetter?: (error: Error, message: CapturedMessage) => void;
}

/**
 * Keeps read models up to date from event topics with a Kafka consumer group. Each message is
 * projected, or parked or dead-lettered, before its handler returns, and kafkajs commits an
 * offset only after that: a crash or a rebalance delivers again, never loses, and projections
 * skip by stream version what they already took. A poison message goes to `<groupId>.dlq` and
 * the projector carries on; any other failure (the database is away) is thrown, so the same
 * message is retried and nothing after it is committed.
 *
 * Reads from the beginning of the topics: a read model needs every stream from its first event.
 */
export class ProjectorRunner {
  private readonly consumer: Consumer;
  private readonly deadLetters: DeadLetterPublisher;
  private readonly aliases: ReadModelAliases;
  private readonly context: ProjectingContext;
  private running = false;

  constructor(private readonly options: ProjectorRunnerOptions) {
    const collections = options.projections.map((p) => p.collection);
    const twice = collections.find((c, i) => collections.indexOf(c) !== i);
    if (twice) throw new Error(`two projections of ${options.groupId} write ${twice}`);
    this.consumer = options.kafka.consumer({ groupId: options.groupId, ...options.consumer });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.running = false;
    });
    this.deadLetters = new DeadLetterPublisher(options.kafka, options.groupId, options.name ?? options.groupId);
    this.aliases = new ReadModelAliases(options.connection, PROJECTOR_ALIAS_CACHE_MS);
    this.context = {
      cursors: new StreamCursors(options.connection),
      parked: new ParkedEvents(options.connection),
      reveal: options.reveal ?? (async (envelope) => envelope),
      deadLetter: (message, error) => this.deadLetter(message, error),
    };
  }

  get isRunning(): boolean {
    return this.running;
  }

  get deadLetterTopic(): string {
    return this.deadLetters.topic;
  }

  async start(): Promise<void> {
    await this.deadLetters.start();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.options.topics], fromBeginning: true });
    await this.consumer.run({ eachMessage: (payload) => this.handle(payload) });
    this.running = true;
  }

  /** Finishes the message in hand, commits, and leaves the group (its partitions move on). */
  async stop(): Promise<void> {
    this.running = false;
    await this.consumer.disconnect();
    await this.deadLetters.stop();
  }

  /** Messages on the topics not yet projected: high watermark − committed offset, summed. */
  lag(): Promise<number> {
    return consumerLag(this.options.kafka, this.options.groupId, this.options.topics);
  }

  private async handle({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const captured = captureMessage(topic, partition, message);
    if (isRedrivenForAnother(captured.headers, this.deadLetters.topic)) return;
    try {
      await projectMessage(captured, await this.targets(), this.context);
    } catch (error) {
      if (!(error instanceof PoisonMessageError)) throw error;
      await this.deadLetter(captured, error);
    }
  }

  private async targets(): Promise<ProjectionTarget[]> {
    const { connection, projections } = this.options;
    return Promise.all(
      projections.map(async (projection) => ({ projection, collection: connection.collection(await this.aliases.resolve(projection.collection)) })),
    );
  }

  private async deadLetter(message: CapturedMessage, error: PoisonMessageError): Promise<void> {
    await this.deadLetters.publish(message, error);
    this.options.onDeadLetter?.(error, message);
  }
}
