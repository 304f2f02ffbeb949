import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText } from '@tn/shared-event-contracts';
import { IsArray, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { NETWORK_FIELDS, type NetworkField } from '../common/vocabulary';
import { onGroup, onGroupStream } from './group-rights';
import { GROUP_KINDS, GROUP_ORIGINS, GROUP_REGISTRATION_CHANNELS, type GroupKind, type GroupOrigin, type GroupRegistrationChannel } from './group-vocabulary';

/**
 * Registering a group (one stream each), its verification by the host unit and its profile.
 * A unit's manager registers a group the unit hosts, verified at once; a leader may register
 * their own group, proposing a host whose managers then verify or decline it. Leaders are
 * people of the registry named by id only; `areaUnitIds` are the units whose territory the
 * group serves (they need only exist: serving a commune is not being hosted by it).
 */

// ---- commands ------------------------------------------------------------------------------

/** What a group is, as registered and as revised. */
class GroupProfilePayload {
  @IsString() groupId!: string;
  @IsString() name!: string;
  @IsArray() @IsString({ each: true }) fields!: NetworkField[];
  @IsArray() @IsString({ each: true }) areaUnitIds!: string[];
  @IsFiniteNumber() size!: number;
  @IsArray() @IsString({ each: true }) leaderPersonIds!: string[];
}

/** By a manager of `hostUnitId`: registered and verified by them today, affiliated from today. */
export class RegisterGroup extends GroupProfilePayload {
  @IsString() kind!: GroupKind;
  @IsString() origin!: GroupOrigin;
  @IsString() hostUnitId!: string;
  @IsOptional() @IsString() foundedOn?: string;
}

/** By `leaderPersonId`, one of the group's leaders, for their own group: pending until the proposed host verifies it. */
export class SelfRegisterGroup extends GroupProfilePayload {
  @IsString() kind!: GroupKind;
  @IsString() origin!: GroupOrigin;
  @IsString() proposedHostUnitId!: string;
  @IsString() leaderPersonId!: string;
  @IsOptional() @IsString() foundedOn?: string;
}

/** By a manager of the proposed host (not the one who registered it): affiliated with the host from today. */
export class VerifyGroup {
  @IsString() groupId!: string;
}

export class DeclineGroupVerification {
  @IsString() groupId!: string;
  @IsString() reason!: string;
}

/** The profile as it now is (kind and origin stay as registered). */
export class ReviseGroupProfile extends GroupProfilePayload {}

export const groupRegistrationCommandTypes = [
  commandType('RegisterGroup', RegisterGroup, {
    streamId: onGroupStream,
    rights: (p) => ({ permission: 'network:write', units: [p.hostUnitId], people: p.leaderPersonIds }),
  }),
  commandType('SelfRegisterGroup', SelfRegisterGroup, {
    streamId: onGroupStream,
    // The leader needs no permission, but the proposed host must exist; anyone else needs write rights over it.
    rights: (p) => ({ permission: 'network:write', units: [p.proposedHostUnitId], people: p.leaderPersonIds, selfPersonId: p.leaderPersonId }),
  }),
  commandType('VerifyGroup', VerifyGroup, { streamId: onGroupStream, rights: (p) => onGroup(p.groupId) }),
  commandType('DeclineGroupVerification', DeclineGroupVerification, { streamId: onGroupStream, rights: (p) => onGroup(p.groupId) }),
  commandType('ReviseGroupProfile', ReviseGroupProfile, {
    streamId: onGroupStream,
    rights: (p) => onGroup(p.groupId, { units: [], people: p.leaderPersonIds }),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

/** The profile as events state it. */
class GroupProfileData {
  @IsNonEmptyText() groupId!: string;
  @IsNonEmptyText() name!: string;
  @IsArray() @IsIn(NETWORK_FIELDS, { each: true }) fields!: NetworkField[];
  @IsArray() @IsString({ each: true }) areaUnitIds!: string[];
  @IsInt() size!: number;
  @IsArray() @IsString({ each: true }) leaderPersonIds!: string[];
}

/**
 * `hostUnitId`: the host (channel `unit`: GroupVerified and GroupAffiliated follow in the same
 * commit) or the proposed host (channel `self`: pending verification).
 */
export class GroupRegistered extends GroupProfileData {
  @IsIn(GROUP_KINDS) kind!: GroupKind;
  @IsIn(GROUP_ORIGINS) origin!: GroupOrigin;
  @IsNonEmptyText() hostUnitId!: string;
  @IsOptional() @IsIsoDate() foundedOn?: string;
  @IsIn(GROUP_REGISTRATION_CHANNELS) channel!: GroupRegistrationChannel;
  @IsNonEmptyText() registeredBy!: string;
  @IsIsoDate() registeredOn!: string;
}
export class GroupVerified {
  @IsNonEmptyText() groupId!: string;
  @IsNonEmptyText() hostUnitId!: string;
  @IsNonEmptyText() verifiedBy!: string;
  @IsIsoDate() verifiedOn!: string;
}
export class GroupVerificationDeclined {
  @IsNonEmptyText() groupId!: string;
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() declinedBy!: string;
  @IsIsoDate() declinedOn!: string;
}
export class GroupProfileRevised extends GroupProfileData {
  @IsNonEmptyText() revisedBy!: string;
  @IsIsoDate() revisedOn!: string;
}

export const groupRegistrationEventTypes = [
  eventType('GroupRegistered', GroupRegistered),
  eventType('GroupVerified', GroupVerified),
  eventType('GroupVerificationDeclined', GroupVerificationDeclined),
  eventType('GroupProfileRevised', GroupProfileRevised),
] as const;
