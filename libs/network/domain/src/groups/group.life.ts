import { GROUP_DECLARED_STATUSES } from '@tn/network-contracts';
import { requireOneOf, requireText } from '../common/rules';
import type { DeclareGroupStatusCommand, RecordGroupActivityCommand } from './group.commands';
import type { GroupEvent } from './group.events';
import { requireAct, requiredGroupText, requireGroup, requirePastDate, requireVerifiedGroup } from './group.rules';
import type { GroupState } from './group.types';

/** The host declares a verified group active, dormant or dissolved, with a reason; nothing after a dissolution. */
export function declareStatus(command: DeclareGroupStatusCommand, state: GroupState): GroupEvent[] {
  requireVerifiedGroup(state, command.groupId);
  requireAct(command);
  const { status } = command;
  requireOneOf(status, GROUP_DECLARED_STATUSES, 'GROUP.STATUS_UNKNOWN', 'status');
  const reason = requiredGroupText(command.reason, 'reason', 'a reason');
  return [{ type: 'GroupStatusDeclared', data: { groupId: command.groupId, status, reason, declaredBy: command.actorId, declaredOn: command.today } }];
}

/** The group took part in an activity on a day (today or earlier); the same activity again records nothing. */
export function recordActivity(command: RecordGroupActivityCommand, state: GroupState): GroupEvent[] {
  requireGroup(state, command.groupId);
  requireAct(command);
  const { groupId, activityId, on, today } = command;
  requireText(activityId, 'GROUP.TEXT_REQUIRED', 'activityId', 'an activity');
  requirePastDate(on, today, 'on');
  if (state.activityIds.includes(activityId)) return [];
  return [{ type: 'GroupActivityRecorded', data: { groupId, activityId, on } }];
}
