import { bookingsOverlap } from '@tn/network-contracts';
import { illegalStateAt, validationError } from '../common/errors';
import { requireIsoDate } from '../common/rules';
import type { BookGroupDatesCommand, ReleaseGroupDatesCommand } from './group.commands';
import type { GroupEvent } from './group.events';
import { requireAct, requiredGroupText, requireGroup, requireVerifiedGroup } from './group.rules';
import { type GroupState, heldBookings } from './group.types';

/** A booking is one need's match: match ids are unique only within their need (and clients choose them). */
const isBookingOf = (booking: { needId: string; matchId: string }, needId: string, matchId: string) => booking.needId === needId && booking.matchId === matchId;

/**
 * Books a verified group's days for an accepted match: refused when they overlap the days held
 * for another match (a race the needs decider could not see), another need's match of the same id
 * included. The same need's match again books nothing.
 */
export function book(command: BookGroupDatesCommand, state: GroupState): GroupEvent[] {
  requireGroup(state, command.groupId);
  requireAct(command);
  const { groupId, needId, matchId, from, to, today } = command;
  requireIsoDate(from, 'GROUP.DATE_INVALID', 'from');
  requireIsoDate(to, 'GROUP.DATE_INVALID', 'to');
  if (from > to) throw validationError('GROUP.PERIOD_INVALID', 'to', `the booking ends (${to}) before it starts (${from})`, { from, to });
  if (state.bookings.some((booking) => isBookingOf(booking, needId, matchId))) return [];
  requireVerifiedGroup(state, groupId);
  const clash = heldBookings(state).find((booking) => bookingsOverlap(booking, { from, to }));
  if (clash) {
    throw illegalStateAt('GROUP.DATES_ALREADY_BOOKED', 'from', `the group is booked from ${clash.from} to ${clash.to}`, {
      matchId: clash.matchId,
      needId: clash.needId,
      from: clash.from,
      to: clash.to,
    });
  }
  return [{ type: 'GroupDatesBooked', data: { groupId, needId, matchId, from, to, bookedOn: today } }];
}

/** Frees a need's match's days; nothing for a match not booked (for that need), released already, or a group unknown. */
export function release(command: ReleaseGroupDatesCommand, state: GroupState): GroupEvent[] {
  requireAct(command);
  const reason = requiredGroupText(command.reason, 'reason', 'a reason');
  const booking = heldBookings(state).find((held) => isBookingOf(held, command.needId, command.matchId));
  if (!booking) return [];
  return [
    { type: 'GroupDatesReleased', data: { groupId: command.groupId, needId: booking.needId, matchId: booking.matchId, reason, releasedOn: command.today } },
  ];
}
