import type { Projection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';

/** Envelopes of one stream, numbered 1, 2, 3… as the store numbers them (data unchecked: `never` lets any shape in). */
export function streamOf(streamId: string) {
  let version = 0;
  return (type: string, data: Record<string, unknown>) =>
    ({ type, data, streamId, streamVersion: ++version, eventId: `${streamId}#${version}` }) as never as EventEnvelope;
}

/**
 * The projector's rules in memory, for specs of a projection as a whole: every document an
 * event names, an event at or below a document's last version of its stream skipped (a replay
 * or a duplicate delivery), null from evolve kept as a deletion.
 */
export function projected(projection: Projection, envelopes: readonly EventEnvelope[]): Map<string, Record<string, unknown>> {
  const docs = new Map<string, Record<string, unknown>>();
  const versions = new Map<string, Map<string, number>>();
  for (const envelope of envelopes) {
    if (!projection.handles.includes(envelope.type)) continue;
    const ids = projection.documentId(envelope);
    for (const id of ids === undefined ? [] : Array.isArray(ids) ? ids : [ids]) {
      const seen = versions.get(id) ?? new Map<string, number>();
      if (envelope.streamVersion <= (seen.get(envelope.streamId) ?? 0)) continue;
      const next = projection.evolve(docs.get(id) ?? null, envelope);
      if (next === null) docs.delete(id);
      else docs.set(id, next as Record<string, unknown>);
      versions.set(id, seen.set(envelope.streamId, envelope.streamVersion));
    }
  }
  return docs;
}
