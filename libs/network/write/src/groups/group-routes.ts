import { isIsoDate } from '@tn/shared-event-contracts';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { groupCommandTypes } from '@tn/network-contracts';
import { GROUP_STREAM_TYPE, groupDecider } from '@tn/network-domain';
import { acting } from '../acting';
import type { NetworkLookups } from '../lookups';

/**
 * The units named that this service's copy of the registry's hierarchy does not know on every
 * one of the days (each once, in the order named). A day that is not a date is skipped: the
 * decider refuses it first.
 */
export function unknownUnitsOf(lookups: Pick<NetworkLookups, 'knownUnitOn'>, unitIds: readonly string[], days: readonly string[]): string[] {
  const dates = days.filter((day) => isIsoDate(day));
  return [...new Set(unitIds)].filter((unitId) => dates.some((date) => !lookups.knownUnitOn(unitId, date)));
}

/**
 * The unit that hosts a group proposed to `proposedHostUnitId`, today: the first unit of its
 * lineage that is active (itself, or the successor it was merged into); undefined when none is.
 */
export function currentHostOf(lookups: Pick<NetworkLookups, 'knownUnitOn' | 'lineageOf'>, proposedHostUnitId: string, today: string): string | undefined {
  return lookups.lineageOf(proposedHostUnitId, today).find((unitId) => lookups.knownUnitOn(unitId, today));
}

/**
 * Groups: one stream each. Registrations and revisions carry the units they name that the
 * hierarchy does not know today (a host, a proposed host, area units; the decider says which
 * kind is wrong); a move carries its new host when unknown today or on the day it counts from; a
 * verification carries the proposed host as it is today (its successor once merged away).
 * The system commands (carry, activity, booking) need nothing but the stream.
 */
export const groupRoutes = (lookups: NetworkLookups): CommandRoute[] =>
  routesOf(
    groupCommandTypes,
    { streamType: GROUP_STREAM_TYPE, decider: groupDecider },
    {
      RegisterGroup: ({ hostUnitId, areaUnitIds }, envelope) => ({
        unknownUnitIds: unknownUnitsOf(lookups, [hostUnitId, ...areaUnitIds], [vietnamDateOf(envelope.issuedAt)]),
      }),
      SelfRegisterGroup: ({ proposedHostUnitId, areaUnitIds }, envelope) => ({
        unknownUnitIds: unknownUnitsOf(lookups, [proposedHostUnitId, ...areaUnitIds], [vietnamDateOf(envelope.issuedAt)]),
      }),
      VerifyGroup: async ({ groupId }, envelope) => {
        const group = await lookups.groupOf(groupId);
        const host = group.status === 'none' ? undefined : currentHostOf(lookups, group.ownerUnitId, vietnamDateOf(envelope.issuedAt));
        return host ? { currentHostUnitId: host } : {};
      },
      ReviseGroupProfile: ({ areaUnitIds }, envelope) => ({ unknownUnitIds: unknownUnitsOf(lookups, areaUnitIds, [vietnamDateOf(envelope.issuedAt)]) }),
      MoveGroupHost: ({ newHostUnitId, from }, envelope) => ({
        unknownUnitIds: unknownUnitsOf(lookups, [newHostUnitId], [vietnamDateOf(envelope.issuedAt), from]),
      }),
    },
  ).map(acting);
