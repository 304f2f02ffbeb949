import type { GroupCopy, PartnerCopy } from '@tn/campaigns-contracts';
import { illegalStateError, validationError } from '../common/errors';
import { requireIsoDate } from '../common/rules';
import { ownEntry } from '../outputs/own-entry';
import type { RecordActivityParticipants } from './activity.commands';
import type { ActivityEvent } from './activity.events';
import { requireActivity } from './activity.lifecycle';
import type { ActivityState } from './activity.types';

/** A record as the service's copy of the network's directory has it; 'none' when it has never heard of it. */
export type LookedUpGroupStatus = GroupCopy['status'] | 'none';
export type LookedUpPartnerStatus = PartnerCopy['status'] | 'none';

/** What the copy says of each id a command names (looked up by the route). */
export interface ParticipantDirectory {
  groups: Readonly<Record<string, LookedUpGroupStatus>>;
  partners: Readonly<Record<string, LookedUpPartnerStatus>>;
}

/** Each id once, in the order first given. */
const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Only a group the network has verified and not seen dissolved, and a partner it has registered,
 * may be named; anything else answers the one code naming the id (the copy's reasons stay there).
 */
function requireKnown(ids: readonly string[], field: 'groupIds' | 'partnerIds', usable: (id: string) => boolean): void {
  ids.forEach((id, index) => {
    if (usable(id)) return;
    const details = field === 'groupIds' ? { groupId: id } : { partnerId: id };
    throw validationError(
      'ACTIVITY.PARTICIPANT_UNKNOWN',
      `${field}.${index}`,
      `${id} is not a ${field === 'groupIds' ? 'verified group' : 'registered partner'} of the network`,
      details,
    );
  });
}

/**
 * Replaces the groups and partners that took part. The same sets again record nothing, checked
 * first: a retry passes whatever became of the activity or of a group since. A cancelled
 * activity takes no participants; any other may, before or after it took place.
 */
export function recordParticipants(command: RecordActivityParticipants, state: ActivityState): ActivityEvent[] {
  const { activityId, directory, recordedBy, recordedOn } = command;
  const activity = requireActivity(state, activityId);
  const groupIds = distinct(command.groupIds);
  const partnerIds = distinct(command.partnerIds);
  if (sameSet(groupIds, activity.participantGroupIds) && sameSet(partnerIds, activity.participantPartnerIds)) return [];
  if (activity.status === 'cancelled') throw illegalStateError('ACTIVITY.CANCELLED', `activity ${activityId} was cancelled`, { activityId });
  requireKnown(command.groupIds, 'groupIds', (id) => ownEntry(directory.groups, id) === 'verified');
  requireKnown(command.partnerIds, 'partnerIds', (id) => ownEntry(directory.partners, id) === 'registered');
  requireIsoDate(recordedOn, 'recordedOn');
  return [{ type: 'ActivityParticipantsRecorded', data: { activityId, groupIds, partnerIds, recordedBy, recordedOn } }];
}
