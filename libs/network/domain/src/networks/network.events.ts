import type { networkMembershipEventTypes } from '@tn/network-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The network's events; their one schema is in the contracts. */
export type NetworkEvent = EventsOf<typeof networkMembershipEventTypes>;

/** One stream per network or coalition: its memberships are decided within it. */
export { NETWORK_STREAM_TYPE, networkStreamId } from '@tn/network-contracts';
