import { illegalStateAt } from '../common/errors';
import { compact } from '../common/rules';
import type {
  DeclineGroupVerificationCommand,
  RegisterGroupCommand,
  ReviseGroupProfileCommand,
  SelfRegisterGroupCommand,
  VerifyGroupCommand,
} from './group.commands';
import type { GroupEvent } from './group.events';
import { requireAct, requiredGroupText, requireGroup, requireKindAndOrigin, requireKnownUnits, requirePastDate, requireProfile } from './group.rules';
import type { GroupState } from './group.types';

const alreadyExists = (groupId: string) => illegalStateAt('GROUP.ALREADY_EXISTS', 'groupId', `group ${groupId} is registered already`, { groupId });

/** What both registrations check and state: the group's profile, kind and origin, its founding date and the units it names. */
function registration(command: RegisterGroupCommand | SelfRegisterGroupCommand, state: GroupState, host: { unitId: string; field: string }) {
  if (state.status !== 'none') throw alreadyExists(command.groupId);
  requireAct(command);
  const profile = requireProfile(command);
  const { kind, origin } = requireKindAndOrigin(command);
  if (command.foundedOn !== undefined) requirePastDate(command.foundedOn, command.today, 'foundedOn');
  requireKnownUnits(command.unknownUnitIds, { host, areaUnitIds: profile.areaUnitIds });
  const { groupId, foundedOn, today, actorId } = command;
  return compact({ groupId, ...profile, kind, origin, hostUnitId: host.unitId, foundedOn, registeredBy: actorId, registeredOn: today });
}

/** A unit's manager registers a group the unit hosts: verified by them and affiliated from today, in one commit. */
export function register(command: RegisterGroupCommand, state: GroupState): GroupEvent[] {
  const data = registration(command, state, { unitId: command.hostUnitId, field: 'hostUnitId' });
  const { groupId, hostUnitId, registeredBy, registeredOn } = data;
  return [
    { type: 'GroupRegistered', data: { ...data, channel: 'unit' } },
    { type: 'GroupVerified', data: { groupId, hostUnitId, verifiedBy: registeredBy, verifiedOn: registeredOn } },
    { type: 'GroupAffiliated', data: { groupId, unitId: hostUnitId, from: registeredOn, reason: 'registered' } },
  ];
}

/** A leader registers their own group, proposing its host: pending until the host's managers verify it. */
export function selfRegister(command: SelfRegisterGroupCommand, state: GroupState): GroupEvent[] {
  const data = registration(command, state, { unitId: command.proposedHostUnitId, field: 'proposedHostUnitId' });
  if (!data.leaderPersonIds.includes(command.leaderPersonId)) {
    throw illegalStateAt('GROUP.SELF_NOT_LEADER', 'leaderPersonId', 'whoever registers their own group is one of its leaders', {
      leaderPersonId: command.leaderPersonId,
    });
  }
  return [{ type: 'GroupRegistered', data: { ...data, channel: 'self' } }];
}

/** Refuses a group whose verification is decided already: verified (dissolved ones were verified) or declined. */
function requirePending(state: GroupState, groupId: string): void {
  requireGroup(state, groupId);
  if (state.status === 'verified' || state.status === 'dissolved') {
    throw illegalStateAt('GROUP.ALREADY_VERIFIED', 'groupId', `group ${groupId} is verified already`, { groupId, verifiedOn: state.verifiedOn });
  }
  if (state.status === 'declined')
    throw illegalStateAt('GROUP.DECLINED', 'groupId', `group ${groupId} was declined`, { groupId, declinedOn: state.declinedOn });
}

/**
 * The proposed host's manager verifies a self-registered group: hosted from today by that unit,
 * or by the unit that took it over when it was merged away since (the route looks it up). (That
 * the actor manages the unit is the authoriser's to check.) Whoever registered the group may not
 * verify it, even when they manage the unit too.
 */
export function verify(command: VerifyGroupCommand, state: GroupState): GroupEvent[] {
  requirePending(state, command.groupId);
  requireAct(command);
  if (state.channel === 'self' && state.registeredBy === command.actorId) {
    throw illegalStateAt('GROUP.VERIFIER_IS_LEADER', 'groupId', 'whoever registered the group may not verify it', { groupId: command.groupId });
  }
  const { groupId, today, actorId, currentHostUnitId: hostUnitId } = command;
  if (!hostUnitId) {
    throw illegalStateAt('GROUP.HOST_UNIT_UNKNOWN', 'groupId', `unit ${state.ownerUnitId} is not known today`, { unitId: state.ownerUnitId });
  }
  return [
    { type: 'GroupVerified', data: { groupId, hostUnitId, verifiedBy: actorId, verifiedOn: today } },
    { type: 'GroupAffiliated', data: { groupId, unitId: hostUnitId, from: today, reason: 'verified' } },
  ];
}

/** The proposed host declines it, with a reason; the group stays on record, declined for good. */
export function decline(command: DeclineGroupVerificationCommand, state: GroupState): GroupEvent[] {
  requirePending(state, command.groupId);
  requireAct(command);
  const reason = requiredGroupText(command.reason, 'reason', 'a reason');
  return [{ type: 'GroupVerificationDeclined', data: { groupId: command.groupId, reason, declinedBy: command.actorId, declinedOn: command.today } }];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The profile as it now is (pending or verified, not declined or dissolved); the same profile again records nothing. */
export function revise(command: ReviseGroupProfileCommand, state: GroupState): GroupEvent[] {
  requireGroup(state, command.groupId);
  if (state.status === 'declined') throw illegalStateAt('GROUP.DECLINED', 'groupId', `group ${command.groupId} was declined`, { groupId: command.groupId });
  if (state.status === 'dissolved') throw illegalStateAt('GROUP.DISSOLVED', 'groupId', `group ${command.groupId} is dissolved`, { groupId: command.groupId });
  requireAct(command);
  const profile = requireProfile(command);
  requireKnownUnits(command.unknownUnitIds, { areaUnitIds: profile.areaUnitIds });
  const held = state.profile;
  const unchanged =
    held !== undefined &&
    held.name === profile.name &&
    held.size === profile.size &&
    sameSet(held.fields, profile.fields) &&
    sameSet(held.areaUnitIds, profile.areaUnitIds) &&
    sameSet(state.leaderPersonIds, profile.leaderPersonIds);
  if (unchanged) return [];
  return [{ type: 'GroupProfileRevised', data: { groupId: command.groupId, ...profile, revisedBy: command.actorId, revisedOn: command.today } }];
}
