import type { RankedCandidate } from './need-candidates';
import type { NeedMatchDoc, NeedDoc } from './need.read-model';
import type { NeedMatchCandidateView, NeedMatchView, NeedView } from './need.models';

export function needMatchView(match: NeedMatchDoc): NeedMatchView {
  return {
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
}

/** The need as the caller reads it: a partner's account sees its own matches only (`ownMatchesOf`). */
export function needView(doc: NeedDoc, ownMatchesOf?: string): NeedView {
  const matches = ownMatchesOf === undefined ? doc.matches : doc.matches.filter((match) => match.offererKind === 'partner' && match.offererId === ownMatchesOf);
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
    matches: matches.map(needMatchView),
    quantities: doc.quantities,
    raisedBy: doc.raisedBy,
    raisedOn: doc.raisedOn,
    fulfilledOn: doc.fulfilledOn ?? null,
    cancelledBy: doc.cancelledBy ?? null,
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
