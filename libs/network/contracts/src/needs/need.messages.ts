import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, Nested, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsIn, IsOptional, IsString } from 'class-validator';
import type { NetworkCommandScope } from '../common/command-rights';
import { NETWORK_FIELDS, type NetworkField } from '../common/vocabulary';
import {
  NEED_KINDS,
  NEED_MATCH_RELEASE_REASONS,
  NEED_OFFERER_KINDS,
  NEED_PRIORITIES,
  NEED_SOURCES,
  type NeedKind,
  type NeedMatchReleaseReason,
  type NeedOffererKind,
  type NeedPriority,
  type NeedSource,
} from './need-vocabulary';

/**
 * A need (one stream each: its quantities and its matches are consistent within it): what a unit
 * or an activity's survey lacks, over dates and at a place, and the offers (matches) of groups and
 * partners to meet it, each proposed, decided, then delivered. No personal data: a group is an id,
 * a partner an organisation's id, the actors account ids.
 */

export const NEED_STREAM_TYPE = 'need';
export const needStreamId = (needId: string) => streamIdOf(NEED_STREAM_TYPE, needId);

/** Commands on an existing need: `network:write` over the unit that raised it. */
export const onNeed = (needId: string): NetworkCommandScope => ({ permission: 'network:write', units: [], record: { kind: 'need', id: needId } });

// ---- parts ---------------------------------------------------------------------------------

/** Who offers: a group (its leaders may offer it themselves) or a partner. */
export class NeedOffererPart {
  @IsString() kind!: NeedOffererKind;
  @IsString() id!: string;
}

// ---- commands ------------------------------------------------------------------------------

export class NeedCommandPayload {
  @IsString() needId!: string;
}

/**
 * A need of a unit, at a place of its subtree, from `from` to `to`. From a survey it names the
 * campaigns activity whose survey found it (an activity of the unit's subtree). `skills` are
 * free words the matching compares (first aid, swimming...); `fields` the fields of work.
 */
export class RaiseNeed extends NeedCommandPayload {
  @IsString() unitId!: string;
  @IsString() source!: NeedSource;
  @IsOptional() @IsString() activityId?: string;
  @IsString() kind!: NeedKind;
  @IsString() description!: string;
  @IsArray() @IsString({ each: true }) skills!: string[];
  @IsArray() @IsString({ each: true }) fields!: NetworkField[];
  @IsFiniteNumber() quantity!: number;
  @IsString() measure!: string;
  @IsString() placeUnitId!: string;
  @IsString() from!: string;
  @IsString() to!: string;
  @IsString() priority!: NeedPriority;
}
/**
 * An offer to meet (part of) a need: a verified group, or a registered partner, optionally under
 * one of its agreements in force over the need's dates. A group's leader may offer their own group.
 */
export class ProposeNeedMatch extends NeedCommandPayload {
  @IsString() matchId!: string;
  @Nested(() => NeedOffererPart) offerer!: NeedOffererPart;
  @IsOptional() @IsString() agreementId?: string;
  @IsFiniteNumber() quantity!: number;
  @IsOptional() @IsString() note?: string;
}
/** Accepting commits the match's quantity; a group's dates are booked for it next (by the service). */
export class AcceptNeedMatch extends NeedCommandPayload {
  @IsString() matchId!: string;
}
export class DeclineNeedMatch extends NeedCommandPayload {
  @IsString() matchId!: string;
  @IsString() reason!: string;
}
/** What an accepted match delivered (at most its quantity). */
export class RecordNeedMatchFulfilled extends NeedCommandPayload {
  @IsString() matchId!: string;
  @IsFiniteNumber() deliveredQuantity!: number;
}
export class CancelNeed extends NeedCommandPayload {
  @IsString() reason!: string;
}
/** The service's own: an accepted match whose group was booked by another match in the meantime. */
export class ReleaseNeedMatch extends NeedCommandPayload {
  @IsString() matchId!: string;
  @IsString() reason!: NeedMatchReleaseReason;
}

const onItsNeed = { streamId: (p: NeedCommandPayload) => needStreamId(p.needId), rights: (p: NeedCommandPayload) => onNeed(p.needId) };

export const needCommandTypes = [
  commandType('RaiseNeed', RaiseNeed, {
    streamId: (p) => needStreamId(p.needId),
    rights: (p): NetworkCommandScope => ({ permission: 'network:write', units: [p.unitId] }),
  }),
  // The need's managers, who for a group must manage its host too (a group is its host's to
  // promise, across provinces included); or a leader of the offered group offering it.
  commandType('ProposeNeedMatch', ProposeNeedMatch, {
    streamId: (p) => needStreamId(p.needId),
    rights: (p): NetworkCommandScope => ({
      ...onNeed(p.needId),
      ...(p.offerer?.kind === 'group' ? { records: [{ kind: 'group', id: p.offerer.id }], leaderOfGroupId: p.offerer.id } : {}),
    }),
  }),
  commandType('AcceptNeedMatch', AcceptNeedMatch, onItsNeed),
  commandType('DeclineNeedMatch', DeclineNeedMatch, onItsNeed),
  commandType('RecordNeedMatchFulfilled', RecordNeedMatchFulfilled, onItsNeed),
  commandType('CancelNeed', CancelNeed, onItsNeed),
  commandType('ReleaseNeedMatch', ReleaseNeedMatch, {
    streamId: (p) => needStreamId(p.needId),
    rights: (p): NetworkCommandScope => ({ ...onNeed(p.needId), systemOnly: true }),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

class NeedEventData {
  @IsNonEmptyText() needId!: string;
}
class NeedMatchEventData extends NeedEventData {
  @IsNonEmptyText() matchId!: string;
}

export class NeedOffererData {
  @IsIn(NEED_OFFERER_KINDS) kind!: NeedOffererKind;
  @IsNonEmptyText() id!: string;
}

/** `raisedBy`/`raisedOn`: the acting user and the server's date, as on every act below. */
export class NeedRaised extends NeedEventData {
  @IsNonEmptyText() unitId!: string;
  @IsIn(NEED_SOURCES) source!: NeedSource;
  @IsOptional() @IsNonEmptyText() activityId?: string;
  @IsIn(NEED_KINDS) kind!: NeedKind;
  @IsNonEmptyText() description!: string;
  @IsArray() @IsString({ each: true }) skills!: string[];
  @IsArray() @IsIn(NETWORK_FIELDS, { each: true }) fields!: NetworkField[];
  @IsFiniteNumber() quantity!: number;
  @IsNonEmptyText() measure!: string;
  @IsNonEmptyText() placeUnitId!: string;
  @IsIsoDate() from!: string;
  @IsIsoDate() to!: string;
  @IsIn(NEED_PRIORITIES) priority!: NeedPriority;
  @IsNonEmptyText() raisedBy!: string;
  @IsIsoDate() raisedOn!: string;
}
export class NeedMatchProposed extends NeedMatchEventData {
  @Nested(() => NeedOffererData) offerer!: NeedOffererData;
  @IsOptional() @IsNonEmptyText() agreementId?: string;
  @IsFiniteNumber() quantity!: number;
  @IsOptional() @IsString() note?: string;
  @IsNonEmptyText() proposedBy!: string;
  @IsIsoDate() proposedOn!: string;
}
export class NeedMatchAccepted extends NeedMatchEventData {
  @IsFiniteNumber() quantity!: number;
  @IsNonEmptyText() acceptedBy!: string;
  @IsIsoDate() acceptedOn!: string;
}
export class NeedMatchDeclined extends NeedMatchEventData {
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() declinedBy!: string;
  @IsIsoDate() declinedOn!: string;
}
export class NeedMatchReleased extends NeedMatchEventData {
  @IsIn(NEED_MATCH_RELEASE_REASONS) reason!: NeedMatchReleaseReason;
  @IsNonEmptyText() releasedBy!: string;
  @IsIsoDate() releasedOn!: string;
}
export class NeedMatchFulfilled extends NeedMatchEventData {
  @IsFiniteNumber() deliveredQuantity!: number;
  @IsNonEmptyText() fulfilledBy!: string;
  @IsIsoDate() fulfilledOn!: string;
}
/** Decided with the match fulfilment whose delivery brought the total to what was asked. */
export class NeedFulfilled extends NeedEventData {
  @IsIsoDate() fulfilledOn!: string;
}
export class NeedCancelled extends NeedEventData {
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() cancelledBy!: string;
  @IsIsoDate() cancelledOn!: string;
}

export const needEventTypes = [
  eventType('NeedRaised', NeedRaised),
  eventType('NeedMatchProposed', NeedMatchProposed),
  eventType('NeedMatchAccepted', NeedMatchAccepted),
  eventType('NeedMatchDeclined', NeedMatchDeclined),
  eventType('NeedMatchReleased', NeedMatchReleased),
  eventType('NeedMatchFulfilled', NeedMatchFulfilled),
  eventType('NeedFulfilled', NeedFulfilled),
  eventType('NeedCancelled', NeedCancelled),
] as const;
