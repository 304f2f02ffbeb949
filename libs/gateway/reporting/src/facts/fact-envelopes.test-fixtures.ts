// Envelopes for the facts' specs, and a fold through a projection's evolve.

let version = 0;

/** An envelope as the projector receives it (its data unchecked here: `never` lets any shape in). */
export const envelope = (type: string, data: Record<string, unknown>, streamId = 'stream') =>
  ({ type, data, streamId, streamVersion: ++version, eventId: `e${version}`, schemaVersion: 1 }) as never;

/** Applies events in turn, from `start` (nothing by default). */
export const fold = <Doc>(evolve: (doc: Doc | null, event: never) => Doc | null, events: readonly never[], start: Doc | null = null): Doc | null =>
  events.reduce<Doc | null>((doc, event) => evolve(doc, event), start);
