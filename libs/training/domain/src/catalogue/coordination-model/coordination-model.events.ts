import type { coordinationModelEventTypes } from '@tn/training-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The model's events, each self-contained for the copies other services keep; their one schema is in the contracts. */
export type CoordinationModelEvent = EventsOf<typeof coordinationModelEventTypes>;

/** One stream per model. */
export { COORDINATION_MODEL_STREAM_TYPE, coordinationModelStreamId } from '@tn/training-contracts';
