import type { RegistryFeedNaming } from '@tn/shared-registry-feed';

/**
 * The names of the reporting service's copy of the registry (ADR 0008): collections
 * `reporting_registry_hierarchy_v1`, `reporting_registry_people`, `reporting_ended_sessions`,
 * consumer group `<prefix>reporting-registry-feed-v1`. Once deployed they hold the copy, so they
 * never change: raise `feedVersion` to rebuild it.
 */
export const REPORTING_REGISTRY_FEED: RegistryFeedNaming = { collectionPrefix: 'reporting', groupPrefix: 'reporting', feedVersion: 1 };
