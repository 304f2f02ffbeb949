import type { Collection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { poisonUnlessTransient } from './poison-message-error';
import type { ProjectionDefinition } from './projection-definition';
import { lastVersionIn, nextStoredDocument, projectionViewOf, type StoredReadModelDocument } from './read-model-document';

export type DocumentWrite = 'written' | 'deleted' | 'already-there' | 'no-document';

function checkedDocument(next: object | null): object | null {
  if (next !== null && (typeof next !== 'object' || Array.isArray(next))) throw new Error('evolve returned neither a document nor null');
  return next;
}

const isDuplicateKey = (error: unknown) => (error as { code?: unknown }).code === 11000;

/**
 * Evolve one document by one event and store it in ONE write (there are no transactions):
 * the new fields and the event's stream version together, or the deletion. The write is
 * guarded by the revision read, so two writers (a rebalance, a rebuild's tail) cannot lose
 * each other's updates; the loser reads again and finds the event already in.
 */
export async function writeReadModelDocument(
  collection: Collection,
  projection: ProjectionDefinition,
  event: EventEnvelope,
): Promise<DocumentWrite> {
  const documentId = await poisonUnlessTransient(`${projection.name}.documentId(${event.type})`, () => projection.documentId(event));
  if (documentId === undefined) return 'no-document';
  const documents = collection as unknown as Collection<StoredReadModelDocument>;
  for (;;) {
    const stored = await documents.findOne({ _id: documentId });
    if (lastVersionIn(stored, event.streamId) >= event.streamVersion) return 'already-there';
    const next = await poisonUnlessTransient(`${projection.name} cannot apply ${event.type}`, () =>
      checkedDocument(projection.evolve(stored ? projectionViewOf(stored) : null, event)),
    );
    const revision = { _id: documentId, _rev: stored?._rev ?? { $exists: false } };
    if (next === null) {
      if (!stored || (await documents.deleteOne(revision)).deletedCount === 1) return 'deleted';
      continue; // changed since read
    }
    const replacement = nextStoredDocument(documentId, next, stored, event.streamId, event.streamVersion);
    try {
      if (!stored) await documents.insertOne(replacement);
      else if ((await documents.replaceOne(revision, replacement)).matchedCount === 0) continue;
      return 'written';
    } catch (error) {
      if (!isDuplicateKey(error)) throw error; // otherwise inserted by another writer: read again
    }
  }
}
