import { streamIdOf } from '@tn/shared-event-contracts';
import type { NetworkCommandScope } from '../common/command-rights';

/** One stream per group: `group-<groupId>`. */
export const GROUP_STREAM_TYPE = 'group';
export const groupStreamId = (groupId: string) => streamIdOf(GROUP_STREAM_TYPE, groupId);

/** The stream every group command acts on. */
export const onGroupStream = (payload: { groupId: string }) => groupStreamId(payload.groupId);

/**
 * An existing group: write rights over its owner unit (its host, or its proposed host until
 * verified), which the authoriser looks up; `units` and `people` add what the payload names.
 */
export const onGroup = (groupId: string, more: Pick<NetworkCommandScope, 'units' | 'people'> = { units: [] }): NetworkCommandScope => ({
  permission: 'network:write',
  units: more.units,
  record: { kind: 'group', id: groupId },
  ...(more.people ? { people: more.people } : {}),
});

/** Decided only inside the service (its reactors): refused from the command topic to everyone. */
export const bySystemOn = (groupId: string): NetworkCommandScope => ({ ...onGroup(groupId), systemOnly: true });
