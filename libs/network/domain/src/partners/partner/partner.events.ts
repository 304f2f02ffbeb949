import type { partnerStreamEventTypes } from '@tn/network-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The partner's events; their one schema is in the contracts. */
export type PartnerEvent = EventsOf<typeof partnerStreamEventTypes>;

/** One stream per partner: its profile and its linked accounts. */
export { PARTNER_STREAM_TYPE, partnerStreamId } from '@tn/network-contracts';
