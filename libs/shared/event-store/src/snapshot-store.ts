import type { Collection, Connection } from 'mongoose';
import { SNAPSHOTS_COLLECTION } from './commit-document';

interface SnapshotDocument {
  /** The stream id. */
  _id: string;
  /** Identifies the decider's state shape; a snapshot of another shape is ignored. */
  schema: string;
  version: number;
  lastPosition: number;
  lastCommitId?: string;
  state: unknown;
  /** Data subjects whose personal data the state may hold: erasure deletes the snapshot. */
  subjects: string[];
  savedAt: Date;
}

export interface Snapshot<S> {
  version: number;
  lastPosition: number;
  /** The commit the snapshot was taken after (the stream's previous commit for the next append). */
  lastCommitId?: string;
  state: S;
  /** Data subjects whose personal data the state may hold (what erasure looks the snapshot up by). */
  subjects?: string[];
}

/**
 * Folded stream state saved every N events, so a long stream loads from its snapshot plus the
 * few commits after it. State must be plain data (what MongoDB stores as it is).
 */
export class SnapshotStore {
  private readonly collection: Collection<SnapshotDocument>;

  constructor(connection: Connection) {
    this.collection = connection.collection<SnapshotDocument>(SNAPSHOTS_COLLECTION);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ subjects: 1 }, { name: 'subjects' });
  }

  async load<S>(streamId: string, schema: string): Promise<Snapshot<S> | undefined> {
    const document = await this.collection.findOne({ _id: streamId });
    if (!document || document.schema !== schema) return undefined;
    return {
      version: document.version,
      lastPosition: document.lastPosition,
      ...(document.lastCommitId ? { lastCommitId: document.lastCommitId } : {}),
      state: document.state as S,
      subjects: document.subjects ?? [],
    };
  }

  /** Save unless a newer snapshot is already stored (concurrent savers keep the newest). */
  async save<S>(streamId: string, schema: string, snapshot: Omit<Snapshot<S>, 'subjects'>, subjects: string[]): Promise<void> {
    await this.collection
      .updateOne(
        { _id: streamId, $or: [{ version: { $lt: snapshot.version } }, { schema: { $ne: schema } }] },
        { $set: { schema, ...snapshot, subjects, savedAt: new Date() } },
        { upsert: true },
      )
      .catch((error: { code?: number }) => {
        // The upsert collides with a newer snapshot (filter missed it): keep the newer one.
        if (error.code !== 11000) throw error;
      });
  }

  async deleteForSubject(subjectId: string): Promise<number> {
    return (await this.collection.deleteMany({ subjects: subjectId })).deletedCount;
  }
}
