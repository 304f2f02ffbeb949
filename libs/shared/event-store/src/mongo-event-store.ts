import { randomUUID } from 'node:crypto';
import type { Collection, Connection } from 'mongoose';
import type { DomainEvent, EventEnvelope, EventMetadata, EventTypeRegistry } from '@tn/shared-event-contracts';
import { COMMITS_COLLECTION, type CommitDocument, commitDocumentOf, commitIdOf, type StoredEvent } from './commit-document';
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
  /** Data subjects whose personal data the commit holds. */
  subjects: string[];
  /** True when the command id had been appended before and this is its first result. */
  duplicate: boolean;
}

/** What a batch append answers for one input: its commit (events left out: a batch may hold thousands), or a conflict. */
export type BatchAppendOutcome = { appended: Omit<AppendResult, 'events'> } | { conflict: ConcurrencyConflictError };

export interface EventStoreOptions {
  registry: EventTypeRegistry;
  /** Needed as soon as any registered event type declares personal data. */
  protector?: PersonalDataProtector;
  clock?: PositionClock;
}

type AppendListener = (result: Omit<AppendResult, 'events'>, commit: CommitDocument) => void;

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
    // The relay's recovery sweep reads a minute of commits at a time, by equality.
    await this.commits.createIndex({ positionMinute: 1 }, { name: 'position_minute' });
  }

  /** Called after every successful append (the outbox relay wakes on it). */
  onAppended(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async append(input: AppendInput): Promise<AppendResult> {
    const { stored, subjects } = await this.protectedEventsOf(input);
    const previousCommitId =
      input.previousCommitId !== undefined || input.expectedVersion === 0
        ? (input.previousCommitId ?? null)
        : ((await this.commits.findOne({ stream: input.streamId, toVersion: input.expectedVersion }, { projection: { _id: 1 } }))?._id ?? null);
    const document = commitDocumentOf({ ...input, events: stored, subjects, previousCommitId, position: this.clock.next(input.afterPosition) });
    try {
      await this.commits.insertOne(document);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      const first = await this.firstCommitOf(document);
      if (first) return { ...(await this.resultOf(first)), duplicate: true };
      throw new ConcurrencyConflictError(input.streamId, input.expectedVersion);
    }
    const result = { ...(await this.resultOf(document)), duplicate: false };
    for (const listener of this.listeners) listener(result, document);
    return result;
  }

  /**
   * Many commands' commits in one unordered `insertMany`, for seeding and bulk imports. Each
   * input's events are checked and protected as `append` does and its commit is built the same
   * way, but the store looks nothing up, so every input must say where its stream stands: a new
   * stream (`expectedVersion` 0), or the commit it follows given as `previousCommitId` (with
   * `afterPosition`, so that positions grow along the stream), or an earlier input of the same
   * batch ending at its `expectedVersion` (a stream's commits in version order, consecutive). An
   * input that says neither is refused before anything is written, as is invalid event data.
   * A taken version or command id is settled as `append` settles it, input by input: the same
   * command answers its first commit (`duplicate`, so a batch may be sent again after a failure),
   * another command's version is a conflict; the other inputs are written all the same, those
   * after a conflicting one in the same stream included (they then follow a commit that is not
   * theirs). So it is for streams no one else writes meanwhile: seeding an empty store, or an
   * import into new streams; never for commands deciding on streams others append to.
   */
  async appendBatch(inputs: readonly AppendInput[]): Promise<BatchAppendOutcome[]> {
    const documents: CommitDocument[] = [];
    const lastInBatch = new Map<string, CommitDocument>();
    for (const input of inputs) {
      const { stored, subjects } = await this.protectedEventsOf(input);
      const before = lastInBatch.get(input.streamId);
      const follows = before?.toVersion === input.expectedVersion ? before : undefined;
      const previousCommitId = input.expectedVersion === 0 ? (input.previousCommitId ?? null) : (input.previousCommitId ?? follows?._id);
      if (previousCommitId === undefined) {
        throw new Error(`appendBatch: ${input.streamId} after version ${input.expectedVersion} needs its previousCommitId (a batch looks nothing up)`);
      }
      const afterPosition = Math.max(input.afterPosition ?? 0, follows?.position ?? 0);
      const document = commitDocumentOf({ ...input, events: stored, subjects, previousCommitId, position: this.clock.next(afterPosition) });
      documents.push(document);
      lastInBatch.set(input.streamId, document);
    }
    if (documents.length === 0) return [];
    const taken = await this.insertUnordered(documents);
    const outcomes: BatchAppendOutcome[] = [];
    for (const [index, document] of documents.entries()) {
      if (!taken.has(index)) {
        const appended = { ...this.summaryOf(document), duplicate: false };
        for (const listener of this.listeners) listener(appended, document);
        outcomes.push({ appended });
        continue;
      }
      const first = await this.firstCommitOf(document);
      const input = inputs[index]!;
      outcomes.push(
        first ? { appended: { ...this.summaryOf(first), duplicate: true } } : { conflict: new ConcurrencyConflictError(input.streamId, input.expectedVersion) },
      );
    }
    return outcomes;
  }

  /** The stream's events from `afterVersion` on, decrypted and upcast. */
  async readStream(
    streamId: string,
    afterVersion = 0,
  ): Promise<{ events: EventEnvelope[]; version: number; lastPosition: number; lastCommitId?: string; subjects: string[] }> {
    const commits = afterVersion === 0 ? await this.wholeStream(streamId) : await this.commitsAfter(streamId, afterVersion);
    const events: EventEnvelope[] = [];
    for (const commit of commits) events.push(...(await this.envelopesOf(commit)));
    const last = commits.at(-1);
    return {
      events,
      version: last?.toVersion ?? afterVersion,
      lastPosition: last?.position ?? 0,
      ...(last ? { lastCommitId: last._id } : {}),
      subjects: [...new Set(commits.flatMap((commit) => commit.subjects))],
    };
  }

  /** A stream from its start: one query (every commit is needed). */
  private wholeStream(streamId: string): Promise<CommitDocument[]> {
    return this.commits.find({ stream: streamId }).sort({ fromVersion: 1 }).toArray();
  }

  /**
   * The commits after a version (a snapshot's, a state kept warm): one `_id` lookup each along the
   * stream (`<stream>@<fromVersion>`, the next one after each `toVersion`), which the unique `_id`
   * index serves. A query on `stream` would fetch every commit of a long stream (the national
   * hierarchy: thousands) to keep the last few. Stops at the first version no commit starts at.
   */
  private async commitsAfter(streamId: string, afterVersion: number): Promise<CommitDocument[]> {
    const commits: CommitDocument[] = [];
    for (let next = afterVersion + 1; ;) {
      const commit = await this.commits.findOne({ _id: commitIdOf(streamId, next) });
      if (!commit) return commits;
      commits.push(commit);
      next = commit.toVersion + 1;
    }
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

  /** Checks each event against its schema and encrypts its personal fields (one command's events, in order). */
  private async protectedEventsOf(input: AppendInput): Promise<{ stored: StoredEvent[]; subjects: string[] }> {
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
    return { stored, subjects: [...subjects] };
  }

  /**
   * The commit that holds a document's version or command id, when the insert found either taken.
   * FerretDB does not say which unique index was hit. The version taken by this same command, or
   * the command id used at another version: a repeat (its first commit). The version taken by
   * another command: a conflict (undefined).
   */
  private async firstCommitOf(document: CommitDocument): Promise<CommitDocument | undefined> {
    const atVersion = await this.commits.findOne({ _id: document._id });
    if (atVersion) return atVersion.commandId === document.commandId ? atVersion : undefined;
    return (await this.commits.findOne({ commandId: document.commandId })) ?? undefined;
  }

  /** Inserts unordered; the indexes of the documents refused for a taken version or command id. */
  private async insertUnordered(documents: CommitDocument[]): Promise<Set<number>> {
    try {
      await this.commits.insertMany(documents, { ordered: false });
      return new Set();
    } catch (error) {
      // The driver gives one write error or a list of them.
      const writeErrors = [(error as { writeErrors?: { index: number; code?: number } | { index: number; code?: number }[] }).writeErrors ?? []].flat();
      if (writeErrors.length === 0 || writeErrors.some((writeError) => writeError.code !== 11000)) throw error;
      return new Set(writeErrors.map((writeError) => writeError.index));
    }
  }

  private summaryOf(commit: CommitDocument): Omit<AppendResult, 'events' | 'duplicate'> {
    return {
      commitId: commit._id,
      streamId: commit.stream,
      fromVersion: commit.fromVersion,
      toVersion: commit.toVersion,
      position: commit.position,
      subjects: commit.subjects,
    };
  }

  private async resultOf(commit: CommitDocument): Promise<Omit<AppendResult, 'duplicate'>> {
    return { ...this.summaryOf(commit), events: await this.envelopesOf(commit) };
  }

  private requireNoPersonalData(type: string): undefined {
    if (this.registry.get(type).personalData) {
      throw new Error(`${type} holds personal data but the event store has no personal-data protector`);
    }
    return undefined;
  }
}
