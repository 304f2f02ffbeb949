import type { RegistryFeedNaming } from '@tn/shared-registry-feed';

/**
 * The names of the campaigns service's copy of the registry (ADR 0008): its collections and
 * offsets already hold the copy, so they never change. v2: hierarchy rows carry their block, in
 * a collection of their own that the v2 consumer group filled from empty (rows of the v1
 * collection have no block and would have been skipped as already applied, never rewritten).
 */
export const CAMPAIGNS_REGISTRY_FEED: RegistryFeedNaming = { collectionPrefix: 'campaigns', groupPrefix: 'campaigns', feedVersion: 2 };
