import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EventsOf } from '@tn/shared-event-contracts';
import { groupEventTypes } from '@tn/network-contracts';

/** A verified group's current host (`_id` the group id). */
export interface GroupHostRow {
  groupId: string;
  hostUnitId: string;
}

/** The names the projection is stored under: they point at documents and offsets, so they stay (raise the version to rebuild). */
export const GROUP_HOSTS_PROJECTION = {
  name: 'network-group-hosts',
  collection: 'network_group_hosts',
  groupSuffix: 'network-group-hosts-v1',
} as const;

/**
 * Pure: the group's row after one of its events. A group has a row from its first affiliation
 * (a unit's registration, or a verification) and follows its moves and mergers; a dissolved group
 * loses it (nothing more is carried for it). Every other event leaves the row as it is.
 */
export function evolveGroupHost(row: GroupHostRow | null, event: EventsOf<typeof groupEventTypes>): GroupHostRow | null {
  switch (event.type) {
    case 'GroupAffiliated':
      return { groupId: event.data.groupId, hostUnitId: event.data.unitId };
    case 'GroupStatusDeclared':
      return event.data.status === 'dissolved' ? null : row;
    case 'GroupRegistered':
    case 'GroupVerified':
    case 'GroupVerificationDeclined':
    case 'GroupProfileRevised':
    case 'GroupAffiliationEnded':
    case 'GroupActivityRecorded':
    case 'GroupDatesBooked':
    case 'GroupDatesReleased':
      return row;
    default:
      return assertNever(event);
  }
}

/**
 * Which unit hosts each group now, one document per group, from the service's own topic: the
 * merger reactor finds the groups a merged unit hosted with one indexed equality on `hostUnitId`
 * instead of reading every group's stream. Every group event is handled (most leave the row), so
 * no version is awaited as a gap.
 */
export const groupHostsProjection = projectionOver(groupEventTypes, {
  name: GROUP_HOSTS_PROJECTION.name,
  collection: GROUP_HOSTS_PROJECTION.collection,
  documentId: (event) => event.data.groupId,
  evolve: evolveGroupHost,
  indexes: [{ hostUnitId: 1 }],
});
