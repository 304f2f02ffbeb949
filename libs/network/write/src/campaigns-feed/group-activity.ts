import { createHash } from 'node:crypto';
import type { RecordGroupActivity } from '@tn/network-contracts';
import type { ReactionCommand } from '@tn/shared-event-sourcing-nest';
import type { CampaignActivityCopy } from '@tn/network-contracts';

/** The campaigns events after which groups may have taken part in an activity that happened. */
export const GROUP_ACTIVITY_EVENT_TYPES = ['ActivityParticipantsRecorded', 'ActivityCompleted'] as const;

/** One RecordGroupActivity, under an id derived from what it is about. */
export type GroupActivityCommand = ReactionCommand & { type: 'RecordGroupActivity'; payload: RecordGroupActivity };

/**
 * The id of the command recording that one group took part in one activity: the same group and
 * activity always give the same id (a hash, so long ids still make a valid one), so an event
 * handled again, or the completion and a later correction both naming the group, store it once.
 */
export function groupActivityCommandId(groupId: string, activityId: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify(['RecordGroupActivity', groupId, activityId]))
    .digest('hex');
  return `group-activity-${digest}`;
}

const commandsFor = (groupIds: readonly string[], activityId: string, on: string): GroupActivityCommand[] =>
  [...new Set(groupIds)].map((groupId) => ({
    commandId: groupActivityCommandId(groupId, activityId),
    type: 'RecordGroupActivity',
    payload: { groupId, activityId, on },
  }));

/**
 * Pure: the groups an activity event says took part in the activity, once it happened. The
 * activity happened when the campaigns completed it (ActivityCompleted; evaluation comes after),
 * and a group took part on the day of completion. `copy` is the network's copy of the activity
 * at or after the event (it holds the event's version or a later one), so:
 * - on ActivityParticipantsRecorded, the groups it names, when the activity was completed before
 *   it (a record after completion corrects who took part); a record before completion waits for it;
 * - on ActivityCompleted, the groups named then: the copy's, unless they were recorded again
 *   since (that later record gives its own groups).
 * Each group's decider records an activity once, so commands given twice store nothing.
 */
export function groupActivityCommandsOf(
  event: { type: string; data: Record<string, unknown>; streamVersion: number },
  copy: CampaignActivityCopy,
): GroupActivityCommand[] {
  const { activityId, completedOn, completedVersion } = copy;
  if (completedOn === undefined || completedVersion === undefined) return [];
  if (event.type === 'ActivityParticipantsRecorded') {
    const groupIds = event.data['groupIds'];
    if (completedVersion > event.streamVersion || !Array.isArray(groupIds)) return [];
    return commandsFor(
      groupIds.filter((id): id is string => typeof id === 'string' && id !== ''),
      activityId,
      completedOn,
    );
  }
  if (event.type === 'ActivityCompleted') {
    if ((copy.participantsVersion ?? 0) > event.streamVersion) return [];
    return commandsFor(copy.groupIds, activityId, completedOn);
  }
  return [];
}
