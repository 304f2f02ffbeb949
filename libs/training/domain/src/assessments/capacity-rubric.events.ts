import type { capacityRubricEventTypes } from '@tn/training-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The rubric's events; their one schema is in the contracts. */
export type CapacityRubricEvent = EventsOf<typeof capacityRubricEventTypes>;

/** One stream per rubric, holding every version. */
export { capacityRubricStreamId } from '@tn/training-contracts';
