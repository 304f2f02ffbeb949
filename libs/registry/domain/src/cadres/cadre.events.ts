import type { cadreEventTypes } from '@tn/registry-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The cadre's events; their one schema is in the contracts. */
export type CadreEvent = EventsOf<typeof cadreEventTypes>;

export { CADRE_STREAM_TYPE, cadreStreamId } from '@tn/registry-contracts';
