import type { materialEventTypes } from '@tn/training-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The material's events; their one schema is in the contracts. */
export type MaterialEvent = EventsOf<typeof materialEventTypes>;

/** One stream per material: its versions are numbered in order within it. */
export { MATERIAL_STREAM_TYPE, materialStreamId } from '@tn/training-contracts';
