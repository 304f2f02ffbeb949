import type { Reaction } from '@tn/shared-event-sourcing-nest';
import type { CampaignActivityCopy } from '@tn/network-contracts';
import { GROUP_ACTIVITY_EVENT_TYPES, groupActivityCommandsOf } from './group-activity';

/** Readiness name of the group-activity reactor, and the system actor its commands are recorded as. */
export const GROUP_ACTIVITY_REACTION_NAME = 'network-group-activity';

/** Its consumer group on the campaigns' topic: the offsets say which activities' groups are recorded. */
export const groupActivityGroupIdOf = (topicPrefix: string) => `${topicPrefix}network-group-activity-v1`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * The activity as the copy has it once the copy holds the event's version (the copy's consumer
 * group reads the same topic on its own, so it may be a moment behind the reactor). Still behind
 * after `waitMs`: throws, and the reactor's consumer tries the event again later.
 */
export async function activityCopyAt(
  copyOf: (activityId: string) => Promise<CampaignActivityCopy | undefined>,
  activityId: string,
  version: number,
  options: { waitMs?: number; pollMs?: number } = {},
): Promise<CampaignActivityCopy> {
  const until = Date.now() + (options.waitMs ?? 10_000);
  for (;;) {
    const copy = await copyOf(activityId);
    if (copy && copy.version >= version) return copy;
    if (Date.now() >= until) throw new Error(`the copy of campaigns activity ${activityId} has not reached version ${version} yet`);
    await pause(options.pollMs ?? 100);
  }
}

/**
 * The group-activity reactor: on the campaigns' ActivityParticipantsRecorded and
 * ActivityCompleted, the RecordGroupActivity commands of `groupActivityCommandsOf`, read against
 * the service's copy of the activity. `topic` is the campaigns' events topic and `groupId` this
 * reactor's consumer group (the service's naming).
 */
export const groupActivityReaction = (options: {
  topic: string;
  groupId: string;
  copyOf: (activityId: string) => Promise<CampaignActivityCopy | undefined>;
  waitMs?: number;
}): Reaction => ({
  name: GROUP_ACTIVITY_REACTION_NAME,
  topic: options.topic,
  groupId: options.groupId,
  eventTypes: GROUP_ACTIVITY_EVENT_TYPES,
  commandTypes: ['RecordGroupActivity'],
  react: async (event) => {
    const activityId = event.data['activityId'];
    if (!(GROUP_ACTIVITY_EVENT_TYPES as readonly string[]).includes(event.type) || typeof activityId !== 'string' || activityId === '') return [];
    const copy = await activityCopyAt(options.copyOf, activityId, event.streamVersion, { waitMs: options.waitMs });
    return groupActivityCommandsOf(event, copy);
  },
});
