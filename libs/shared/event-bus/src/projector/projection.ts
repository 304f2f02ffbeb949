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
  documentId(event: EventEnvelope): string | undefined;
  evolve(doc: Doc | null, event: EventEnvelope): Doc | null;
  /** Remove a data subject's personal data (on PersonalDataErased). */
  purgeSubject?(collection: Collection, subjectId: string): Promise<void>;
}

export const defineProjection = <Doc extends object>(projection: Projection<Doc>) => projection as unknown as Projection;
