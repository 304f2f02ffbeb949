import { Field, ObjectType } from '@nestjs/graphql';
import { type Page, Paginated } from '@tn/gateway-graphql-kit';
import { defineProjection, type Projection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { eachDistinct } from './bounded-reads';
import { pageOf } from './page';
import type { GatewayContext } from './request-user';
import { readerOf } from './read-model-directory';
import { ReadModelReads } from './read-model-reads';

/**
 * The history (audit trail) of a subject: who did what and when, one entry per event. An entry
 * keeps the event's type, times, actor and stream, never its data. The actor's account id derives
 * from its username, so it is shown only to readers who may read accounts anyway (and to the
 * actor); the entry holds nothing else about a person. The subject's readers read it: a `history` field on the subject's
 * own type, resolved only once the subject itself was (under the subject's read rights).
 */
export interface HistoryEntryDoc {
  /** `<kind>:<id>`, e.g. `activity:abc`: the subjects the event belongs to (a merger: every unit in it). */
  subjects: string[];
  eventId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actorKind: string;
  actorId: string;
  streamType: string;
  streamVersion: number;
}

export const historySubject = (kind: string, id: string): string => `${kind}:${id}`;

/**
 * A history read model over some event types: `subjectsOf` names the subjects an event belongs
 * to (its own stream's aggregate, the aggregate it is part of, every unit of a merger), none to
 * leave it out. One document per event, keyed by the event id, so a replayed event rewrites the
 * same entry; `subjects` is an array field, which an equality matches by element (ADR 0017).
 */
export function historyProjection(options: {
  name: string;
  collection: string;
  handles: readonly string[];
  subjectsOf(event: EventEnvelope): string[];
}): Projection {
  return defineProjection<HistoryEntryDoc>({
    name: options.name,
    collection: options.collection,
    handles: options.handles,
    // Each entry sees one event of its stream: it cannot wait for the versions before it.
    contiguous: false,
    documentId: (event) => (options.subjectsOf(event).length === 0 ? undefined : event.eventId),
    evolve: (doc, event) => {
      const subjects = [...new Set(options.subjectsOf(event))];
      if (doc || subjects.length === 0) return doc;
      return {
        subjects,
        eventId: event.eventId,
        type: event.type,
        occurredAt: event.occurredAt,
        recordedAt: event.recordedAt,
        actorKind: event.actor.kind,
        actorId: event.actor.id,
        streamType: event.streamType,
        streamVersion: event.streamVersion,
      };
    },
    indexes: [{ subjects: 1 }],
  });
}

@ObjectType('HistoryEntry', { description: 'One thing that happened to a subject: an event, without its data.' })
export class HistoryEntryView {
  @Field({ description: 'The event type, e.g. ActivityStarted (the console names it in the reader’s language).' }) type!: string;
  @Field({ description: 'When it happened (business time, from the server).' }) occurredAt!: string;
  @Field({ description: 'When it was recorded.' }) recordedAt!: string;
  @Field({ description: "'account' or 'system'." }) actorKind!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The account that did it (for readers who may read accounts, and your own), or the system process; null otherwise.',
  })
  actorId!: string | null;
  @Field({ description: 'The aggregate the event belongs to: the subject itself, or a part of it (a shift of an activity).' })
  streamType!: string;
}

@ObjectType('HistoryConnection')
export class HistoryPage extends Paginated(HistoryEntryView) {}

const inverted = (value: number, width: number) => String(10 ** width - 1 - value).padStart(width, '0');
/** Newest first (the page's order is ascending on its key): later times, then later versions of a stream. */
const newestFirstKey = (entry: HistoryEntryDoc): string[] => [inverted(Date.parse(entry.recordedAt), 15), inverted(entry.streamVersion, 9), entry.eventId];

/** A page of the history of one subject or of several read as one (an activity and its shifts), newest first. */
export async function historyPageOf(
  context: GatewayContext,
  collection: string,
  subjects: readonly string[],
  args: { first?: number | null; after?: string | null },
  /** Whether the reader may see which account did each thing (accounts:read over the subject): account ids derive from usernames. */
  showsAccounts: boolean,
): Promise<Page<HistoryEntryView>> {
  const reads = readerOf(context, 'history', (readModels) => new ReadModelReads(readModels.connection));
  const entries = new Map<string, HistoryEntryDoc>();
  for (const found of await eachDistinct(subjects, (subject) => reads.where<HistoryEntryDoc>(collection, { subjects: subject }))) {
    for (const entry of found) entries.set(entry.eventId, entry);
  }
  const page = pageOf([...entries.values()], newestFirstKey, args, context.language);
  const own = context.user?.claims.sub;
  const shown = (entry: HistoryEntryDoc): HistoryEntryView => ({
    ...entry,
    actorId: entry.actorKind === 'system' || showsAccounts || entry.actorId === own ? entry.actorId : null,
  });
  return { ...page, nodes: page.nodes.map(shown), edges: page.edges.map((edge) => ({ ...edge, node: shown(edge.node) })) };
}
