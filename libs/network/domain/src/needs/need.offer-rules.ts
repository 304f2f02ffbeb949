import { agreementCoversDates, bookingsOverlap, type NeedOffererKind } from '@tn/network-contracts';
import { illegalStateAt, notFoundError } from '../common/errors';
import type { LookedUpOfferAgreement, LookedUpGroupBooking, LookedUpOfferer, RaisedNeed } from './need.types';

/**
 * Who may meet a need: a group verified and not dissolved, or a registered partner, under an
 * agreement (when one is named) of that partner, binding the need's unit, in force on every day
 * of the need; and a group only on days no other match has booked it for.
 */

/**
 * A verified group or a registered partner. Any other group (unknown, pending, declined,
 * dissolved) is not found alike: whoever names an id learns nothing of a group's standing.
 */
export function requireOfferer(kind: NeedOffererKind, id: string, record: LookedUpOfferer): void {
  const offers = kind === 'group' ? record.status === 'verified' : record.status === 'registered';
  if (!offers) throw notFoundError('NEED.OFFERER_NOT_FOUND', `${kind} ${id} is not an offerer`, { offererKind: kind, offererId: id });
}

/**
 * The group of a match being accepted still verified: a dissolved one could not be booked, and
 * the match would stay accepted with no dates held. The managers saw the group offered, so its
 * dissolution is said; anything else (a group the route did not find) answers as not found.
 */
export function requireGroupStillOffering(groupId: string, record: LookedUpOfferer | undefined): void {
  if (record?.status === 'verified') return;
  if (record?.status === 'dissolved') throw illegalStateAt('NEED.GROUP_DISSOLVED', 'matchId', `group ${groupId} is dissolved`, { groupId });
  throw notFoundError('NEED.OFFERER_NOT_FOUND', `group ${groupId} is not an offerer`, { offererKind: 'group', offererId: groupId });
}

export function requireAgreement(
  need: RaisedNeed,
  offerer: { kind: NeedOffererKind; id: string },
  agreementId: string,
  agreement: LookedUpOfferAgreement | undefined,
): void {
  if (offerer.kind !== 'partner') {
    throw illegalStateAt('NEED.AGREEMENT_FOR_PARTNERS_ONLY', 'agreementId', 'only a partner offers under an agreement', { agreementId });
  }
  // Another unit's agreement answers as one that does not exist, before anything is said of it.
  if (!agreement || agreement.status === 'none' || !agreement.bindsUnit) {
    throw notFoundError('NEED.AGREEMENT_NOT_FOUND', `agreement ${agreementId} does not exist`, { agreementId });
  }
  if (agreement.partnerId !== offerer.id) {
    throw illegalStateAt('NEED.AGREEMENT_OTHER_PARTNER', 'agreementId', `agreement ${agreementId} is not partner ${offerer.id}'s`, {
      agreementId,
      partnerId: offerer.id,
    });
  }
  if (!agreementCoversDates(agreement, need.from, need.to)) {
    throw illegalStateAt('NEED.AGREEMENT_NOT_IN_FORCE', 'agreementId', `agreement ${agreementId} is not in force on every day of the need`, { agreementId });
  }
}

/**
 * The group is not booked by another match on any day of the need (a released booking frees its
 * days). Only this need's own match is not a clash: another need's match may bear the same id.
 */
export function requireGroupFree(need: RaisedNeed, matchId: string, groupId: string, bookings: readonly LookedUpGroupBooking[]): void {
  const ownBooking = (booking: LookedUpGroupBooking) => booking.needId === need.needId && booking.matchId === matchId;
  const clash = bookings.find((booking) => !booking.released && !ownBooking(booking) && bookingsOverlap(booking, need));
  if (clash) {
    throw illegalStateAt('NEED.GROUP_ALREADY_BOOKED', 'matchId', `group ${groupId} is booked from ${clash.from} to ${clash.to}`, {
      groupId,
      bookedFrom: clash.from,
      bookedTo: clash.to,
    });
  }
}
