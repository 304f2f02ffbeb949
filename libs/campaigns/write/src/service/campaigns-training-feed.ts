import { COORDINATION_MODEL_SOURCE_CONTEXT } from '@tn/campaigns-contracts';
import { eventTopicOf } from '@tn/shared-event-bus';

/** The copy's version: raise it (never rename) to rebuild the copy from the topic's start into a new collection. */
const TRAINING_FEED_VERSION = 1;

export interface TrainingFeedNames {
  /** Training's event topic. */
  topic: string;
  /** This service's consumer group on it. */
  groupId: string;
  /** The coordination models, one document per model. */
  collection: string;
  /** The projection's name (it also keys a rebuild's alias document). */
  projection: string;
}

/**
 * The names of the campaigns service's copy of training's coordination-model catalogue (ADR
 * 0019); `topicPrefix` is the deployment's KAFKA_TOPIC_PREFIX. Once deployed they point at stored
 * documents and committed offsets, so they stay.
 */
export const campaignsTrainingFeedNamesOf = (topicPrefix: string): TrainingFeedNames => ({
  topic: eventTopicOf(`${topicPrefix}${COORDINATION_MODEL_SOURCE_CONTEXT}`),
  groupId: `${topicPrefix}campaigns-training-feed-v${TRAINING_FEED_VERSION}`,
  collection: `campaigns_coordination_models_v${TRAINING_FEED_VERSION}`,
  projection: 'campaigns-coordination-models',
});
