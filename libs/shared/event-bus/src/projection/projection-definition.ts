import type { Collection, mongo } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';

/**
 * How a read model forgets a data subject: a filter whose documents are deleted, a filter and
 * an update applied to every matching document, or a function given the read model's collection
 * for anything else.
 */
export type PurgeAction =
  | { filter: mongo.Filter<mongo.Document>; update?: mongo.UpdateFilter<mongo.Document> }
  | ((collection: Collection) => Promise<unknown>);

/**
 * A read model, Emmett style: the event types it handles, the document each event touches, and
 * a pure `evolve(doc | null, event)` returning the new document, or null to delete it. `evolve`
 * never does I/O: the runner reads and writes the document around it.
 */
export interface ProjectionDefinition<Doc extends object = object> {
  /** Names the projection in dead letters and rebuild groups. */
  name: string;
  /** The logical collection readers ask for; a rebuild may point it elsewhere (ReadModelAliases). */
  collection: string;
  handles: readonly string[];
  /** The document an event belongs to; undefined when this event touches none. */
  documentId(event: EventEnvelope): string | undefined;
  // Method syntax on purpose: it lets a projection of any document type sit in one list.
  evolve(doc: Doc | null, event: EventEnvelope): Doc | null;
  /** What to remove when a subject's personal data is erased (PersonalDataErased). */
  purgeSubject?(subjectId: string): PurgeAction;
}

/** Checks a definition once, at start-up, so that a mistake fails fast rather than per event. */
export function defineProjection<Doc extends object>(definition: ProjectionDefinition<Doc>): ProjectionDefinition<Doc> {
  if (!/^[A-Za-z0-9_.-]+$/.test(definition.collection) || definition.collection.startsWith('system.')) {
    throw new Error(`projection ${definition.name}: bad collection name "${definition.collection}"`);
  }
  if (definition.handles.length === 0) throw new Error(`projection ${definition.name}: handles no event type`);
  return definition;
}
