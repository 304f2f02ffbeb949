import type { Collection, Connection } from 'mongoose';
import { type CommitDocument, DISPATCHED_COLLECTION, positionMinuteOf } from '@tn/shared-event-store';

interface DispatchedDocument {
  _id: string;
  position: number;
  /** The commit's minute bucket (commit-document.ts): the sweep reads by equality on it. */
  positionMinute: number;
  at: Date;
}

interface CheckpointDocument {
  _id: string;
  position: number;
}

/** How far back a sweep looks below its checkpoint, for commits that became visible late (µs). */
const LATE_COMMIT_WINDOW = 60_000_000;
/** How far past the clock a sweep looks: positions may run a little ahead of it (ADR 0005). */
const CLOCK_AHEAD_WINDOW = 60_000_000;
const SWEEP_BUCKETS_AT_ONCE = 8;

/**
 * Which commits have been published. Recorded by inserting one small document per commit
 * (FerretDB's SQLite backend inserts in ~1 ms but updates in ~11 ms, and scans for any filter
 * other than `_id`), with an in-memory set of recent ids so that the ordering check rarely
 * reads. A per-context checkpoint bounds what the recovery sweep has to look at.
 */
export class DispatchLog {
  private readonly dispatched: Collection<DispatchedDocument>;
  private readonly checkpoints: Collection<CheckpointDocument>;
  private readonly recent = new Set<string>();

  constructor(
    connection: Connection,
    private readonly commits: Collection<CommitDocument>,
    private readonly context: string,
    private readonly recentLimit = 50_000,
  ) {
    this.dispatched = connection.collection<DispatchedDocument>(DISPATCHED_COLLECTION);
    this.checkpoints = connection.collection<CheckpointDocument>('outbox_checkpoints');
  }

  /**
   * The checkpoint of the minute-bucket sweep: a name of its own, so that a store from before the
   * buckets (commits without `positionMinute`) gets one first sweep that reads every commit.
   */
  private get checkpointId(): string {
    return `${this.context}:minutes`;
  }

  async ensureIndexes(): Promise<void> {
    await this.dispatched.createIndex({ positionMinute: 1 }, { name: 'position_minute' });
  }

  async record(commits: readonly CommitDocument[]): Promise<void> {
    await this.dispatched
      .insertMany(
        commits.map((c) => ({ _id: c._id, position: c.position, positionMinute: positionMinuteOf(c.position), at: new Date() })),
        { ordered: false },
      )
      .catch((error: { code?: number; writeErrors?: unknown[] }) => {
        // Already recorded (a re-publish after a crash): fine.
        if (error.code !== 11000) throw error;
      });
    for (const commit of commits) this.remember(commit._id);
  }

  async isDispatched(commitId: string): Promise<boolean> {
    if (this.recent.has(commitId)) return true;
    const found = (await this.dispatched.findOne({ _id: commitId }, { projection: { _id: 1 } })) !== null;
    if (found) this.remember(commitId);
    return found;
  }

  /**
   * Commits not yet published, oldest first (the recovery sweep). After the first sweep it reads
   * only the minute buckets from just below its checkpoint to now, each by equality on an
   * indexed field: a document store serves that from its index, however large the store grows.
   * The first sweep of a store (no checkpoint yet) reads every commit once.
   */
  async undispatched(now = Date.now()): Promise<CommitDocument[]> {
    const checkpoint = (await this.checkpoints.findOne({ _id: this.checkpointId }))?.position;
    const from = Math.max(0, (checkpoint ?? 0) - LATE_COMMIT_WINDOW);
    const [found, done] = checkpoint === undefined ? await this.everything() : await this.bucketsBetween(from, now * 1000 + CLOCK_AHEAD_WINDOW);
    const commits = found.filter((c) => c.position > from).sort((a, b) => a.position - b.position);
    const published = new Set(done.map((d) => d._id));
    const pending = commits.filter((c) => !published.has(c._id));
    // Everything before the first pending commit is published: move the checkpoint up to it.
    // Nothing pending: everything visible up to a window ago is published too, so the checkpoint
    // follows the clock, and an idle service's sweep keeps reading a few minutes, not all of them.
    const settled = pending[0] ? pending[0].position - 1 : Math.max(commits.at(-1)?.position ?? 0, checkpoint ?? 0, now * 1000 - LATE_COMMIT_WINDOW);
    if (settled > (checkpoint ?? 0)) await this.checkpoints.updateOne({ _id: this.checkpointId }, { $set: { position: settled } }, { upsert: true });
    return pending;
  }

  private everything() {
    return Promise.all([this.commits.find({}).toArray(), this.dispatched.find({}, { projection: { _id: 1 } }).toArray()]);
  }

  /** The commits and dispatch records of every minute bucket from `from` to `to` (µs), one equality query each. */
  private async bucketsBetween(from: number, to: number): Promise<[CommitDocument[], { _id: string }[]]> {
    const commits: CommitDocument[] = [];
    const done: { _id: string }[] = [];
    // A few buckets at a time: a relay that was away for a day has 1,440 of them to read.
    for (let first = positionMinuteOf(from), last = positionMinuteOf(to); first <= last; first += SWEEP_BUCKETS_AT_ONCE) {
      const minutes = Array.from({ length: Math.min(SWEEP_BUCKETS_AT_ONCE, last - first + 1) }, (_, i) => first + i);
      const [found, recorded] = await Promise.all([
        Promise.all(minutes.map((positionMinute) => this.commits.find({ positionMinute }).toArray())),
        Promise.all(minutes.map((positionMinute) => this.dispatched.find({ positionMinute }, { projection: { _id: 1 } }).toArray())),
      ]);
      commits.push(...found.flat());
      done.push(...recorded.flat());
    }
    return [commits, done];
  }

  /** Exact number of unpublished commits (scans: for health checks and tests, not hot paths). */
  async backlog(): Promise<number> {
    const [commits, done] = await Promise.all([this.commits.countDocuments({}), this.dispatched.countDocuments({})]);
    return Math.max(0, commits - done);
  }

  private remember(commitId: string): void {
    this.recent.add(commitId);
    if (this.recent.size > this.recentLimit) this.recent.delete(this.recent.values().next().value as string);
  }
}
