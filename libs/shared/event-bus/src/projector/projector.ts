import { randomUUID } from 'node:crypto';
import type { Consumer, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import {
  type EventEnvelope,
  InvalidEventError,
  PERSONAL_DATA_ERASED,
  UnknownEventTypeError,
} from '@tn/shared-event-contracts';
import { decodeEvent, MalformedEventMessageError } from '../event-message';
import { applyEvent, type ApplyOutcome, PoisonEventError } from './apply-event';
import type { Projection } from './projection';
import { ReadModelAliases } from './read-model-aliases';

export interface ProjectorOptions {
  kafka: Kafka;
  connection: Connection;
  groupId: string;
  topics: string[];
  projections: readonly Projection[];
  /** Decrypt and upcast an envelope before projecting (identity by default). */
  reveal?: (envelope: EventEnvelope) => Promise<EventEnvelope>;
  fromBeginning?: boolean;
  onApplied?: (envelope: EventEnvelope, outcomes: ApplyOutcome[]) => void;
  onDeadLetter?: (error: Error) => void;
}

export const deadLetterTopicOf = (groupId: string) => `${groupId}.dlq`;

/** Errors that say the event itself is bad (retrying cannot help): dead-letter them. */
const isPoison = (error: unknown) =>
  error instanceof PoisonEventError ||
  error instanceof MalformedEventMessageError ||
  error instanceof UnknownEventTypeError ||
  error instanceof InvalidEventError ||
  (error instanceof Error && /Unsupported state or unable to authenticate data|unknown personal-data encoding/.test(error.message));

/**
 * Keeps read models up to date from event topics with a Kafka consumer group. The offset of a
 * message is committed only after its read-model writes (kafkajs resolves it when the handler
 * returns), so a crash or rebalance re-delivers at most, and re-delivery is skipped by version.
 * A poison event goes to `<groupId>.dlq` with its error and the projector carries on; any other
 * failure (MongoDB down) is thrown, so the consumer retries the same message.
 */
export class Projector {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  readonly aliases: ReadModelAliases;
  private running = false;

  constructor(private readonly options: ProjectorOptions) {
    this.consumer = options.kafka.consumer({ groupId: options.groupId, retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5000 } });
    this.producer = options.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.aliases = new ReadModelAliases(options.connection);
  }

  get isRunning(): boolean {
    return this.running;
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({ eachMessage: ({ topic, partition, message }) => this.handle(topic, partition, message) });
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  /** Messages not yet projected: sum over partitions of high watermark − committed offset. */
  async lag(): Promise<number> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      let lag = 0;
      const committed = await admin.fetchOffsets({ groupId: this.options.groupId, topics: this.options.topics });
      for (const { topic, partitions } of committed) {
        const ends = await admin.fetchTopicOffsets(topic);
        for (const end of ends) {
          const done = partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
          lag += Number(end.high) - Math.max(Number(done), Number(end.low));
        }
      }
      return lag;
    } finally {
      await admin.disconnect();
    }
  }

  private async handle(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    try {
      const envelope = await (this.options.reveal ?? (async (e: EventEnvelope) => e))(decodeEvent(message.value));
      const outcomes = await projectEnvelope(this.options.connection, this.aliases, this.options.projections, envelope);
      this.options.onApplied?.(envelope, outcomes);
    } catch (error) {
      if (!isPoison(error)) throw error;
      await this.deadLetter(topic, partition, message, error as Error);
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, error: Error): Promise<void> {
    const headers: IHeaders = {
      ...(message.headers ?? {}),
      'dlq-original-topic': topic,
      'dlq-original-partition': String(partition),
      'dlq-original-offset': message.offset,
      'dlq-error': error.message.slice(0, 1000),
      'dlq-projector': this.options.groupId,
      'dlq-failed-at': new Date().toISOString(),
      'dlq-id': randomUUID(),
    };
    await this.producer.send({
      topic: deadLetterTopicOf(this.options.groupId),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    this.options.onDeadLetter?.(error);
  }
}

/** Apply one (revealed) envelope to every projection that handles it, or purge on erasure. */
export async function projectEnvelope(
  connection: Connection,
  aliases: ReadModelAliases,
  projections: readonly Projection[],
  envelope: EventEnvelope,
  collectionOverride?: (projection: Projection) => string,
): Promise<ApplyOutcome[]> {
  const outcomes: ApplyOutcome[] = [];
  for (const projection of projections) {
    const name = collectionOverride?.(projection) ?? (await aliases.resolve(projection.name, projection.collection));
    const collection = connection.collection(name);
    if (envelope.type === PERSONAL_DATA_ERASED) {
      await projection.purgeSubject?.(collection, String(envelope.data['subjectId']));
      outcomes.push('applied');
    } else if (projection.handles.includes(envelope.type)) {
      outcomes.push(await applyEvent(connection, collection, projection, envelope));
    }
  }
  return outcomes;
}
