import type { Db } from 'mongodb';
import type { Projection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';

/**
 * Read-model documents made the way the gateway's projector makes them, without Kafka: events
 * folded through the projection's own `documentId` and `evolve`, each document keeping the
 * projector's `_versions` (last version per stream), then written in batches. So the seeded
 * documents cannot drift from the projected shape: a change to a read model changes them too.
 */

/** The stream an event belongs to and its place in it. */
export interface StreamPlace {
  streamId: string;
  streamType: string;
  version: number;
}

let eventCount = 0;

/** An event as the projector receives it (`data` typed by the caller against the contract's class). */
export function envelopeOf(type: string, data: object, stream: StreamPlace, occurredOn: string): EventEnvelope {
  eventCount++;
  const occurredAt = `${occurredOn}T09:00:00.000+07:00`;
  return {
    eventId: `training-bench-${eventCount}`,
    type,
    schemaVersion: 1,
    streamId: stream.streamId,
    streamType: stream.streamType,
    streamVersion: stream.version,
    position: eventCount,
    occurredAt,
    recordedAt: occurredAt,
    actor: { kind: 'system', id: 'training-bench' },
    correlationId: `training-bench-${eventCount}`,
    causationId: `training-bench-${eventCount}`,
    data: data as Record<string, unknown>,
  };
}

/** Next version of each stream, for streams whose events the bench makes one by one. */
export class StreamVersions {
  private readonly versions = new Map<string, number>();

  next(streamId: string, streamType: string): StreamPlace {
    const version = (this.versions.get(streamId) ?? 0) + 1;
    this.versions.set(streamId, version);
    return { streamId, streamType, version };
  }
}

/** A read-model document as a projection's evolve returns it. */
type ReadModelDocument = ReturnType<Projection['evolve']>;

interface Folded {
  doc: ReadModelDocument;
  versions: Record<string, number>;
}

/** The documents of one projection, folded in memory from events given in stream order. */
export class ReadModelFold {
  private readonly folded = new Map<string, Folded>();

  constructor(readonly projection: Projection) {}

  apply(envelope: EventEnvelope): void {
    if (!this.projection.handles.includes(envelope.type)) throw new Error(`${this.projection.name} does not handle ${envelope.type}`);
    // The projector encodes '.', '%' and a leading '$' in version keys; the bench's ids have none.
    if (/[.%]|^\$/.test(envelope.streamId)) throw new Error(`stream id ${envelope.streamId} would need encoding`);
    const ids = this.projection.documentId(envelope);
    for (const id of ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]) {
      const folded = this.folded.get(id) ?? { doc: null, versions: {} };
      const last = folded.versions[envelope.streamId] ?? 0;
      if (envelope.streamVersion <= last) continue;
      if (envelope.streamVersion > last + 1 && this.projection.contiguous !== false) throw new Error(`${id}: ${envelope.streamId} skips a version`);
      folded.doc = this.projection.evolve(folded.doc, envelope);
      folded.versions[envelope.streamId] = envelope.streamVersion;
      this.folded.set(id, folded);
    }
  }

  get size(): number {
    return this.folded.size;
  }

  /** The documents as the projector stores them: `_id`, the body, `_versions` (a deletion as its tombstone). */
  *stored(): Generator<Record<string, unknown>> {
    for (const [id, { doc, versions }] of this.folded)
      yield doc === null ? { _id: id, _deleted: true, _versions: versions } : { ...doc, _id: id, _versions: versions };
  }
}

export const SEED_BATCH = 1000;

/**
 * The projection's declared indexes first (created on an empty collection: FerretDB blocks while
 * it indexes a big one), then its documents with insertMany, SEED_BATCH at a time.
 */
export async function writeFold(db: Db, fold: ReadModelFold): Promise<number> {
  const collection = db.collection(fold.projection.collection);
  for (const index of fold.projection.indexes ?? []) await collection.createIndex({ ...index });
  let batch: Record<string, unknown>[] = [];
  let written = 0;
  for (const doc of fold.stored()) {
    batch.push(doc);
    if (batch.length === SEED_BATCH) {
      await collection.insertMany(batch as never[], { ordered: false });
      written += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await collection.insertMany(batch as never[], { ordered: false });
  return written + batch.length;
}
