import type { Db } from 'mongodb';
import { eventTopicOf } from '@tn/shared-event-bus';
import type { ProjectionsOptions, Reaction, TopicProgress } from '@tn/shared-event-sourcing-nest';
import { HIERARCHY_CONTEXT } from '@tn/shared-unit-hierarchy';
import { campaignsFeedsOf } from '../campaigns-feed/campaigns-feeds';
import { groupCarryReaction, groupsHostedBy } from '../groups/group-carry';
import { GROUP_HOSTS_PROJECTION, groupHostsProjection } from '../groups/group-hosts.projection';
import type { NetworkCopies, NetworkLookups } from '../lookups';
import { needBookingReaction } from '../needs/booking-reaction';
import { partnerFeedsOf } from '../partners/partner-feeds';

/** How long a merger waits for the group-hosts projection to reach it before it is tried again. */
const HOSTS_CATCH_UP_MS = 10_000;

/**
 * What the network service keeps and reacts to beside its commands, named in one place: the
 * projections of its own, the registry's and the campaigns' topics into its database (each under
 * its own consumer group), the look-ups they answer, and the reactions.
 */
export function networkFeeds(options: { topicPrefix: string; topic: string; db: () => Db }) {
  const { topicPrefix, topic, db } = options;
  const registryTopic = eventTopicOf(`${topicPrefix}${HIERARCHY_CONTEXT}`);
  const partners = partnerFeedsOf(options);
  const campaigns = campaignsFeedsOf(options);
  const hostsGroupId = `${topicPrefix}${GROUP_HOSTS_PROJECTION.groupSuffix}`;
  const projections: ProjectionsOptions[] = [
    { groupId: hostsGroupId, topics: [topic], projections: [groupHostsProjection] },
    ...partners.projections,
    ...campaigns.projections,
  ];
  const lookups: Omit<NetworkCopies, 'knownUnitOn' | 'lineageOf'> = { ...partners.lookups, ...campaigns.lookups };

  const reactions = (progressOf: (topic: string) => TopicProgress, lookups: NetworkLookups): Reaction[] => {
    const hostsProgress = progressOf(topic);
    const hostedBy = groupsHostedBy(db);
    return [
      groupCarryReaction({
        topic: registryTopic,
        groupId: `${topicPrefix}network-group-carry-v1`,
        // A group verified a moment before the merger may not be in the hosts' projection yet: wait until it has read what the topic held.
        groupsHostedBy: async (unitId) => {
          if (!(await hostsProgress.waitUntilPastNow(hostsGroupId, HOSTS_CATCH_UP_MS))) throw new Error('the group-hosts projection has not caught up yet');
          return hostedBy(unitId);
        },
      }),
      needBookingReaction({ topic, topicPrefix, lookups }),
      ...campaigns.reactions,
    ];
  };
  return { projections, lookups, reactions };
}
