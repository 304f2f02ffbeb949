import {
  NETWORK_DIRECTORY_FEED_EVENT_TYPES,
  type NetworkDirectoryCopy,
  networkDirectoryCopyOf,
  networkDirectoryEntryId,
  networkDirectoryRecordOf,
  networkDirectorySourceStreamId,
} from '@tn/campaigns-contracts';
import { defineProjection } from '@tn/shared-event-bus';

/**
 * This service's copy of the network's directory: one document per group, partner and agreement
 * (`<kind>:<id>`), folded from the record's own stream. The copy reads only some of each stream's
 * event types, so its documents never see every version: they apply any newer version in the
 * order Kafka hands them over (one partition per stream) and skip an older or repeated one
 * (`contiguous: false`). An event of a schema version this service does not read, or one it
 * cannot read, is dead-lettered rather than copied wrongly.
 */
export const networkDirectoryProjectionOf = (name: string, collection: string) =>
  defineProjection<NetworkDirectoryCopy>({
    name,
    collection,
    handles: NETWORK_DIRECTORY_FEED_EVENT_TYPES,
    contiguous: false,
    documentId: (event) => {
      const record = networkDirectoryRecordOf(event);
      // Only events of the record's own stream: the copy is keyed as the network keys its streams.
      return record && event.streamId === networkDirectorySourceStreamId(record.kind, record.id) ? networkDirectoryEntryId(record.kind, record.id) : undefined;
    },
    evolve: (copy, event) => {
      if (event.schemaVersion !== 1) throw new Error(`network event ${event.type} v${event.schemaVersion} is not understood here`);
      return networkDirectoryCopyOf(copy, event);
    },
  });
