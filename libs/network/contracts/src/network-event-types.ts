import type { EventTypeDefinition } from '@tn/shared-event-contracts';
import { groupEventTypes } from './groups';
import { needEventTypes } from './needs';
import { networkMembershipEventTypes } from './networks';
import { partnerEventTypes } from './partners';

/** The network service's bounded context: names its Kafka topics. */
export const NETWORK_CONTEXT = 'network';

/**
 * Personal data (domain.md §8): network events carry none. Group leaders are people of the
 * registry named by id only; partners are organisations, recorded without contact persons. So
 * these events may feed anonymous statistics, and K5 (domain.md §1) is computed from them.
 */
export const networkEventTypes: readonly EventTypeDefinition[] = [...groupEventTypes, ...networkMembershipEventTypes, ...partnerEventTypes, ...needEventTypes];
