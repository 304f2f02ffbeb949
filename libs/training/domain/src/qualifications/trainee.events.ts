import type { traineeEventTypes } from '@tn/training-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The trainee's events (people by id only, domain.md §8); their one schema is in the contracts. */
export type TraineeEvent = EventsOf<typeof traineeEventTypes>;

/** One stream per person: all their qualification records. */
export { TRAINEE_STREAM_TYPE, traineeStreamId } from '@tn/training-contracts';
