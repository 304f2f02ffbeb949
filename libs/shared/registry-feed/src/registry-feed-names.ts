import { eventTopicOf } from '@tn/shared-event-bus';
import { HIERARCHY_CONTEXT } from '@tn/shared-unit-hierarchy';

/**
 * How a service names its copy of the registry. The names point at documents already stored and
 * consumer offsets already committed, so a service never changes them: it raises `feedVersion`
 * instead, and the new consumer group fills a new hierarchy collection from the topic's start.
 */
export interface RegistryFeedNaming {
  /** Starts the collections' names: `<collectionPrefix>_registry_hierarchy_v<feedVersion>`, `_registry_people`, `_ended_sessions`. */
  collectionPrefix: string;
  /** Starts the consumer group's and the projections' names: `<groupPrefix>-registry-feed-v<feedVersion>`, `-registry-hierarchy`, … */
  groupPrefix: string;
  /** The copy's version, in the consumer group's and the hierarchy collection's names. */
  feedVersion: number;
}

export interface RegistryFeedNames {
  /** The registry's event topic. */
  topic: string;
  /** This service's consumer group on it. */
  groupId: string;
  collections: { hierarchy: string; people: string; endedSessions: string };
  /** Projection names also key a rebuild's alias documents: they stay with the collections. */
  projections: { hierarchy: string; people: string; endedSessions: string };
}

/** Every name of a service's copy; `topicPrefix` is the deployment's KAFKA_TOPIC_PREFIX (topic and group). */
export function registryFeedNamesOf(naming: RegistryFeedNaming, topicPrefix: string): RegistryFeedNames {
  const { collectionPrefix, groupPrefix, feedVersion } = naming;
  return {
    topic: eventTopicOf(`${topicPrefix}${HIERARCHY_CONTEXT}`),
    groupId: `${topicPrefix}${groupPrefix}-registry-feed-v${feedVersion}`,
    collections: {
      hierarchy: `${collectionPrefix}_registry_hierarchy_v${feedVersion}`,
      people: `${collectionPrefix}_registry_people`,
      endedSessions: `${collectionPrefix}_ended_sessions`,
    },
    projections: {
      hierarchy: `${groupPrefix}-registry-hierarchy`,
      people: `${groupPrefix}-registry-people`,
      endedSessions: `${groupPrefix}-ended-sessions`,
    },
  };
}
