import { NETWORK_DIRECTORY_SOURCE_CONTEXT } from '@tn/campaigns-contracts';
import { eventTopicOf } from '@tn/shared-event-bus';

/** The copy's version: raise it (never rename) to rebuild the copy from the topic's start into a new collection. */
const NETWORK_FEED_VERSION = 1;

export interface NetworkFeedNames {
  /** The network's event topic. */
  topic: string;
  /** This service's consumer group on it. */
  groupId: string;
  /** The directory: one document per group, partner and agreement (`<kind>:<id>`). */
  collection: string;
  /** The projection's name (it also keys a rebuild's alias document). */
  projection: string;
}

/**
 * The names of the campaigns service's copy of the network's directory (groups, partners and
 * agreements an activity or a resource may name); `topicPrefix` is the deployment's
 * KAFKA_TOPIC_PREFIX. Once deployed they point at stored documents and committed offsets, so they stay.
 */
export const campaignsNetworkFeedNamesOf = (topicPrefix: string): NetworkFeedNames => ({
  topic: eventTopicOf(`${topicPrefix}${NETWORK_DIRECTORY_SOURCE_CONTEXT}`),
  groupId: `${topicPrefix}campaigns-network-feed-v${NETWORK_FEED_VERSION}`,
  collection: `campaigns_network_directory_v${NETWORK_FEED_VERSION}`,
  projection: 'campaigns-network-directory',
});
