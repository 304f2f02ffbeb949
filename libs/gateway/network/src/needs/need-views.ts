import { needQuantities } from '@tn/network-contracts';
import type { RankedCandidate } from './need-candidates';
import type { NeedMatchDoc, NeedDoc } from './need.read-model';
import type { NeedMatchCandidateView, NeedMatchView, NeedView } from './need.models';

/**
 * A match as the caller reads it. A partner's account (`asPartner`) reads no cadre's account id:
 * who proposed, accepted, declined or fulfilled it is the union's own business.
 */
export function needMatchView(match: NeedMatchDoc, asPartner = false): NeedMatchView {
  const view: NeedMatchView = {
    matchId: match.matchId,
    offererKind: match.offererKind,
    offererId: match.offererId,
    agreementId: match.agreementId ?? null,
    quantity: match.quantity,
    note: match.note ?? null,
    status: match.status,
    proposedBy: match.proposedBy,
    proposedOn: match.proposedOn,
    acceptedBy: match.acceptedBy ?? null,
    acceptedOn: match.acceptedOn ?? null,
    declinedBy: match.declinedBy ?? null,
    declinedOn: match.declinedOn ?? null,
    declineReason: match.declineReason ?? null,
    releasedOn: match.releasedOn ?? null,
    releaseReason: match.releaseReason ?? null,
    deliveredQuantity: match.deliveredQuantity ?? null,
    fulfilledBy: match.fulfilledBy ?? null,
    fulfilledOn: match.fulfilledOn ?? null,
  };
  return asPartner ? { ...view, proposedBy: null, acceptedBy: null, declinedBy: null, fulfilledBy: null } : view;
}

/**
 * The need as the caller reads it. A partner's account (`ownMatchesOf`) sees its own matches
 * only, quantities counted from those alone (nothing of what other offerers give), and no cadre's
 * account id (who raised or cancelled it).
 */
export function needView(doc: NeedDoc, ownMatchesOf?: string): NeedView {
  const asPartner = ownMatchesOf !== undefined;
  const matches = asPartner ? doc.matches.filter((match) => match.offererKind === 'partner' && match.offererId === ownMatchesOf) : doc.matches;
  return {
    id: doc.needId,
    unitId: doc.unitId,
    source: doc.source,
    activityId: doc.activityId ?? null,
    kind: doc.kind,
    description: doc.description,
    skills: doc.skills,
    fields: doc.fields,
    quantity: doc.quantity,
    measure: doc.measure,
    placeUnitId: doc.placeUnitId,
    from: doc.from,
    to: doc.to,
    priority: doc.priority,
    status: doc.status,
    matches: matches.map((match) => needMatchView(match, asPartner)),
    quantities: asPartner ? needQuantities(matches, doc.quantity) : doc.quantities,
    raisedBy: asPartner ? null : doc.raisedBy,
    raisedOn: doc.raisedOn,
    fulfilledOn: doc.fulfilledOn ?? null,
    cancelledBy: asPartner ? null : (doc.cancelledBy ?? null),
    cancelledOn: doc.cancelledOn ?? null,
    cancelReason: doc.cancelReason ?? null,
  };
}

export function candidateView(candidate: RankedCandidate, name: string | undefined): NeedMatchCandidateView {
  return {
    kind: candidate.kind,
    candidateId: candidate.candidateId,
    name: name ?? candidate.name ?? null,
    agreementId: candidate.agreementId ?? null,
    score: candidate.score.score,
    reasons: candidate.score.reasons.map((reason) => ({
      code: reason.kind,
      unitId: reason.unitId ?? null,
      matched: reason.matched ?? null,
      from: reason.from ?? null,
      to: reason.to ?? null,
    })),
    areaUnitIds: candidate.areaUnitIds,
    fields: candidate.fields,
  };
}
