import type { Collection } from 'mongoose';
import type { EnvelopeOf, EventEnvelope, EventsOf, EventTypeDefinition } from '@tn/shared-event-contracts';

/**
 * A read model: which events it handles, which document each one touches, and a pure
 * `evolve(doc | null, event)` returning the new document (or null to delete it).
 */
/** An index of a read model: its fields in order, each ascending (1) or descending (-1). */
export type ReadModelIndex = Readonly<Record<string, 1 | -1>>;

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
   * The indexes its queries need (field → 1 or -1; several fields make a compound index). Every
   * query a reader makes on the collection filters by `_id` or by a prefix of one of these.
   */
  indexes?: readonly ReadModelIndex[];
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

/**
 * A projection typed over the events it follows (a context's event definitions, all or some):
 * it handles exactly those types, and `documentId` and `evolve` see each event's data as its
 * message schema declares it. A `switch` on the type that ends in `assertNever` then fails to
 * compile when an event is added to the list without being handled.
 */
export function projectionOver<Defs extends readonly EventTypeDefinition<string, object>[], Doc extends object>(
  events: Defs,
  projection: Omit<Projection<Doc>, 'handles' | 'documentId' | 'evolve'> & {
    documentId(event: EnvelopeOf<EventsOf<Defs>>): string | string[] | undefined;
    evolve(doc: Doc | null, event: EnvelopeOf<EventsOf<Defs>>): Doc | null;
  },
): Projection {
  return defineProjection<Doc>({
    ...projection,
    handles: events.map((definition) => definition.type),
    documentId: (event) => projection.documentId(event as EnvelopeOf<EventsOf<Defs>>),
    evolve: (doc, event) => projection.evolve(doc, event as EnvelopeOf<EventsOf<Defs>>),
  });
}
