import type { RegistryFeedNaming } from '@tn/shared-registry-feed';

/**
 * The names of the network service's copy of the registry (ADR 0008): collections
 * `network_registry_hierarchy_v1`, `network_registry_people`, `network_ended_sessions`, consumer
 * group `<prefix>network-registry-feed-v1`. Once deployed they hold the copy, so they never
 * change: raise `feedVersion` to rebuild it.
 */
export const NETWORK_REGISTRY_FEED: RegistryFeedNaming = { collectionPrefix: 'network', groupPrefix: 'network', feedVersion: 1 };
