import { defineProjection } from '@tn/shared-event-bus';
import { HIERARCHY_EVENT_TYPES, HIERARCHY_STREAM_ID } from '@tn/shared-unit-hierarchy';

/** One hierarchy event as projected: the local hierarchy folds them in version order. */
export interface HierarchyEventRow {
  version: number;
  /** The block of HIERARCHY_BLOCK_SIZE versions the row belongs to: read by equality, never by a version range. */
  block: number;
  type: string;
  data: Record<string, unknown>;
}

export const HIERARCHY_BLOCK_SIZE = 1000;
export const hierarchyBlockOf = (version: number) => Math.floor(version / HIERARCHY_BLOCK_SIZE);

/**
 * A service's copy of the registry's hierarchy stream (ADR 0008), under the service's own name
 * and collection. Keeps every event of the stream, one document per version (the stream is
 * small and changes rarely). A re-delivered event finds its document and is skipped; the reader
 * (LocalHierarchy) folds versions in order and stops at a missing one, so a gap is noticed and
 * reported, never skipped over. Documents are per event, hence `contiguous: false`: each sees
 * exactly one version of the stream.
 */
export const registryHierarchyProjectionOf = (name: string, collection: string) =>
  defineProjection<HierarchyEventRow>({
    name,
    collection,
    handles: HIERARCHY_EVENT_TYPES,
    contiguous: false,
    documentId: (event) => (event.streamId === HIERARCHY_STREAM_ID ? `${HIERARCHY_STREAM_ID}@${event.streamVersion}` : undefined),
    evolve: (_row, event) => {
      // The shared fold reads schema version 1; a newer one is dead-lettered (and the gap it leaves
      // shows in readiness) rather than folded wrongly, until this service learns it.
      if (event.schemaVersion !== 1) throw new Error(`hierarchy event ${event.type} v${event.schemaVersion} is not understood here`);
      return { version: event.streamVersion, block: hierarchyBlockOf(event.streamVersion), type: event.type, data: event.data };
    },
  });
