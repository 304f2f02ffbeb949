import type { needEventTypes } from '@tn/network-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The need's events; their one schema is in the contracts. */
export type NeedEvent = EventsOf<typeof needEventTypes>;

/** One stream per need: its matches and quantities are consistent within it. */
export { NEED_STREAM_TYPE, needStreamId } from '@tn/network-contracts';
