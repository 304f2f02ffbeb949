import type { Collection, Connection } from 'mongoose';

export const STREAM_CURSORS_COLLECTION = 'projection_stream_cursors';

interface StreamCursorDocument {
  _id: string;
  collection: string;
  streamId: string;
  version: number;
}

const isDuplicateKey = (error: unknown) => (error as { code?: unknown }).code === 11000;

/**
 * How far each read model (physical collection) has taken each stream, counting every event of
 * the stream, also those its projection ignores. A projection rarely handles every event type
 * of a stream, and one stream may feed several documents, so a document's own versions cannot
 * tell a gap from an event it had no use for; this cursor can. Every writer of a collection (the
 * live projector and a rebuild) shares it, so they keep one order between them.
 */
export class StreamCursors {
  private readonly cursors: Collection<StreamCursorDocument>;

  constructor(connection: Connection) {
    this.cursors = connection.collection<StreamCursorDocument>(STREAM_CURSORS_COLLECTION);
  }

  async lastVersion(collection: string, streamId: string): Promise<number> {
    return (await this.cursors.findOne({ _id: cursorId(collection, streamId) }))?.version ?? 0;
  }

  /**
   * Move the cursor from `version - 1` to `version`. If another writer moved it first, this
   * changes nothing (it took the same event: cursors only ever move one step).
   */
  async advance(collection: string, streamId: string, version: number): Promise<void> {
    const _id = cursorId(collection, streamId);
    try {
      await this.cursors.updateOne(
        { _id, version: version - 1 },
        { $set: { collection, streamId, version } },
        { upsert: version === 1 },
      );
    } catch (error) {
      if (!isDuplicateKey(error)) throw error; // version 1 was recorded by another writer
    }
  }

  /** Drop every cursor of a collection (after the collection itself was dropped). */
  async forget(collection: string): Promise<void> {
    await this.cursors.deleteMany({ collection });
  }
}

// Collection names cannot hold "|", so the first one separates the parts.
const cursorId = (collection: string, streamId: string) => `${collection}|${streamId}`;
