import type { Collection, Connection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import type { Projection, ReadModelDocument } from './projection';

/** What applying one event to one projection did. */
export type ApplyOutcome = 'applied' | 'skipped' | 'parked' | 'ignored';

/** An event the projection cannot take (evolve threw): dead-letter it, do not retry. */
export class PoisonEventError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'PoisonEventError';
  }
}

interface ParkedEvent {
  _id: string;
  collection: string;
  documentId: string;
  streamId: string;
  streamVersion: number;
  envelope: string;
}

/** Field names may not contain "." or start with "$": encode stream ids used as keys. */
export const versionKey = (streamId: string) => streamId.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/^\$/, '%24');

type StoredDoc = ReadModelDocument & { _versions?: Record<string, number>; _deleted?: boolean };

/**
 * Apply an event to a projection's document with per-stream version tracking: an old or
 * duplicate event is skipped; an event after a gap is parked (durably) until the missing one
 * arrives, then applied in order; never out of order. One document write, guarded by the
 * version it read, so concurrent appliers cannot both win.
 */
export async function applyEvent(
  connection: Connection,
  collection: Collection,
  projection: Projection,
  envelope: EventEnvelope,
): Promise<ApplyOutcome> {
  const documentId = projection.documentId(envelope);
  if (documentId === undefined) return 'ignored';
  const parked = connection.collection<ParkedEvent>('projector_parked');
  const outcome = await applyOne(collection, projection, envelope, documentId, parked);
  if (outcome !== 'applied') return outcome;
  // The next versions may have been waiting for this one.
  for (let version = envelope.streamVersion + 1; ; version++) {
    const id = parkedId(collection.collectionName, documentId, envelope.streamId, version);
    const next = await parked.findOne({ _id: id });
    if (!next) break;
    await applyOne(collection, projection, JSON.parse(next.envelope) as EventEnvelope, documentId, parked);
    await parked.deleteOne({ _id: id });
  }
  return 'applied';
}

const parkedId = (collection: string, documentId: string, streamId: string, version: number) =>
  `${collection}|${documentId}|${streamId}|${version}`;

async function applyOne(
  collection: Collection,
  projection: Projection,
  envelope: EventEnvelope,
  documentId: string,
  parked: Collection<ParkedEvent>,
): Promise<ApplyOutcome> {
  const key = versionKey(envelope.streamId);
  for (;;) {
    const stored = (await collection.findOne({ _id: documentId as never })) as StoredDoc | null;
    const last = stored?._versions?.[key] ?? 0;
    if (envelope.streamVersion <= last) return 'skipped';
    if (envelope.streamVersion > last + 1) {
      const id = parkedId(collection.collectionName, documentId, envelope.streamId, envelope.streamVersion);
      await parked.updateOne(
        { _id: id },
        { $set: { collection: collection.collectionName, documentId, streamId: envelope.streamId, streamVersion: envelope.streamVersion, envelope: JSON.stringify(envelope) } },
        { upsert: true },
      );
      return 'parked';
    }
    const { _versions, _deleted, ...current } = stored ?? {};
    let next: ReadModelDocument | null;
    try {
      next = projection.evolve(stored && !_deleted ? current : null, envelope);
    } catch (error) {
      throw new PoisonEventError(`${projection.name} cannot apply ${envelope.type}: ${(error as Error).message}`, error);
    }
    const versions = { ...(_versions ?? {}), [key]: envelope.streamVersion };
    // A deleted document stays as a tombstone so that its versions keep old events out.
    const replacement = next === null ? { _deleted: true, _versions: versions } : { ...next, _id: documentId, _versions: versions };
    try {
      if (!stored) {
        await collection.insertOne({ _id: documentId, ...replacement } as never);
        return 'applied';
      }
      const guard = { _id: documentId, [`_versions.${key}`]: stored._versions?.[key] ?? { $exists: false } };
      const result = await collection.replaceOne(guard as never, replacement as never);
      if (result.matchedCount > 0) return 'applied';
      // Another applier changed the document since we read it: read again.
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error; // another applier inserted first
    }
  }
}
