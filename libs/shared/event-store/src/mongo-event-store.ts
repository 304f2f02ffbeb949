import { randomUUID } from 'node:crypto';
import type { Collection, Connection } from 'mongoose';
import type { DomainEvent, EventEnvelope, EventMetadata, EventTypeRegistry } from '@tn/shared-event-contracts';
import { COMMITS_COLLECTION, type CommitDocument, commitIdOf, type StoredEvent } from './commit-document';
import { ConcurrencyConflictError } from './errors';
import type { PersonalDataProtector } from './personal-data/personal-data-protector';
import { PositionClock } from './position-clock';

export interface AppendInput {
  streamId: string;
  streamType: string;
  /** The stream version the decision was made on (0 for a new stream). */
  expectedVersion: number;
  commandId: string;
  events: readonly DomainEvent[];
  metadata: EventMetadata;
  /** Position of the stream's last commit, so positions grow along the stream. */
  afterPosition?: number;
  /** Id of the stream's last commit (looked up when not given and the stream is not new). */
  previousCommitId?: string | null;
}

export interface AppendResult {
  commitId: string;
  streamId: string;
  fromVersion: number;
  toVersion: number;
  position: number;
  events: EventEnvelope[];
  /** True when the command id had been appended before and this is its first result. */
  duplicate: boolean;
}

export interface EventStoreOptions {
  registry: EventTypeRegistry;
  /** Needed as soon as any registered event type declares personal data. */
  protector?: PersonalDataProtector;
  clock?: PositionClock;
}

type AppendListener = (result: AppendResult, commit: CommitDocument) => void;

/** The service's event store on MongoDB (or FerretDB): one commit document per command. */
export class MongoEventStore {
  readonly commits: Collection<CommitDocument>;
  private readonly clock: PositionClock;
  private readonly listeners = new Set<AppendListener>();

  constructor(
    connection: Connection,
    private readonly options: EventStoreOptions,
  ) {
    this.commits = connection.collection<CommitDocument>(COMMITS_COLLECTION);
    this.clock = options.clock ?? new PositionClock();
  }

  get registry(): EventTypeRegistry {
    return this.options.registry;
  }

  async ensureIndexes(): Promise<void> {
    await this.commits.createIndex({ commandId: 1 }, { unique: true, name: 'command_unique' });
    await this.commits.createIndex({ stream: 1, fromVersion: 1 }, { name: 'stream_version' });
    await this.commits.createIndex({ position: 1 }, { name: 'position' });
    await this.commits.createIndex({ subjects: 1 }, { name: 'subjects' });
  }

  /** Called after every successful append (the outbox relay wakes on it). */
  onAppended(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async append(input: AppendInput): Promise<AppendResult> {
    if (input.events.length === 0) throw new Error('append needs at least one event');
    const stored: StoredEvent[] = [];
    const subjects = new Set<string>();
    for (const event of input.events) {
      this.registry.assertValid(event.type, event.data);
      const data = event.data as Record<string, unknown>;
      const subject = this.options.protector?.subjectOf(event.type, data) ?? this.requireNoPersonalData(event.type);
      if (subject) subjects.add(subject);
      stored.push({
        eventId: randomUUID(),
        type: event.type,
        schemaVersion: this.registry.get(event.type).version,
        data: this.options.protector ? await this.options.protector.protect(event.type, data) : data,
      });
    }
    const previousCommitId =
      input.previousCommitId !== undefined || input.expectedVersion === 0
        ? (input.previousCommitId ?? null)
        : ((await this.commits.findOne({ stream: input.streamId, toVersion: input.expectedVersion }, { projection: { _id: 1 } }))?._id ?? null);
    const document: CommitDocument = {
      _id: commitIdOf(input.streamId, input.expectedVersion + 1),
      commandId: input.commandId,
      stream: input.streamId,
      streamType: input.streamType,
      fromVersion: input.expectedVersion + 1,
      toVersion: input.expectedVersion + stored.length,
      previousCommitId,
      position: this.clock.next(input.afterPosition),
      events: stored,
      actor: input.metadata.actor,
      correlationId: input.metadata.correlationId,
      causationId: input.metadata.causationId,
      ...(input.metadata.unitScope ? { unitScope: input.metadata.unitScope } : {}),
      occurredAt: input.metadata.occurredAt,
      recordedAt: new Date(),
      subjects: [...subjects],
    };
    try {
      await this.commits.insertOne(document);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      // FerretDB does not say which unique index was hit. The version taken by this same
      // command, or the command id used at another version: a repeat (answer with its first
      // result). The version taken by another command: a conflict.
      const atVersion = await this.commits.findOne({ _id: document._id });
      if (atVersion && atVersion.commandId !== input.commandId) throw new ConcurrencyConflictError(input.streamId, input.expectedVersion);
      const first = atVersion ? { ...(await this.resultOf(atVersion)), duplicate: true } : await this.findCommit(input.commandId);
      if (first) return first;
      throw new ConcurrencyConflictError(input.streamId, input.expectedVersion);
    }
    const result = { ...(await this.resultOf(document)), duplicate: false };
    for (const listener of this.listeners) listener(result, document);
    return result;
  }

  /** The stream's events from `afterVersion` on, decrypted and upcast. */
  async readStream(streamId: string, afterVersion = 0): Promise<{ events: EventEnvelope[]; version: number; lastPosition: number; lastCommitId?: string }> {
    // One query: on FerretDB/SQLite every lookup, even by `_id`, reads the table, so one query
    // beats a chain of `_id` lookups (measured; docs/benchmarks.md). MongoDB uses the index.
    const commits = await this.commits
      .find({ stream: streamId, fromVersion: { $gt: afterVersion } })
      .sort({ fromVersion: 1 })
      .toArray();
    const events: EventEnvelope[] = [];
    for (const commit of commits) events.push(...(await this.envelopesOf(commit)));
    const last = commits.at(-1);
    return {
      events,
      version: last?.toVersion ?? afterVersion,
      lastPosition: last?.position ?? 0,
      ...(last ? { lastCommitId: last._id } : {}),
    };
  }

  /** The commit of a command id (a secondary-index query: the slow path on FerretDB). */
  async findCommit(commandId: string): Promise<AppendResult | undefined> {
    const commit = await this.commits.findOne({ commandId });
    return commit ? { ...(await this.resultOf(commit)), duplicate: true } : undefined;
  }

  /** Envelopes of a commit as stored: personal fields still encrypted (for publishing). */
  storedEnvelopesOf(commit: CommitDocument): EventEnvelope[] {
    return commit.events.map((event, index) => ({
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      streamId: commit.stream,
      streamType: commit.streamType,
      streamVersion: commit.fromVersion + index,
      position: commit.position,
      occurredAt: commit.occurredAt,
      recordedAt: commit.recordedAt.toISOString(),
      actor: commit.actor,
      correlationId: commit.correlationId,
      causationId: commit.causationId,
      ...(commit.unitScope ? { unitScope: commit.unitScope } : {}),
      data: event.data,
    }));
  }

  /** Envelopes of a commit for reading: personal fields decrypted (or ERASED), data upcast. */
  async envelopesOf(commit: CommitDocument): Promise<EventEnvelope[]> {
    return Promise.all(this.storedEnvelopesOf(commit).map((envelope) => this.reveal(envelope)));
  }

  async reveal(envelope: EventEnvelope): Promise<EventEnvelope> {
    const revealed = this.options.protector ? await this.options.protector.reveal(envelope.type, envelope.data) : envelope.data;
    const { version, data } = this.registry.upcast(envelope.type, envelope.schemaVersion, revealed);
    return { ...envelope, schemaVersion: version, data };
  }

  private async resultOf(commit: CommitDocument): Promise<Omit<AppendResult, 'duplicate'>> {
    return {
      commitId: commit._id,
      streamId: commit.stream,
      fromVersion: commit.fromVersion,
      toVersion: commit.toVersion,
      position: commit.position,
      events: await this.envelopesOf(commit),
    };
  }

  private requireNoPersonalData(type: string): undefined {
    if (this.registry.get(type).personalData) {
      throw new Error(`${type} holds personal data but the event store has no personal-data protector`);
    }
    return undefined;
  }
}
