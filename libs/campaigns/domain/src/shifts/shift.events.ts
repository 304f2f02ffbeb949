import type { shiftEventTypes } from '@tn/campaigns-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The shift's events (volunteers by id only: no names, ages or contacts, domain.md §8); their one schema is in the contracts. */
export type ShiftEvent = EventsOf<typeof shiftEventTypes>;

/** One stream per shift: capacity, places and the waitlist are consistent within it. */
export { SHIFT_STREAM_TYPE, shiftStreamId } from '@tn/campaigns-contracts';
