import { registryFeedNamesOf } from '@tn/shared-registry-feed';
import { CAMPAIGNS_REGISTRY_FEED } from './campaigns-registry-feed';

// The copy already stored under these names: a new name would start an empty copy (and a new
// consumer group reading the registry's topic from the start) on the next deployment.
describe("the campaigns service's copy of the registry", () => {
  it('keeps its collections, consumer group and projection names', () => {
    expect(registryFeedNamesOf(CAMPAIGNS_REGISTRY_FEED, 'staging.')).toEqual({
      topic: 'staging.registry.events',
      groupId: 'staging.campaigns-registry-feed-v2',
      collections: { hierarchy: 'campaigns_registry_hierarchy_v2', people: 'campaigns_registry_people', endedSessions: 'campaigns_ended_sessions' },
      projections: { hierarchy: 'campaigns-registry-hierarchy', people: 'campaigns-registry-people', endedSessions: 'campaigns-ended-sessions' },
    });
  });
});
