import type { groupEventTypes } from '@tn/network-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The group's events (leaders by id only, domain.md §8); their one schema is in the contracts. */
export type GroupEvent = EventsOf<typeof groupEventTypes>;

/** One stream per group. */
export { GROUP_STREAM_TYPE, groupStreamId } from '@tn/network-contracts';
