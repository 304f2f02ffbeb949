import type { Batch, Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Collection, Connection } from 'mongoose';
import { type EventEnvelope, InvalidEventError, PERSONAL_DATA_ERASED, UnknownEventTypeError } from '@tn/shared-event-contracts';
import { decodeEvent, encodeEvent, MalformedEventMessageError } from '../event-message';
import { applyEvent, type ApplyOutcome, applyToDocument, type EventResult, type ParkHooks, ParkedPresence, PoisonEventError } from './apply-event';
import { deadLetterOf, deadLetterTopicOf, messageKeyOf } from './dead-letter-topic';
import { readDeadLetters } from './dead-letters';
import { GroupMembership, type GroupMembershipState } from './group-membership';
import { type PartitionStall, PartitionStalls } from './partition-stalls';
import type { Projection } from './projection';
import { ReadModelAliases } from './read-model-aliases';
import { describeError, isUnretriableStoreError } from './store-errors';

export { deadLetterTopicOf } from './dead-letter-topic';

export interface ProjectorOptions {
  kafka: Kafka;
  connection: Connection;
  groupId: string;
  topics: string[];
  projections: readonly Projection[];
  /** Decrypt and upcast an envelope before projecting (identity by default). */
  reveal?: (envelope: EventEnvelope) => Promise<EventEnvelope>;
  /**
   * Decrypt a whole batch at once (one round trip to a key holder instead of one per event).
   * If it fails, the batch falls back to `reveal` one event at a time, so a bad event is
   * dead-lettered alone.
   */
  revealBatch?: (envelopes: EventEnvelope[]) => Promise<EventEnvelope[]>;
  fromBeginning?: boolean;
  onApplied?: (envelope: EventEnvelope, outcomes: ApplyOutcome[]) => void;
  /** An event went to `<groupId>.dlq` (the error may quote event data: log `describeError` of it). */
  onDeadLetter?: (error: Error, where: { topic: string; partition: number; offset: string }) => void;
  /** Failed attempts in a row at one offset after which a partition counts as stuck (default 5). */
  stuckAfterAttempts?: number;
  /**
   * After each failed attempt on a partition (it will be retried), with what was thrown (log
   * `deadLetterReason` of it: class, code, projection and cause, never its message).
   */
  onPartitionFailed?: (stall: PartitionStall, error: unknown) => void;
  /** A partition that had failed moved on. */
  onPartitionRecovered?: (stall: PartitionStall) => void;
  /**
   * After a batch's read-model writes: the envelopes now handled — applied, skipped or
   * dead-lettered; parked ones excluded.
   * Awaited before the offsets commit, so a consistency checkpoint never runs ahead of the data.
   */
  onBatchProjected?: (envelopes: EventEnvelope[]) => Promise<void>;
  /**
   * Kafka drops a member that has not heartbeaten for this long (ms, default 10 000) and
   * rebalances. The projector heartbeats between messages, documents and events of a batch, so
   * only a single event's work must fit in it, not a whole batch's. It also bounds how long a
   * restarted process waits for its group after a crash (the dead member's session must end):
   * with 30 s a gateway killed -9 was not ready again for half a minute.
   */
  sessionTimeoutMs?: number;
  /** How often heartbeats are actually sent (ms, default 3 000; kafkajs skips calls in between). */
  heartbeatIntervalMs?: number;
  /** The consumer joined or left its group (see `GroupMembership`). */
  onMembershipChanged?: (state: GroupMembershipState) => void;
}

export const DEFAULT_SESSION_TIMEOUT_MS = 10_000;
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 3_000;

/** kafkajs errors that mean the group moved on (a rebalance): not a failure of the partition. */
const isRebalance = (error: unknown) =>
  error instanceof Error &&
  ['REBALANCE_IN_PROGRESS', 'UNKNOWN_MEMBER_ID', 'ILLEGAL_GENERATION', 'NOT_COORDINATOR_FOR_GROUP'].includes(String((error as { type?: unknown }).type));

type Heartbeat = () => Promise<void>;
const noHeartbeat: Heartbeat = async () => undefined;

/** The envelope of a message when its encoding is readable (its data may not be). */
function decodableEnvelope(message: KafkaMessage): EventEnvelope | undefined {
  try {
    return decodeEvent(message.value);
  } catch {
    return undefined;
  }
}

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
 * A poison event, or one whose read-model write can never succeed (a key the store refuses), goes
 * to `<groupId>.dlq` with its error and the projector carries on; any other failure (MongoDB down)
 * is thrown, so the consumer retries the same message. A failing partition is then taken one
 * message at a time (offsets resolved after each), so the failure pins the exact offset; after
 * `stuckAfterAttempts` failures there it is reported stuck (`stuckPartitions`) until it moves,
 * either by itself or because an operator skipped the message (`skipStuckMessage`).
 */
export class Projector {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  readonly aliases: ReadModelAliases;
  private running = false;
  private readonly stalls: PartitionStalls;
  /** Messages an operator skipped (`topic:partition:offset`), read from the dead-letter topic. */
  private readonly skips = new Set<string>();
  private skipsReadAt = '';
  private readonly membership = new GroupMembership();

  constructor(private readonly options: ProjectorOptions) {
    this.stalls = new PartitionStalls(options.stuckAfterAttempts ?? 5);
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS,
      heartbeatInterval: options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS,
      retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5000 },
    });
    this.watchMembership();
    this.producer = options.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.aliases = new ReadModelAliases(options.connection);
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Whether the consumer is in its group now, since when, and how many times it joined. */
  groupMembership(): GroupMembershipState {
    return this.membership.current();
  }

  private watchMembership(): void {
    const { events } = this.consumer;
    const changed = () => this.options.onMembershipChanged?.(this.membership.current());
    const leave = (reason: string) => () => {
      this.membership.left(reason);
      changed();
    };
    this.consumer.on(events.GROUP_JOIN, ({ payload }) => {
      this.stalls.retain(payload.memberAssignment);
      this.membership.joined();
      changed();
    });
    this.consumer.on(events.REBALANCING, leave('rebalancing'));
    this.consumer.on(events.CRASH, leave('crashed'));
    this.consumer.on(events.STOP, leave('stopped'));
    this.consumer.on(events.DISCONNECT, leave('disconnected'));
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({
      partitionsConsumedConcurrently: 3,
      eachBatch: async ({ batch, heartbeat, resolveOffset }) => {
        const { topic, partition } = batch;
        const at = { offset: batch.firstOffset() ?? batch.highWatermark };
        const oneByOne = this.stalls.isFailing(topic, partition);
        try {
          if (oneByOne) await this.handleOneByOne(batch, at, resolveOffset, heartbeat);
          else await this.handleMessages(topic, partition, batch.messages, heartbeat);
        } catch (error) {
          if (isRebalance(error)) throw error; // kafkajs rejoins and the batch comes again
          // not inside `?.()`: it must always count; one by one, `at` is the failing message itself
          const stall = this.stalls.failed(topic, partition, at.offset, describeError(error), oneByOne);
          this.options.onPartitionFailed?.(stall, error);
          throw error;
        }
        const recovered = this.stalls.advanced(topic, partition);
        if (recovered) this.options.onPartitionRecovered?.(recovered);
        await heartbeat();
      },
    });
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  /** Partitions that failed `stuckAfterAttempts` times in a row at the same offset. */
  stuckPartitions(): PartitionStall[] {
    return this.stalls.stuck();
  }

  /** Partitions whose last attempt failed (stuck or not yet). */
  failingPartitions(): PartitionStall[] {
    return this.stalls.all();
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

  /**
   * A partition that failed last time: one message at a time, each offset resolved once its
   * writes are done, so `at` ends on the failing message and what came before is not redone.
   * A message an operator skipped (dead-lettered with `dlq-skip`) is passed over.
   */
  private async handleOneByOne(batch: Batch, at: { offset: string }, resolveOffset: (offset: string) => void, heartbeat: () => Promise<void>): Promise<void> {
    await this.refreshSkips().catch(() => undefined); // the dead-letter topic unreadable: no skips this time
    for (const message of batch.messages) {
      at.offset = message.offset;
      if (!this.skips.has(messageKeyOf(batch.topic, batch.partition, message.offset))) {
        await this.handleMessages(batch.topic, batch.partition, [message], heartbeat);
      } else {
        const readable = decodableEnvelope(message);
        if (readable) await this.options.onBatchProjected?.([readable]);
      }
      resolveOffset(message.offset);
      await heartbeat();
    }
  }

  /** Re-reads operator skips from the dead-letter topic when it has grown since last read. */
  private async refreshSkips(): Promise<void> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    let mark: string;
    try {
      const topic = deadLetterTopicOf(this.options.groupId);
      if (!(await admin.listTopics()).includes(topic)) return;
      mark = (await admin.fetchTopicOffsets(topic)).map((p) => `${p.partition}:${p.high}`).join(',');
    } finally {
      await admin.disconnect();
    }
    if (mark === this.skipsReadAt) return;
    for (const letter of await readDeadLetters(this.options.kafka, this.options.groupId)) {
      if (letter.skipped) this.skips.add(messageKeyOf(letter.originalTopic, letter.originalPartition, letter.originalOffset));
    }
    this.skipsReadAt = mark;
  }

  /**
   * A batch of one partition: decode every message (unreadable ones are dead-lettered), then
   * per projection and document apply its events together (one read, one write), documents in
   * parallel. Erasure events split the batch so that purges keep their place in the order.
   * The batch's offsets resolve only when this returns, i.e. after the writes.
   */
  private async handleMessages(topic: string, partition: number, messages: KafkaMessage[], heartbeat: Heartbeat = noHeartbeat): Promise<void> {
    const batch = { topic, partition };
    const reveal = this.reveal;
    let segment: { envelope: EventEnvelope; message: KafkaMessage }[] = [];
    const projected: EventEnvelope[] = [];
    const revealed = await this.revealAll(messages);
    const presence = await ParkedPresence.probe(this.options.connection);
    for (const message of messages) {
      await heartbeat(); // cheap: kafkajs sends one only once per heartbeat interval
      let envelope: EventEnvelope;
      try {
        envelope = revealed.get(message) ?? (await reveal(decodeEvent(message.value)));
      } catch (error) {
        if (!isPoison(error)) throw error;
        await this.deadLetter(batch.topic, batch.partition, message, error as Error);
        // Handled (dead-lettered): a reader waiting for this event must not wait for ever.
        const readable = decodableEnvelope(message);
        if (readable) projected.push(readable);
        continue;
      }
      if (envelope.type === PERSONAL_DATA_ERASED) {
        projected.push(...(await this.applySegment(batch, segment, presence, heartbeat)));
        segment = [];
        try {
          await projectEnvelope(this.options.connection, this.aliases, this.options.projections, envelope);
          this.options.onApplied?.(envelope, ['applied']);
        } catch (error) {
          if (!isUnretriableStoreError(error)) throw error;
          await this.deadLetter(batch.topic, batch.partition, message, error as Error);
        }
        projected.push(envelope);
      } else {
        segment.push({ envelope, message });
      }
    }
    projected.push(...(await this.applySegment(batch, segment, presence, heartbeat)));
    if (projected.length > 0) await this.options.onBatchProjected?.(projected);
  }

  private get reveal(): (envelope: EventEnvelope) => Promise<EventEnvelope> {
    return this.options.reveal ?? (async (envelope: EventEnvelope) => envelope);
  }

  /** The batch's messages decrypted in one call, when the projector has `revealBatch` (else none). */
  private async revealAll(messages: KafkaMessage[]): Promise<Map<KafkaMessage, EventEnvelope>> {
    const result = new Map<KafkaMessage, EventEnvelope>();
    if (!this.options.revealBatch) return result;
    const decoded: { message: KafkaMessage; envelope: EventEnvelope }[] = [];
    for (const message of messages) {
      try {
        decoded.push({ message, envelope: decodeEvent(message.value) });
      } catch {
        // left to the one-by-one path, which dead-letters it
      }
    }
    try {
      const revealed = await this.options.revealBatch(decoded.map((item) => item.envelope));
      decoded.forEach((item, index) => revealed[index] && result.set(item.message, revealed[index]!));
    } catch {
      result.clear(); // one by one instead, so that only a bad event is dead-lettered
    }
    return result;
  }

  /** Applies a segment; returns its envelopes except those parked behind a gap. */
  private async applySegment(
    batch: { topic: string; partition: number },
    segment: { envelope: EventEnvelope; message: KafkaMessage }[],
    presence: ParkedPresence,
    heartbeat: Heartbeat,
  ): Promise<EventEnvelope[]> {
    if (segment.length === 0) return [];
    const parked = new Set<string>();
    const messageOf = new Map(segment.map((item) => [item.envelope.eventId, item.message]));
    // Events wait behind a gap in their stored (encrypted) form; drained ones are revealed again.
    const originals = new Map<string, Buffer>();
    for (const { envelope, message } of segment) if (message.value) originals.set(envelope.eventId, message.value);
    const hooks = { ...kafkaMessageParking(originals, this.reveal), presence };
    for (const projection of this.options.projections) {
      const byDocument = new Map<string, EventEnvelope[]>();
      for (const { envelope } of segment) {
        if (!projection.handles.includes(envelope.type)) continue;
        const ids = projection.documentId(envelope);
        for (const id of ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]) byDocument.set(id, [...(byDocument.get(id) ?? []), envelope]);
      }
      const collection = this.options.connection.collection(await this.aliases.resolve(projection.name, projection.collection));
      const documents = [...byDocument.entries()];
      await inParallel(documents, 8, async ([documentId, envelopes]) => {
        // A heartbeat after each event: a document with many slow events must not cost the group.
        const apply = (some: EventEnvelope[]) => applyToDocument(this.options.connection, collection, projection, documentId, some, hooks, heartbeat);
        for (const result of await applyRefusingUnwritable(apply, envelopes)) {
          if ('poison' in result) {
            const message = messageOf.get(result.envelope.eventId) ?? withheldMessage(result.envelope, originals.get(result.envelope.eventId));
            await this.deadLetter(batch.topic, batch.partition, message, result.poison);
          } else {
            if (result.outcome === 'parked') parked.add(result.envelope.eventId);
            this.options.onApplied?.(result.envelope, [result.outcome]);
          }
        }
      });
    }
    return segment.map((item) => item.envelope).filter((envelope) => !parked.has(envelope.eventId));
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, error: Error): Promise<void> {
    await this.producer.send({
      topic: deadLetterTopicOf(this.options.groupId),
      acks: -1,
      messages: [deadLetterOf(this.options.groupId, topic, partition, message, error)],
    });
    this.options.onDeadLetter?.(error, { topic, partition, offset: message.offset });
  }
}

/**
 * Applies events to one document; if the store refuses the write for good (see
 * `isUnretriableStoreError`), tries them one at a time so that only the events it refuses come
 * back as poison (to dead-letter) and the others are applied.
 */
async function applyRefusingUnwritable(apply: (envelopes: EventEnvelope[]) => Promise<EventResult[]>, envelopes: EventEnvelope[]): Promise<EventResult[]> {
  try {
    return await apply(envelopes);
  } catch (error) {
    if (!isUnretriableStoreError(error)) throw error;
    if (envelopes.length > 1) {
      const results: EventResult[] = [];
      for (const envelope of envelopes) results.push(...(await applyRefusingUnwritable(apply, [envelope])));
      return results;
    }
    const envelope = envelopes[0]!;
    return [
      {
        envelope,
        poison: new PoisonEventError(`the read-model store refused ${envelope.type}: ${(error as Error).message}`, error, { eventType: envelope.type }),
      },
    ];
  }
}

const PARKED_MESSAGE = 'kafka-message-base64:';

/**
 * Parking in the form the event came from Kafka (`originals`: event id → message value, personal
 * fields encrypted), revealed again when drained; a drained event's value joins `originals`.
 * A parked value in the older form (the envelope as JSON) is read as it is.
 */
export function kafkaMessageParking(originals: Map<string, Buffer>, reveal: (envelope: EventEnvelope) => Promise<EventEnvelope>): ParkHooks {
  return {
    park: (envelope) => {
      const value = originals.get(envelope.eventId);
      if (!value) throw new Error(`cannot park event ${envelope.eventId}: its original message is unknown`);
      return `${PARKED_MESSAGE}${value.toString('base64')}`;
    },
    unpark: async (stored) => {
      if (!stored.startsWith(PARKED_MESSAGE)) return JSON.parse(stored) as EventEnvelope;
      const value = Buffer.from(stored.slice(PARKED_MESSAGE.length), 'base64');
      const envelope = await reveal(decodeEvent(value));
      originals.set(envelope.eventId, value);
      return envelope;
    },
  };
}

/**
 * A dead letter for an event whose Kafka message is not at hand (drained from parking): its
 * original value if known, else the envelope without its data, never revealed personal data.
 */
function withheldMessage(envelope: EventEnvelope, original: Buffer | undefined): KafkaMessage {
  const { headers } = encodeEvent(envelope);
  const { data: _withheld, ...withoutData } = envelope;
  return {
    key: Buffer.from(envelope.streamId),
    value: original ?? Buffer.from(JSON.stringify(withoutData)),
    offset: '-1',
    headers: original ? headers : { ...headers, 'dlq-data-withheld': 'personal data' },
  } as unknown as KafkaMessage;
}

/**
 * The collection as a purge sees it: every operator update made through it also bumps
 * `_purges` (unless it already does), so the purge and the bump are one atomic write and a
 * projector write prepared from an earlier read fails its guard (see `Projection.purgeSubject`).
 */
function countingPurges(collection: Collection): Collection {
  const updates = new Set(['updateOne', 'updateMany', 'findOneAndUpdate']);
  return new Proxy(collection, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !updates.has(property) || typeof value !== 'function') return value;
      return (filter: unknown, update: unknown, ...rest: unknown[]) =>
        (value as (...args: unknown[]) => unknown).call(target, filter, withPurgeCount(update), ...rest);
    },
  });
}

function withPurgeCount(update: unknown): unknown {
  if (update === null || typeof update !== 'object' || Array.isArray(update)) return update; // pipelines: left to the projection
  const operators = update as Record<string, unknown>;
  if (!Object.keys(operators).some((key) => key.startsWith('$'))) return update;
  const inc = (operators['$inc'] ?? {}) as Record<string, unknown>;
  return '_purges' in inc ? update : { ...operators, $inc: { ...inc, _purges: 1 } };
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** Apply one (revealed) envelope to every projection that handles it, or purge on erasure. */
export async function projectEnvelope(
  connection: Connection,
  aliases: ReadModelAliases,
  projections: readonly Projection[],
  envelope: EventEnvelope,
  collectionOverride?: (projection: Projection) => string,
  hooks?: ParkHooks,
): Promise<ApplyOutcome[]> {
  const outcomes: ApplyOutcome[] = [];
  for (const projection of projections) {
    const name = collectionOverride?.(projection) ?? (await aliases.resolve(projection.name, projection.collection));
    const collection = connection.collection(name);
    if (envelope.type === PERSONAL_DATA_ERASED) {
      await projection.purgeSubject?.(countingPurges(collection), String(envelope.data['subjectId']));
      outcomes.push('applied');
    } else if (projection.handles.includes(envelope.type)) {
      outcomes.push(await applyEvent(connection, collection, projection, envelope, hooks));
    }
  }
  return outcomes;
}
