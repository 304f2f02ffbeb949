import { concurrencyError, type Decider, evolveAll } from '@tn/shared-decider';
import type { DomainEvent, EventMetadata } from '@tn/shared-event-contracts';
import { ConcurrencyConflictError } from './errors';
import type { AppendResult, MongoEventStore } from './mongo-event-store';
import type { SnapshotStore } from './snapshot-store';

export interface CommandHandlerOptions<C, E extends DomainEvent, S> {
  decider: Decider<C, E, S>;
  streamType: string;
  /** Save a snapshot every this many events (off when unset). */
  snapshot?: { every: number; schema: string; store: SnapshotStore };
  /** Attempts before a conflict is reported (default 10). */
  maxAttempts?: number;
  /** A snapshot that could not be saved (the command is appended all the same; loads fold more events). */
  onSnapshotError?: (error: Error, streamId: string) => void;
  /**
   * Keep each stream's last state in memory and read only the commits after it on the next
   * command (a long, busy stream: the national hierarchy). Only for streams whose state holds no
   * personal data: an erasure would not reach this copy.
   */
  keepWarm?: { maxStreams: number };
}

interface Loaded<S> {
  state: S;
  version: number;
  lastPosition: number;
  lastCommitId?: string;
  /** Data subjects of the commits folded into the state (a snapshot of it is erased with them). */
  subjects: string[];
}

export interface CommandInput<C> {
  streamId: string;
  command: C;
  /** Client- or gateway-generated id: the same id is applied once. */
  commandId: string;
  metadata: EventMetadata;
}

export interface CommandResult {
  streamId: string;
  /** Stream version after the command (unchanged when it decided nothing). */
  version: number;
  /** Position of the commit, for consistency tokens (0 when nothing was appended). */
  position: number;
  events: AppendResult['events'];
  duplicate: boolean;
}

/**
 * The one generic command handler: load (snapshot + newer commits), fold, decide, append with
 * the expected version; on a conflict re-decide on fresh state after a jittered pause, up to
 * `maxAttempts`, then report a concurrency error. Decisions are pure, so re-deciding is safe.
 */
export class CommandHandler<C, E extends DomainEvent, S> {
  /** The last state of recently used streams (keepWarm only), oldest first. */
  private readonly warm = new Map<string, Loaded<S>>();
  private saving?: Promise<void>;
  /** Per stream, the newest state waiting to be saved as its snapshot. */
  private readonly nextSnapshot = new Map<string, Loaded<S>>();

  constructor(
    private readonly store: MongoEventStore,
    private readonly options: CommandHandlerOptions<C, E, S>,
  ) {}

  async handle(input: CommandInput<C>): Promise<CommandResult> {
    const attempts = this.options.maxAttempts ?? 10;
    for (let attempt = 1; ; attempt++) {
      const { state, version, lastPosition, lastCommitId, subjects } = await this.load(input.streamId);
      // A repeated command usually fails or decides nothing on the state its first run made:
      // answer it with its first result. (Repeats that decide again are caught by the append.)
      let events: E[];
      try {
        events = this.options.decider.decide(input.command, state);
      } catch (error) {
        const earlier = await this.store.findCommit(input.commandId);
        if (earlier) return resultOf(earlier);
        throw error;
      }
      if (events.length === 0) {
        const earlier = await this.store.findCommit(input.commandId);
        return earlier ? resultOf(earlier) : { streamId: input.streamId, version, position: 0, events: [], duplicate: false };
      }
      try {
        const appended = await this.store.append({
          streamId: input.streamId,
          streamType: this.options.streamType,
          expectedVersion: version,
          commandId: input.commandId,
          events,
          metadata: input.metadata,
          afterPosition: lastPosition,
          ...(lastCommitId !== undefined ? { previousCommitId: lastCommitId } : {}),
        });
        if (!appended.duplicate) {
          const after = {
            state: evolveAll(this.options.decider, state, events),
            version: appended.toVersion,
            lastPosition: appended.position,
            lastCommitId: appended.commitId,
            subjects: [...new Set([...subjects, ...appended.subjects])],
          };
          this.keep(input.streamId, after);
          await this.snapshotAfter(input.streamId, after, version);
        }
        return resultOf(appended);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError)) throw error;
        if (attempt >= attempts) {
          throw concurrencyError('STREAM.CONCURRENCY_CONFLICT', `stream ${input.streamId} kept changing; try again`, {
            streamId: input.streamId,
            attempts,
          });
        }
        await jitteredPause(attempt);
      }
    }
  }

  /** Current state of a stream: the state kept warm, else its snapshot (if any), plus the events after it. */
  async load(streamId: string): Promise<Loaded<S>> {
    const { decider, snapshot } = this.options;
    const warm = this.warm.get(streamId);
    const saved = warm ?? (snapshot ? await snapshot.store.load<S>(streamId, snapshot.schema) : undefined);
    const read = await this.store.readStream(streamId, saved?.version ?? 0);
    const state = evolveAll(
      decider,
      saved ? saved.state : decider.initialState(),
      read.events.map((envelope) => ({ type: envelope.type, data: envelope.data }) as unknown as E),
    );
    const lastCommitId = read.lastCommitId ?? saved?.lastCommitId;
    const loaded = {
      state,
      version: read.version,
      lastPosition: read.lastPosition || saved?.lastPosition || 0,
      ...(lastCommitId ? { lastCommitId } : {}),
      subjects: [...new Set([...(saved?.subjects ?? []), ...read.subjects])],
    };
    this.keep(streamId, loaded);
    return loaded;
  }

  private keep(streamId: string, loaded: Loaded<S>): void {
    const limit = this.options.keepWarm?.maxStreams ?? 0;
    if (limit <= 0) return;
    this.warm.delete(streamId); // re-inserted last: the map's order is the order of use
    this.warm.set(streamId, loaded);
    if (this.warm.size > limit) this.warm.delete(this.warm.keys().next().value as string);
  }

  /** Resolves once the snapshot being saved (if any) is saved or given up. */
  async snapshotsSaved(): Promise<void> {
    await this.saving;
  }

  /**
   * A snapshot is only a shortcut: a failure (past the document size limit, a store hiccup) must
   * not turn a command already appended into an error. A state without personal data is saved
   * after the reply (the national hierarchy is megabytes: seconds to write), one save at a time,
   * a boundary passed meanwhile saved next with the newest state. A state with personal data is
   * saved before the reply, as before: a save still queued could outlive an erasure of its subject.
   */
  private async snapshotAfter(streamId: string, after: Loaded<S>, versionBefore: number): Promise<void> {
    const snapshot = this.options.snapshot;
    if (!snapshot || Math.floor(after.version / snapshot.every) === Math.floor(versionBefore / snapshot.every)) return;
    if (after.subjects.length > 0) {
      await this.saveSnapshot(streamId, after).catch((error: Error) => this.options.onSnapshotError?.(error, streamId));
      return;
    }
    this.nextSnapshot.set(streamId, after);
    this.saving ??= this.saveSnapshots();
  }

  /** Saves until none waits; `saving` is cleared in the same tick as the last check, so no state is left waiting. */
  private async saveSnapshots(): Promise<void> {
    for (;;) {
      const next = this.nextSnapshot.entries().next();
      if (next.done) {
        this.saving = undefined;
        return;
      }
      const [streamId, loaded] = next.value;
      this.nextSnapshot.delete(streamId);
      await this.saveSnapshot(streamId, loaded).catch((error: Error) => this.options.onSnapshotError?.(error, streamId));
    }
  }

  /** The state after a command, with the subjects of every commit in it (no query). */
  private async saveSnapshot(streamId: string, loaded: Loaded<S>): Promise<void> {
    const { state, version, lastPosition, lastCommitId, subjects } = loaded;
    await this.options.snapshot!.store.save(
      streamId,
      this.options.snapshot!.schema,
      { version, lastPosition, ...(lastCommitId ? { lastCommitId } : {}), state },
      subjects,
    );
  }
}

const resultOf = (appended: AppendResult): CommandResult => ({
  streamId: appended.streamId,
  version: appended.toVersion,
  position: appended.position,
  events: appended.events,
  duplicate: appended.duplicate,
});

/** Full jitter: a random pause up to 5 ms × 2^attempt, capped at 250 ms. */
const jitteredPause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(250, 5 * 2 ** attempt)));
