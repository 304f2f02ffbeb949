import { campaignsNetworkFeedNamesOf } from './campaigns-network-feed';

// The copy already stored under these names: a new name would start an empty copy (and a new
// consumer group reading the network's topic from the start) on the next deployment.
describe("the campaigns service's copy of the network's directory", () => {
  it('keeps its topic, consumer group, collection and projection names', () => {
    expect(campaignsNetworkFeedNamesOf('staging.')).toEqual({
      topic: 'staging.network.events',
      groupId: 'staging.campaigns-network-feed-v1',
      collection: 'campaigns_network_directory_v1',
      projection: 'campaigns-network-directory',
    });
  });
});
