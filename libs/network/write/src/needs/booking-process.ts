import { createHash } from 'node:crypto';
import type { DomainError } from '@tn/shared-decider';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import type { ReactionCommand } from '@tn/shared-event-sourcing-nest';
import type { BookGroupDates, NeedMatchReleaseReason, ReleaseGroupDates, ReleaseNeedMatch } from '@tn/network-contracts';
import type { NeedMatch, RaisedNeed } from '@tn/network-domain';
import type { NetworkLookups } from '../lookups';

/**
 * The booking process between a need and the groups it takes (pure; the reaction in
 * booking-reaction.ts runs it): an accepted group offer books the group's dates on the group's
 * stream; a declined or released match, and a need cancelled or fulfilled, free the dates of the
 * group matches still held. The group's stream is the last word on double booking: when two needs
 * accepted the same group for overlapping days at once, the second booking is refused there, and
 * the process releases that match on its need (NeedMatchReleased, 'group-double-booked'); a
 * booking refused for any other reason (the group dissolved meanwhile) releases it too
 * ('group-unavailable').
 */

/** What the process reacts to on the network service's own topic. */
export const BOOKING_EVENT_TYPES = ['NeedMatchAccepted', 'NeedMatchDeclined', 'NeedMatchReleased', 'NeedCancelled', 'NeedFulfilled'] as const;
/** What it sends. */
export const BOOKING_COMMAND_TYPES = ['BookGroupDates', 'ReleaseGroupDates', 'ReleaseNeedMatch'] as const;
type BookingCommandType = (typeof BOOKING_COMMAND_TYPES)[number];

/** Why the group's dates are freed (GroupDatesReleased's reason). */
const RELEASE_REASONS: Record<Exclude<(typeof BOOKING_EVENT_TYPES)[number], 'NeedMatchAccepted'>, string> = {
  NeedMatchDeclined: 'need-match-declined',
  NeedMatchReleased: 'need-match-released',
  NeedCancelled: 'need-cancelled',
  NeedFulfilled: 'need-fulfilled',
};
/** Why a match is released when its group's stream refused the booking: another match's days, or anything else. */
const releaseReasonOf = (refusalCode: string): NeedMatchReleaseReason =>
  refusalCode === 'GROUP.DATES_ALREADY_BOOKED' ? 'group-double-booked' : 'group-unavailable';

/**
 * The id of a command of the process: the same type, need and match always give the same id (a
 * hash, so long ids still make a valid one), so an event handled again finds its command stored
 * and stores nothing. A match is booked once and released at most once, so the three suffice.
 */
export function bookingCommandId(type: BookingCommandType, needId: string, matchId: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([type, needId, matchId]))
    .digest('hex');
  return `need-booking-${digest}`;
}

const book = (need: RaisedNeed, match: NeedMatch): ReactionCommand => {
  const payload: BookGroupDates = { groupId: match.offerer.id, needId: need.needId, matchId: match.matchId, from: need.from, to: need.to };
  return { commandId: bookingCommandId('BookGroupDates', need.needId, match.matchId), type: 'BookGroupDates', payload };
};

const free = (need: RaisedNeed, match: NeedMatch, reason: string): ReactionCommand => {
  const payload: ReleaseGroupDates = { groupId: match.offerer.id, needId: need.needId, matchId: match.matchId, reason };
  return { commandId: bookingCommandId('ReleaseGroupDates', need.needId, match.matchId), type: 'ReleaseGroupDates', payload };
};

/**
 * The commands an event of a need gives, from the need as it is now (its dates and offerers never
 * change, and a closed need takes no decision, so reading it later reads the same). Partners'
 * offers book nothing.
 */
export async function bookingCommandsFor(event: EventEnvelope, lookups: Pick<NetworkLookups, 'needOf'>): Promise<ReactionCommand[]> {
  if (!(BOOKING_EVENT_TYPES as readonly string[]).includes(event.type)) return [];
  const need = await lookups.needOf(String(event.data['needId']));
  if (need.status === 'none') return [];
  const groupMatch = (matchId: unknown) => need.matches.find((match) => match.matchId === matchId && match.offerer.kind === 'group');
  switch (event.type) {
    case 'NeedMatchAccepted': {
      const match = groupMatch(event.data['matchId']);
      return match ? [book(need, match)] : [];
    }
    case 'NeedMatchDeclined':
    case 'NeedMatchReleased': {
      const match = groupMatch(event.data['matchId']);
      return match ? [free(need, match, RELEASE_REASONS[event.type])] : [];
    }
    default: {
      // Closed: the group matches still accepted are booked for nothing now; fulfilled ones keep the days they served.
      const reason = RELEASE_REASONS[event.type as 'NeedCancelled' | 'NeedFulfilled'];
      return need.matches.filter((match) => match.offerer.kind === 'group' && match.status === 'accepted').map((match) => free(need, match, reason));
    }
  }
}

/**
 * A booking the group's stream refused, whatever the reason (another match holds those days, the
 * group was dissolved meanwhile...): the match is released on its need, so no match stays
 * accepted with no dates held.
 */
export function commandsOnRefusedBooking(command: ReactionCommand, refusal: Pick<DomainError, 'code'>): ReactionCommand[] {
  if (command.type !== 'BookGroupDates') return [];
  const { needId, matchId } = command.payload as BookGroupDates;
  const payload: ReleaseNeedMatch = { needId, matchId, reason: releaseReasonOf(refusal.code) };
  return [{ commandId: bookingCommandId('ReleaseNeedMatch', needId, matchId), type: 'ReleaseNeedMatch', payload }];
}
