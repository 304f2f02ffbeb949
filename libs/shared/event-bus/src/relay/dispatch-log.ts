import type { Collection, Connection } from 'mongoose';
import { type CommitDocument, DISPATCHED_COLLECTION } from '@tn/shared-event-store';

interface DispatchedDocument {
  _id: string;
  position: number;
  at: Date;
}

interface CheckpointDocument {
  _id: string;
  position: number;
}

/** How far back a sweep looks below its checkpoint, for commits that became visible late (µs). */
const LATE_COMMIT_WINDOW = 60_000_000;

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

  async record(commits: readonly CommitDocument[]): Promise<void> {
    await this.dispatched
      .insertMany(
        commits.map((c) => ({ _id: c._id, position: c.position, at: new Date() })),
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

  /** Commits not yet published, oldest first (the recovery sweep). */
  async undispatched(): Promise<CommitDocument[]> {
    const checkpoint = (await this.checkpoints.findOne({ _id: this.context }))?.position ?? 0;
    const from = Math.max(0, checkpoint - LATE_COMMIT_WINDOW);
    const [commits, done] = await Promise.all([
      this.commits
        .find({ position: { $gt: from } })
        .sort({ position: 1 })
        .toArray(),
      this.dispatched.find({ position: { $gt: from } }, { projection: { _id: 1 } }).toArray(),
    ]);
    const published = new Set(done.map((d) => d._id));
    const pending = commits.filter((c) => !published.has(c._id));
    // Everything before the first pending commit is published: move the checkpoint up to it.
    const settled = pending[0] ? pending[0].position - 1 : (commits.at(-1)?.position ?? checkpoint);
    if (settled > checkpoint) await this.checkpoints.updateOne({ _id: this.context }, { $set: { position: settled } }, { upsert: true });
    return pending;
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
