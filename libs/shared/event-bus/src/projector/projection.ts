import type { Collection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';

/**
 * A read model: which events it handles, which document each one touches, and a pure
 * `evolve(doc | null, event)` returning the new document (or null to delete it).
 */
/** A read-model document as a projection sees it (bookkeeping fields removed). */
export type ReadModelDocument = Record<string, unknown>;

export interface Projection<Doc extends object = ReadModelDocument> {
  name: string;
  /** Default physical collection; a rebuild may switch it through the alias document. */
  collection: string;
  handles: readonly string[];
  /** The document(s) an event changes; several when one event touches many (a merge of units). */
  documentId(event: EventEnvelope): string | string[] | undefined;
  /**
   * Whether each document sees every event of its streams (the default: a later version after a
   * gap is parked until the gap fills). False for documents fed by a shared stream (one unit of
   * the hierarchy stream): they see only some versions, so they apply any newer version.
   */
  contiguous?: boolean;
  evolve(doc: Doc | null, event: EventEnvelope): Doc | null;
  /**
   * Remove a data subject's personal data (on PersonalDataErased). Every purged document must
   * get `$inc: { _purges: 1 }` in the same single-document update as the purge (one `updateOne`
   * or `updateMany` with update operators, never a separate write): the projector's writes are
   * guarded by `_purges`, which is what stops a write prepared from a read made just before the
   * purge (another partition, consumed concurrently) from putting the personal data back. The
   * projector also adds it to operator updates issued through the collection it passes here,
   * but implementations state it themselves. `evolve` must keep a purged document purged: an
   * event after the purge (re-applied after a lost race) may still carry the data in the clear.
   */
  purgeSubject?(collection: Collection, subjectId: string): Promise<void>;
}

export const defineProjection = <Doc extends object>(projection: Projection<Doc>) => projection as unknown as Projection;
