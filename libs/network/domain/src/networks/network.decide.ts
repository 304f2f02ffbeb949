import { NETWORK_KINDS, NETWORK_REACHES } from '@tn/network-contracts';
import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateAt, illegalStateError, notFoundError, validationError } from '../common/errors';
import { requireOneOf } from '../common/rules';
import type { AdmitNetworkMemberCommand, DissolveNetworkCommand, EndNetworkMembershipCommand, FormNetworkCommand, NetworkCommand } from './network.commands';
import type { NetworkEvent } from './network.events';
import { evolveNetwork, initialNetwork } from './network.evolve';
import { requireAct, requireActiveNetwork, requireFields, requireMemberKind, requireNetwork, requirePastDate, requiredText } from './network.rules';
import { currentMembershipOf, lastEndOf, type NetworkState } from './network.types';

function form(command: FormNetworkCommand, state: NetworkState): NetworkEvent[] {
  const { networkId, kind, reach, ownerUnitId, today, actorId } = command;
  if (state.status !== 'none') throw illegalStateError('NETWORK.ALREADY_EXISTS', `network ${networkId} already exists`, { networkId });
  requireAct(command);
  const name = requiredText(command.name, 'name', 'a name');
  requireOneOf(kind, NETWORK_KINDS, 'NETWORK.KIND_UNKNOWN', 'kind');
  requireOneOf(reach, NETWORK_REACHES, 'NETWORK.REACH_UNKNOWN', 'reach');
  const fields = requireFields(command.fields);
  const purpose = requiredText(command.purpose, 'purpose', 'a purpose');
  return [{ type: 'NetworkFormed', data: { networkId, name, kind, reach, ownerUnitId, fields, purpose, formedBy: actorId, formedOn: today } }];
}

/**
 * A member need only exist: a group, unit or partner of any province joins (membership is not
 * affiliation, so no host or area is compared). It may rejoin after leaving, from a day after
 * its last membership ended: the periods never overlap, so `membersOn` counts it once.
 */
function admit(command: AdmitNetworkMemberCommand, state: NetworkState): NetworkEvent[] {
  const network = requireActiveNetwork(state, command.networkId);
  requireAct(command);
  const { member, from, today } = command;
  requireMemberKind(member.kind, 'member.kind');
  requirePastDate(from, today, 'from');
  const who = { memberKind: member.kind, memberId: member.id };
  if (!member.exists) throw notFoundError('NETWORK.MEMBER_NOT_FOUND', `${member.kind} ${member.id} does not exist`, who);
  if (member.dissolved) throw illegalStateAt('NETWORK.MEMBER_DISSOLVED', 'member.id', `${member.kind} ${member.id} is dissolved`, who);
  const current = currentMembershipOf(network, member.kind, member.id);
  if (current) {
    throw illegalStateAt('NETWORK.ALREADY_MEMBER', 'member.id', `${member.kind} ${member.id} is a member since ${current.from}`, {
      ...who,
      since: current.from,
    });
  }
  const lastTo = lastEndOf(network, member.kind, member.id);
  if (lastTo !== undefined && from <= lastTo) {
    throw illegalStateAt('NETWORK.MEMBERSHIP_OVERLAPS', 'from', `the last membership of ${member.kind} ${member.id} ended on ${lastTo}`, {
      ...who,
      from,
      lastTo,
    });
  }
  return [
    {
      type: 'NetworkMemberAdmitted',
      data: { networkId: network.networkId, ...who, from, admittedBy: command.actorId, admittedOn: today },
    },
  ];
}

function endMembership(command: EndNetworkMembershipCommand, state: NetworkState): NetworkEvent[] {
  const network = requireActiveNetwork(state, command.networkId);
  requireAct(command);
  const { memberKind, memberId, to, today } = command;
  requireMemberKind(memberKind, 'memberKind');
  requirePastDate(to, today, 'to');
  const reason = requiredText(command.reason, 'reason', 'a reason');
  const current = currentMembershipOf(network, memberKind, memberId);
  if (!current) throw illegalStateAt('NETWORK.NOT_MEMBER', 'memberId', `${memberKind} ${memberId} is not a current member`, { memberKind, memberId });
  if (to < current.from) {
    throw validationError('NETWORK.END_BEFORE_START', 'to', `the membership began on ${current.from}`, { memberKind, memberId, from: current.from, to });
  }
  return [
    {
      type: 'NetworkMembershipEnded',
      data: { networkId: network.networkId, memberKind, memberId, from: current.from, to, cause: 'ended', reason, endedBy: command.actorId, endedOn: today },
    },
  ];
}

/** Every membership still current ends on the day of dissolution, in the same decision; dissolving again records nothing. */
function dissolve(command: DissolveNetworkCommand, state: NetworkState): NetworkEvent[] {
  const network = requireNetwork(state, command.networkId);
  requireAct(command);
  if (network.status === 'dissolved') return [];
  const { on, today, actorId } = command;
  requirePastDate(on, today, 'on');
  const reason = requiredText(command.reason, 'reason', 'a reason');
  const current = network.memberships.filter((membership) => membership.to === undefined);
  const later = current.find((membership) => on < membership.from);
  if (later) {
    throw validationError('NETWORK.END_BEFORE_START', 'on', `${later.memberKind} ${later.memberId} is a member from ${later.from}`, {
      memberKind: later.memberKind,
      memberId: later.memberId,
      from: later.from,
      to: on,
    });
  }
  const { networkId } = network;
  return [
    ...current.map(({ memberKind, memberId, from }): NetworkEvent => ({
      type: 'NetworkMembershipEnded',
      data: { networkId, memberKind, memberId, from, to: on, cause: 'network-dissolved', reason, endedBy: actorId, endedOn: today },
    })),
    { type: 'NetworkDissolved', data: { networkId, on, reason, dissolvedBy: actorId, dissolvedOn: today } },
  ];
}

function decideNetwork(command: NetworkCommand, state: NetworkState): NetworkEvent[] {
  switch (command.type) {
    case 'FormNetwork':
      return form(command, state);
    case 'AdmitNetworkMember':
      return admit(command, state);
    case 'EndNetworkMembership':
      return endMembership(command, state);
    case 'DissolveNetwork':
      return dissolve(command, state);
    default:
      return assertNever(command);
  }
}

/** A network or coalition (one stream each) and its dated memberships of groups, units and partners. */
export const networkDecider: Decider<NetworkCommand, NetworkEvent, NetworkState> = {
  initialState: initialNetwork,
  decide: decideNetwork,
  evolve: evolveNetwork,
};
