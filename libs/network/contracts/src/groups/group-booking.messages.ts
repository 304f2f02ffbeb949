import { commandType, eventType, IsIsoDate, IsNonEmptyText } from '@tn/shared-event-contracts';
import { IsString } from 'class-validator';
import { bySystemOn, onGroupStream } from './group-rights';

/**
 * A group's dates booked by accepted need matches, so no group is promised to two needs on the
 * same days. The needs area's reactor books them once a match is accepted and releases them
 * when the match is declined or released or its need cancelled: both only inside the service.
 */

// ---- commands ------------------------------------------------------------------------------

/**
 * Books [from, to] (days, both included) for the match `matchId` of need `needId` (a match id is
 * unique only within its need); the same need's match again books nothing.
 */
export class BookGroupDates {
  @IsString() groupId!: string;
  @IsString() needId!: string;
  @IsString() matchId!: string;
  @IsString() from!: string;
  @IsString() to!: string;
}

/** Frees the dates of need `needId`'s match `matchId`; nothing happens for a match not booked, or released already. */
export class ReleaseGroupDates {
  @IsString() groupId!: string;
  @IsString() needId!: string;
  @IsString() matchId!: string;
  @IsString() reason!: string;
}

export const groupBookingCommandTypes = [
  commandType('BookGroupDates', BookGroupDates, { streamId: onGroupStream, rights: (p) => bySystemOn(p.groupId) }),
  commandType('ReleaseGroupDates', ReleaseGroupDates, { streamId: onGroupStream, rights: (p) => bySystemOn(p.groupId) }),
] as const;

// ---- events --------------------------------------------------------------------------------

export class GroupDatesBooked {
  @IsNonEmptyText() groupId!: string;
  @IsNonEmptyText() needId!: string;
  @IsNonEmptyText() matchId!: string;
  @IsIsoDate() from!: string;
  @IsIsoDate() to!: string;
  @IsIsoDate() bookedOn!: string;
}
export class GroupDatesReleased {
  @IsNonEmptyText() groupId!: string;
  @IsNonEmptyText() needId!: string;
  @IsNonEmptyText() matchId!: string;
  @IsNonEmptyText() reason!: string;
  @IsIsoDate() releasedOn!: string;
}

export const groupBookingEventTypes = [eventType('GroupDatesBooked', GroupDatesBooked), eventType('GroupDatesReleased', GroupDatesReleased)] as const;
