import { concurrencyError, type Decider } from '@tn/shared-decider';
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
  constructor(
    private readonly store: MongoEventStore,
    private readonly options: CommandHandlerOptions<C, E, S>,
  ) {}

  async handle(input: CommandInput<C>): Promise<CommandResult> {
    const attempts = this.options.maxAttempts ?? 10;
    for (let attempt = 1; ; attempt++) {
      const { state, version, lastPosition, lastCommitId } = await this.load(input.streamId);
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
        if (!appended.duplicate) await this.maybeSnapshot(input.streamId, state, events, version, appended);
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

  /** Current state of a stream: its snapshot (if any) plus the events after it. */
  async load(streamId: string): Promise<{ state: S; version: number; lastPosition: number; lastCommitId?: string }> {
    const { decider, snapshot } = this.options;
    const saved = snapshot ? await snapshot.store.load<S>(streamId, snapshot.schema) : undefined;
    const read = await this.store.readStream(streamId, saved?.version ?? 0);
    const state = read.events.reduce(
      (current, envelope) => decider.evolve(current, { type: envelope.type, data: envelope.data } as unknown as E),
      saved ? saved.state : decider.initialState(),
    );
    const lastCommitId = read.lastCommitId ?? saved?.lastCommitId;
    return {
      state,
      version: read.version,
      lastPosition: read.lastPosition || saved?.lastPosition || 0,
      ...(lastCommitId ? { lastCommitId } : {}),
    };
  }

  private async maybeSnapshot(streamId: string, before: S, events: E[], version: number, appended: AppendResult) {
    const snapshot = this.options.snapshot;
    if (!snapshot || Math.floor(appended.toVersion / snapshot.every) === Math.floor(version / snapshot.every)) return;
    const state = events.reduce((current, event) => this.options.decider.evolve(current, event), before);
    const subjects = [...new Set((await this.store.commits.distinct('subjects', { stream: streamId })) as string[])];
    await snapshot.store.save(
      streamId,
      snapshot.schema,
      { version: appended.toVersion, lastPosition: appended.position, lastCommitId: appended.commitId, state },
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
