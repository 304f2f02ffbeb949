import type { Db } from 'mongodb';
import { eventTopicOf } from '@tn/shared-event-bus';
import type { ProjectionsOptions, Reaction } from '@tn/shared-event-sourcing-nest';
import type { NetworkLookups } from '../lookups';
import { CAMPAIGN_ACTIVITIES_PROJECTION, campaignActivitiesProjection } from './campaign-activities.projection';
import { CAMPAIGNS_SOURCE_CONTEXT } from '@tn/network-contracts';
import { campaignActivityCopyFrom, campaignActivityLookupsFrom } from './campaign-activity-lookups';
import { groupActivityGroupIdOf, groupActivityReaction } from './group-activity-reaction';

/** The campaigns' event topic: `<prefix>campaigns.events`. */
export const campaignsTopicOf = (topicPrefix: string) => eventTopicOf(`${topicPrefix}${CAMPAIGNS_SOURCE_CONTEXT}`);

/**
 * What the network keeps of the campaigns' events, for the module to mount: the copy of the
 * activities (its own consumer group on the campaigns' topic), the look-up it answers, and the
 * group-activity reactor (another consumer group on the same topic). `topicPrefix` is the
 * deployment's KAFKA_TOPIC_PREFIX.
 */
export function campaignsFeedsOf(options: { topicPrefix: string; db: () => Db }): {
  projections: ProjectionsOptions[];
  lookups: Pick<NetworkLookups, 'campaignActivityOf'>;
  reactions: Reaction[];
} {
  const { topicPrefix, db } = options;
  const topic = campaignsTopicOf(topicPrefix);
  return {
    projections: [{ groupId: `${topicPrefix}${CAMPAIGN_ACTIVITIES_PROJECTION.groupSuffix}`, topics: [topic], projections: [campaignActivitiesProjection] }],
    lookups: campaignActivityLookupsFrom(db),
    reactions: [groupActivityReaction({ topic, groupId: groupActivityGroupIdOf(topicPrefix), copyOf: campaignActivityCopyFrom(db) })],
  };
}
