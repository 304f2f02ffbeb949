import type { RegistryFeedNaming } from '@tn/shared-registry-feed';

/**
 * The names of the training service's copy of the registry (ADR 0008): collections
 * `training_registry_hierarchy_v1`, `training_registry_people`, `training_ended_sessions`, consumer
 * group `<prefix>training-registry-feed-v1`. Once deployed they hold the copy, so they never
 * change: raise `feedVersion` to rebuild it.
 */
export const TRAINING_REGISTRY_FEED: RegistryFeedNaming = { collectionPrefix: 'training', groupPrefix: 'training', feedVersion: 1 };
