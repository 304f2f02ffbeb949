import { commandType, eventType, IsIsoDate, IsNonEmptyText } from '@tn/shared-event-contracts';
import { IsIn, IsString } from 'class-validator';
import { bySystemOn, onGroup, onGroupStream } from './group-rights';
import { GROUP_AFFILIATION_END_REASONS, GROUP_AFFILIATION_REASONS, type GroupAffiliationEndReason, type GroupAffiliationReason } from './group-vocabulary';

/**
 * A verified group's host over time: dated affiliations, one open at a time. A host unit moves
 * a group to another unit from a date; when the registry merges a host into another unit, the
 * service's reactor carries the group to the successor from the merger's date. Reads ask
 * `hostUnitOn(affiliations, date)`.
 */

// ---- commands ------------------------------------------------------------------------------

/**
 * From `from` (no earlier than the current affiliation's start, no later than today) the group is
 * hosted by `newHostUnitId`: rights over the current host (the group's owner) and over the new one.
 */
export class MoveGroupHost {
  @IsString() groupId!: string;
  @IsString() newHostUnitId!: string;
  @IsString() from!: string;
}

/**
 * The registry merged `fromUnitId` into `successorUnitId` from `effectiveFrom`: a group hosted by
 * `fromUnitId` then is hosted by the successor from that day. Nothing happens for a group hosted
 * elsewhere, or carried already (the reactor may send it again).
 */
export class CarryGroupAffiliation {
  @IsString() groupId!: string;
  @IsString() fromUnitId!: string;
  @IsString() successorUnitId!: string;
  @IsString() effectiveFrom!: string;
}

export const groupAffiliationCommandTypes = [
  commandType('MoveGroupHost', MoveGroupHost, { streamId: onGroupStream, rights: (p) => onGroup(p.groupId, { units: [p.newHostUnitId] }) }),
  commandType('CarryGroupAffiliation', CarryGroupAffiliation, { streamId: onGroupStream, rights: (p) => bySystemOn(p.groupId) }),
] as const;

// ---- events --------------------------------------------------------------------------------

/** The group is hosted by `unitId` from `from` (until an affiliation ended names it). */
export class GroupAffiliated {
  @IsNonEmptyText() groupId!: string;
  @IsNonEmptyText() unitId!: string;
  @IsIsoDate() from!: string;
  @IsIn(GROUP_AFFILIATION_REASONS) reason!: GroupAffiliationReason;
}
/** `to`: the last day `unitId` hosted the group (the day before the next affiliation's start). */
export class GroupAffiliationEnded {
  @IsNonEmptyText() groupId!: string;
  @IsNonEmptyText() unitId!: string;
  @IsIsoDate() to!: string;
  @IsIn(GROUP_AFFILIATION_END_REASONS) reason!: GroupAffiliationEndReason;
}

export const groupAffiliationEventTypes = [eventType('GroupAffiliated', GroupAffiliated), eventType('GroupAffiliationEnded', GroupAffiliationEnded)] as const;
