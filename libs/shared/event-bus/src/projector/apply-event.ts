import type { Collection, Connection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import type { Projection, ReadModelDocument } from './projection';

/** What applying one event to one projection did. */
export type ApplyOutcome = 'applied' | 'skipped' | 'parked' | 'ignored';

/** Where a poison event failed, in words that hold no event data (they go on Kafka in the dead letter). */
export interface PoisonContext {
  projection?: string;
  eventType?: string;
}

/** An event the projection cannot take (evolve threw): dead-letter it, do not retry. */
export class PoisonEventError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
    readonly context: PoisonContext = {},
  ) {
    super(message);
    this.name = 'PoisonEventError';
  }
}

interface ParkedEvent {
  _id: string;
  /** The event in its stored form (`ParkHooks.park`): never personal data in the clear. */
  envelope: string;
}

/**
 * How an event waiting behind a gap is kept in `projector_parked` and read back. Parked events
 * are not purged on erasure, so a projection of personal data must park the form that came from
 * Kafka (encrypted: shredded with the subject's key) and reveal it again when it is drained. The
 * defaults (the envelope as JSON) suit projections without personal data only.
 */
export interface ParkHooks {
  park(envelope: EventEnvelope): string;
  unpark(stored: string): Promise<EventEnvelope>;
  /** Whether `projector_parked` may hold anything (see ParkedPresence); absent: look every time. */
  presence?: ParkedPresence;
}

/**
 * Whether anything is parked, read once per batch: parking is rare, and looking for a parked
 * successor after every applied event cost one round trip per event (a third of a rebuild's reads).
 * Parking flips it on, so a gap opened earlier in the same batch is still drained. It relies on a
 * stream's events staying on one partition (one batch at a time): adding partitions to an event
 * topic moves streams between them, so do it only with a rebuild of the topic's read models.
 */
export class ParkedPresence {
  constructor(public mayExist: boolean) {}

  static async probe(connection: Connection): Promise<ParkedPresence> {
    const any = await connection.collection<ParkedEvent>('projector_parked').findOne({}, { projection: { _id: 1 } });
    return new ParkedPresence(any !== null);
  }
}

const plainParking: ParkHooks = {
  park: (envelope) => JSON.stringify(envelope),
  unpark: async (stored) => JSON.parse(stored) as EventEnvelope,
};

/** Field names may not contain "." or start with "$": encode stream ids used as keys. */
const versionKey = (streamId: string) => streamId.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/^\$/, '%24');

/**
 * Bookkeeping fields of a stored document: `_versions` (last applied version per stream),
 * `_deleted` (a tombstone) and `_purges` (how many erasures purged it; bumped by every
 * `purgeSubject` in the same update, so that a write prepared from a read made before a purge
 * fails its guard instead of putting the purged data back).
 */
type StoredDoc = ReadModelDocument & { _versions?: Record<string, number>; _deleted?: boolean; _purges?: number };

const parkedId = (collection: string, documentId: string, streamId: string, version: number) => `${collection}|${documentId}|${streamId}|${version}`;

/** Per-event result of `applyToDocument`: an outcome, or the poison error to dead-letter. */
export type EventResult = { envelope: EventEnvelope; outcome: ApplyOutcome } | { envelope: EventEnvelope; poison: PoisonEventError };

/**
 * Apply events (in arrival order) to one read-model document with per-stream version
 * tracking: an old or duplicate event is skipped; an event after a gap is parked (durably)
 * until the missing one arrives, then applied in order; never out of order. The document is
 * read once and written once, guarded by the versions it read, so concurrent appliers cannot
 * both win. Events that make `evolve` throw come back as poison; the rest still apply.
 */
export async function applyToDocument(
  connection: Connection,
  collection: Collection,
  projection: Projection,
  documentId: string,
  envelopes: readonly EventEnvelope[],
  hooks: ParkHooks = plainParking,
  /** Called after each event (a Kafka consumer heartbeat): long documents keep the group. */
  afterEach: () => Promise<void> = async () => undefined,
): Promise<EventResult[]> {
  const parked = connection.collection<ParkedEvent>('projector_parked');
  for (;;) {
    const stored = (await collection.findOne({ _id: documentId as never })) as StoredDoc | null;
    const { _versions: storedVersions, _deleted, _purges, ...storedBody } = stored ?? {};
    const versions: Record<string, number> = { ...(storedVersions ?? {}) };
    let current: ReadModelDocument | null = stored && !_deleted ? storedBody : null;
    const results: EventResult[] = [];
    const waiting = new Map<string, EventEnvelope>(); // `${stream}|${version}` → held-back event
    const drainedParked: string[] = [];

    const apply = async (envelope: EventEnvelope): Promise<void> => {
      const key = versionKey(envelope.streamId);
      try {
        current = projection.evolve(current, envelope);
      } catch (error) {
        results.push({
          envelope,
          poison: new PoisonEventError(`${projection.name} cannot apply ${envelope.type}: ${(error as Error).message}`, error, {
            projection: projection.name,
            eventType: envelope.type,
          }),
        });
        return;
      }
      versions[key] = envelope.streamVersion;
      results.push({ envelope, outcome: 'applied' });
      await afterEach();
      // The next version may be waiting, in this batch or parked earlier.
      const next = envelope.streamVersion + 1;
      const inBatch = waiting.get(`${envelope.streamId}|${next}`);
      if (inBatch) {
        waiting.delete(`${envelope.streamId}|${next}`);
        return apply(inBatch);
      }
      if (hooks.presence?.mayExist === false) return;
      const id = parkedId(collection.collectionName, documentId, envelope.streamId, next);
      const earlier = await parked.findOne({ _id: id });
      if (earlier) {
        drainedParked.push(id);
        await apply(await hooks.unpark(earlier.envelope));
      }
    };

    for (const envelope of envelopes) {
      const last = versions[versionKey(envelope.streamId)] ?? 0;
      if (envelope.streamVersion <= last) results.push({ envelope, outcome: 'skipped' });
      else if (envelope.streamVersion > last + 1 && projection.contiguous !== false) waiting.set(`${envelope.streamId}|${envelope.streamVersion}`, envelope);
      else await apply(envelope);
    }

    const changed = results.some((r) => 'outcome' in r && r.outcome === 'applied');
    if (changed && !(await write(collection, documentId, stored, storedVersions ?? {}, current, versions, _purges))) continue; // lost a race
    // Park what still waits for a missing version (an insert: cheap, and idempotent by id).
    if (waiting.size > 0 && hooks.presence) hooks.presence.mayExist = true;
    for (const envelope of waiting.values()) {
      const id = parkedId(collection.collectionName, documentId, envelope.streamId, envelope.streamVersion);
      await parked.insertOne({ _id: id, envelope: hooks.park(envelope) }).catch((error: { code?: number }) => {
        if (error.code !== 11000) throw error;
      });
      results.push({ envelope, outcome: 'parked' });
    }
    for (const id of drainedParked) await parked.deleteOne({ _id: id });
    return results;
  }
}

/**
 * One write: insert a new document, or replace it if nobody changed its versions and nobody
 * purged it since we read it (a purge is a plain update: it bumps `_purges`, not `_versions`).
 */
async function write(
  collection: Collection,
  documentId: string,
  stored: StoredDoc | null,
  readVersions: Record<string, number>,
  next: ReadModelDocument | null,
  versions: Record<string, number>,
  readPurges: number | undefined,
): Promise<boolean> {
  // A deleted document stays as a tombstone so that its versions keep old events out.
  const bookkeeping = { _versions: versions, ...(readPurges === undefined ? {} : { _purges: readPurges }) };
  const replacement = next === null ? { _deleted: true, ...bookkeeping } : { ...next, ...bookkeeping };
  try {
    if (!stored) {
      await collection.insertOne({ ...replacement, _id: documentId } as never);
      return true;
    }
    const guard: Record<string, unknown> = { _id: documentId };
    for (const key of Object.keys(versions)) guard[`_versions.${key}`] = readVersions[key] ?? { $exists: false };
    guard['_purges'] = readPurges ?? { $exists: false };
    return (await collection.replaceOne(guard as never, replacement as never)).matchedCount > 0;
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return false; // another applier inserted first
    throw error;
  }
}

/** Apply one event (see applyToDocument); poison is thrown. */
export async function applyEvent(
  connection: Connection,
  collection: Collection,
  projection: Projection,
  envelope: EventEnvelope,
  hooks?: ParkHooks,
): Promise<ApplyOutcome> {
  const ids = projection.documentId(envelope);
  if (ids === undefined) return 'ignored';
  let outcome: ApplyOutcome = 'ignored';
  for (const documentId of Array.isArray(ids) ? ids : [ids]) {
    const [result] = await applyToDocument(connection, collection, projection, documentId, [envelope], hooks);
    if (!result) return 'parked';
    if ('poison' in result) throw result.poison;
    outcome = result.outcome;
  }
  return outcome;
}
