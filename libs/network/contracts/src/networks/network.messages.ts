import { commandType, eventType, IsIsoDate, IsNonEmptyText, Nested, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsIn, IsString } from 'class-validator';
import { NETWORK_FIELDS, type NetworkField } from '../common/vocabulary';
import { formedBy, onNetwork } from './network-rights';
import {
  NETWORK_KINDS,
  NETWORK_MEMBER_KINDS,
  NETWORK_MEMBERSHIP_END_CAUSES,
  NETWORK_REACHES,
  type NetworkKind,
  type NetworkMemberKind,
  type NetworkMembershipEndCause,
  type NetworkReach,
} from './network-vocabulary';

/**
 * Networks and coalitions (one stream each) with dated memberships. A member is a verified
 * group, a unit or a registered partner from anywhere: membership is not affiliation, so a
 * group of another province joins without moving its host. A member may leave and rejoin; each
 * membership keeps its dates (`membersOn`).
 */

export const NETWORK_STREAM_TYPE = 'network';
export const networkStreamId = (networkId: string) => streamIdOf(NETWORK_STREAM_TYPE, networkId);

// ---- commands ------------------------------------------------------------------------------

/** Formed by the acting user, today, for the unit whose managers will act on it. */
export class FormNetwork {
  @IsString() networkId!: string;
  @IsString() name!: string;
  @IsString() kind!: NetworkKind;
  @IsString() reach!: NetworkReach;
  @IsString() ownerUnitId!: string;
  @IsArray() @IsString({ each: true }) fields!: NetworkField[];
  @IsString() purpose!: string;
}

/** Who joins: the route looks it up (it must exist; it may be in any province). */
export class NetworkMemberPart {
  @IsString() kind!: NetworkMemberKind;
  @IsString() id!: string;
}

/** `from`: the first day of the membership, no later than today. */
export class AdmitNetworkMember {
  @IsString() networkId!: string;
  @Nested(() => NetworkMemberPart) member!: NetworkMemberPart;
  @IsString() from!: string;
}

/** `to`: the last day of the current membership, from its first day to today. */
export class EndNetworkMembership {
  @IsString() networkId!: string;
  @IsString() memberKind!: NetworkMemberKind;
  @IsString() memberId!: string;
  @IsString() to!: string;
  @IsString() reason!: string;
}

/** `on`: the network's last day, and the last day of every membership still current. */
export class DissolveNetwork {
  @IsString() networkId!: string;
  @IsString() on!: string;
  @IsString() reason!: string;
}

const onItsNetwork = {
  streamId: (p: { networkId: string }) => networkStreamId(p.networkId),
  rights: (p: { networkId: string }) => onNetwork(p.networkId),
};

export const networkCommandTypes = [
  commandType('FormNetwork', FormNetwork, { streamId: (p) => networkStreamId(p.networkId), rights: (p) => formedBy(p.ownerUnitId) }),
  commandType('AdmitNetworkMember', AdmitNetworkMember, onItsNetwork),
  commandType('EndNetworkMembership', EndNetworkMembership, onItsNetwork),
  commandType('DissolveNetwork', DissolveNetwork, onItsNetwork),
] as const;

// ---- events --------------------------------------------------------------------------------

export class NetworkFormed {
  @IsNonEmptyText() networkId!: string;
  @IsNonEmptyText() name!: string;
  @IsIn(NETWORK_KINDS) kind!: NetworkKind;
  @IsIn(NETWORK_REACHES) reach!: NetworkReach;
  @IsNonEmptyText() ownerUnitId!: string;
  @IsArray() @IsIn(NETWORK_FIELDS, { each: true }) fields!: NetworkField[];
  @IsNonEmptyText() purpose!: string;
  @IsNonEmptyText() formedBy!: string;
  @IsIsoDate() formedOn!: string;
}

export class NetworkMemberAdmitted {
  @IsNonEmptyText() networkId!: string;
  @IsIn(NETWORK_MEMBER_KINDS) memberKind!: NetworkMemberKind;
  @IsNonEmptyText() memberId!: string;
  @IsIsoDate() from!: string;
  @IsNonEmptyText() admittedBy!: string;
  @IsIsoDate() admittedOn!: string;
}

/** Names the membership it ends by its first day (`from`); `cause` says whether the network was dissolved. */
export class NetworkMembershipEnded {
  @IsNonEmptyText() networkId!: string;
  @IsIn(NETWORK_MEMBER_KINDS) memberKind!: NetworkMemberKind;
  @IsNonEmptyText() memberId!: string;
  @IsIsoDate() from!: string;
  @IsIsoDate() to!: string;
  @IsIn(NETWORK_MEMBERSHIP_END_CAUSES) cause!: NetworkMembershipEndCause;
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() endedBy!: string;
  @IsIsoDate() endedOn!: string;
}

/** Follows a NetworkMembershipEnded (cause `network-dissolved`) for every membership then current. */
export class NetworkDissolved {
  @IsNonEmptyText() networkId!: string;
  @IsIsoDate() on!: string;
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() dissolvedBy!: string;
  @IsIsoDate() dissolvedOn!: string;
}

export const networkMembershipEventTypes = [
  eventType('NetworkFormed', NetworkFormed),
  eventType('NetworkMemberAdmitted', NetworkMemberAdmitted),
  eventType('NetworkMembershipEnded', NetworkMembershipEnded),
  eventType('NetworkDissolved', NetworkDissolved),
] as const;
