import { illegalStateAt } from '../common/errors';
import { requireIsoDate } from '../common/rules';
import type { CarryGroupAffiliationCommand, MoveGroupHostCommand } from './group.commands';
import type { GroupEvent } from './group.events';
import { dayBefore, requireAct, requireKnownUnits, requirePastDate, requireVerifiedGroup } from './group.rules';
import { currentAffiliation, type GroupState } from './group.types';

/**
 * The group is hosted by another unit from `from` (today or earlier, and no earlier than its
 * current affiliation began): that one ends the day before. A move dated the day the current
 * affiliation began replaces it (it then never hosted the group).
 */
export function move(command: MoveGroupHostCommand, state: GroupState): GroupEvent[] {
  requireVerifiedGroup(state, command.groupId);
  requireAct(command);
  const { groupId, newHostUnitId, from, today } = command;
  requirePastDate(from, today, 'from');
  const current = currentAffiliation(state);
  if (!current) throw illegalStateAt('GROUP.NOT_VERIFIED', 'groupId', `group ${groupId} has no host`, { groupId });
  if (newHostUnitId === current.unitId) {
    throw illegalStateAt('GROUP.SAME_HOST', 'newHostUnitId', `unit ${newHostUnitId} hosts the group already`, { unitId: newHostUnitId });
  }
  if (from < current.from) {
    throw illegalStateAt('GROUP.MOVE_BEFORE_AFFILIATION', 'from', `the current host's affiliation began on ${current.from}`, { since: current.from });
  }
  requireKnownUnits(command.unknownUnitIds, { host: { unitId: newHostUnitId, field: 'newHostUnitId' } });
  return [
    { type: 'GroupAffiliationEnded', data: { groupId, unitId: current.unitId, to: dayBefore(from), reason: 'moved' } },
    { type: 'GroupAffiliated', data: { groupId, unitId: newHostUnitId, from, reason: 'moved' } },
  ];
}

/**
 * The registry merged the group's host into a successor (the service's reactor sends this for
 * each group the source unit hosts): the successor hosts it from the merger's date, or from its
 * current affiliation's start when that is later. Nothing happens for a group not hosted by the
 * source unit (another host, not verified, dissolved, unknown) and so nothing the second time.
 */
export function carry(command: CarryGroupAffiliationCommand, state: GroupState): GroupEvent[] {
  requireAct(command);
  const { groupId, fromUnitId, successorUnitId, effectiveFrom } = command;
  requireIsoDate(effectiveFrom, 'GROUP.DATE_INVALID', 'effectiveFrom');
  const current = state.status === 'verified' ? currentAffiliation(state) : undefined;
  if (!current || current.unitId !== fromUnitId || successorUnitId === fromUnitId) return [];
  const from = effectiveFrom > current.from ? effectiveFrom : current.from;
  return [
    { type: 'GroupAffiliationEnded', data: { groupId, unitId: fromUnitId, to: dayBefore(from), reason: 'unit-merged' } },
    { type: 'GroupAffiliated', data: { groupId, unitId: successorUnitId, from, reason: 'unit-merged' } },
  ];
}
