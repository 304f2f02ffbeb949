import { registryFeedNamesOf } from './registry-feed-names';

describe('registryFeedNamesOf', () => {
  const training = registryFeedNamesOf({ collectionPrefix: 'training', groupPrefix: 'training', feedVersion: 1 }, '');
  const campaigns = registryFeedNamesOf({ collectionPrefix: 'campaigns', groupPrefix: 'campaigns', feedVersion: 2 }, '');

  it("names a service's copy after its prefixes and version, on the registry's topic", () => {
    expect(training).toEqual({
      topic: 'registry.events',
      groupId: 'training-registry-feed-v1',
      collections: { hierarchy: 'training_registry_hierarchy_v1', people: 'training_registry_people', endedSessions: 'training_ended_sessions' },
      projections: { hierarchy: 'training-registry-hierarchy', people: 'training-registry-people', endedSessions: 'training-ended-sessions' },
    });
  });

  it('gives two services no name in common but the topic', () => {
    const namesOf = (names: typeof training) => [names.groupId, ...Object.values(names.collections), ...Object.values(names.projections)];
    expect(namesOf(training).filter((name) => namesOf(campaigns).includes(name))).toEqual([]);
    expect(training.topic).toBe(campaigns.topic);
  });

  it("puts the deployment's prefix before the topic and the consumer group only", () => {
    const prefixed = registryFeedNamesOf({ collectionPrefix: 'training', groupPrefix: 'training', feedVersion: 1 }, 'test-42.');
    expect(prefixed).toEqual({ ...training, topic: 'test-42.registry.events', groupId: 'test-42.training-registry-feed-v1' });
  });
});
