import { agreementCoversDates, bookingsOverlap, type NeedOffererKind } from '@tn/network-contracts';
import { illegalStateAt, notFoundError } from '../common/errors';
import type { LookedUpOfferAgreement, LookedUpGroupBooking, LookedUpOfferer, RaisedNeed } from './need.types';

/**
 * Who may meet a need: a group verified and not dissolved, or a registered partner, under an
 * agreement (when one is named) of that partner in force on every day of the need; and a group
 * only on days no other match has booked it for.
 */

export function requireOfferer(kind: NeedOffererKind, id: string, record: LookedUpOfferer): void {
  const { status } = record;
  if (status === 'none') throw notFoundError('NEED.OFFERER_NOT_FOUND', `${kind} ${id} does not exist`, { offererKind: kind, offererId: id });
  if (kind === 'group' && status === 'dissolved') throw illegalStateAt('NEED.GROUP_DISSOLVED', 'offerer.id', `group ${id} is dissolved`, { groupId: id });
  if (kind === 'group' && status !== 'verified') {
    throw illegalStateAt('NEED.GROUP_NOT_VERIFIED', 'offerer.id', `group ${id} is not verified`, { groupId: id, status });
  }
  if (kind === 'partner' && status !== 'registered')
    throw notFoundError('NEED.OFFERER_NOT_FOUND', `partner ${id} is not registered`, { offererKind: kind, offererId: id });
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
  if (!agreement || agreement.status === 'none') throw notFoundError('NEED.AGREEMENT_NOT_FOUND', `agreement ${agreementId} does not exist`, { agreementId });
  if (agreement.partnerId !== offerer.id) {
    throw illegalStateAt('NEED.AGREEMENT_OTHER_PARTNER', 'agreementId', `agreement ${agreementId} is not partner ${offerer.id}'s`, {
      agreementId,
      partnerId: offerer.id,
    });
  }
  if (!agreementCoversDates(agreement, need.from, need.to)) {
    throw illegalStateAt('NEED.AGREEMENT_NOT_IN_FORCE', 'agreementId', `agreement ${agreementId} is not in force from ${need.from} to ${need.to}`, {
      agreementId,
      from: need.from,
      to: need.to,
    });
  }
}

/** The group is not booked by another match on any day of the need (a released booking frees its days). */
export function requireGroupFree(need: RaisedNeed, matchId: string, groupId: string, bookings: readonly LookedUpGroupBooking[]): void {
  const clash = bookings.find((booking) => !booking.released && booking.matchId !== matchId && bookingsOverlap(booking, need));
  if (clash) {
    throw illegalStateAt('NEED.GROUP_ALREADY_BOOKED', 'matchId', `group ${groupId} is booked from ${clash.from} to ${clash.to}`, {
      groupId,
      bookedFrom: clash.from,
      bookedTo: clash.to,
      bookedForNeedId: clash.needId,
    });
  }
}
