import { defineProjection } from '@tn/shared-event-bus';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { CAMPAIGN_ACTIVITY_FEED_EVENT_TYPES, type CampaignActivityCopy, campaignActivityCopyOf, campaignActivitySourceStreamId } from '@tn/network-contracts';

/** The names the copy is stored under: they point at documents and offsets, so they stay (raise the version to rebuild). */
export const CAMPAIGN_ACTIVITIES_PROJECTION = {
  name: 'network-campaign-activities',
  collection: 'network_campaign_activities',
  groupSuffix: 'network-campaigns-feed-v1',
} as const;

/**
 * The network's copy of the campaigns' activities, one document per activity (`_id` the
 * activity id: every look-up is one equality on it), from the campaigns' topic. It reads only
 * some of an activity stream's event types, so its documents never see every version: they
 * apply any newer version in the order Kafka hands them over (one partition per stream) and skip
 * an older or repeated one (`contiguous: false`). An event of a schema version this service does
 * not read, or one it cannot read, is dead-lettered rather than copied wrongly.
 */
export const campaignActivitiesProjection = defineProjection<CampaignActivityCopy>({
  name: CAMPAIGN_ACTIVITIES_PROJECTION.name,
  collection: CAMPAIGN_ACTIVITIES_PROJECTION.collection,
  handles: CAMPAIGN_ACTIVITY_FEED_EVENT_TYPES,
  contiguous: false,
  documentId: (event) => {
    const activityId = event.data['activityId'];
    // Only events of the activity's own stream (an activity's results stream names it too).
    return typeof activityId === 'string' && activityId !== '' && event.streamId === campaignActivitySourceStreamId(activityId) ? activityId : undefined;
  },
  evolve: (copy, event) => {
    if (event.schemaVersion !== 1) throw new Error(`campaigns event ${event.type} v${event.schemaVersion} is not understood here`);
    return campaignActivityCopyOf(copy, event, vietnamDateOf);
  },
});
