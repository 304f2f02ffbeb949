import { campaignsTrainingFeedNamesOf } from './campaigns-training-feed';

// The copy already stored under these names: a new name would start an empty copy (and a new
// consumer group reading training's topic from the start) on the next deployment.
describe("the campaigns service's copy of training's coordination models", () => {
  it('keeps its topic, consumer group, collection and projection names', () => {
    expect(campaignsTrainingFeedNamesOf('staging.')).toEqual({
      topic: 'staging.training.events',
      groupId: 'staging.campaigns-training-feed-v1',
      collection: 'campaigns_coordination_models_v1',
      projection: 'campaigns-coordination-models',
    });
  });
});
