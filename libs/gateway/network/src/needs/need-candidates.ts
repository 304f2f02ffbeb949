import {
  agreementCoversDates,
  type CandidateScore,
  groupStatusOn,
  type MatchingCandidate,
  type MatchingNeed,
  rankCandidates,
  scoreCandidate,
} from '@tn/network-contracts';
import type { MatchCandidateDoc } from './match-candidate.read-model';
import type { NeedDoc } from './need.read-model';

/** A candidate for a need, scored: a group, or a partner under its best agreement for the need. */
export interface RankedCandidate {
  kind: 'group' | 'partner';
  candidateId: string;
  /** A group's name (a partner's is read from the partners area). */
  name?: string;
  agreementId?: string;
  areaUnitIds: string[];
  fields: string[];
  score: CandidateScore;
}

export const matchingNeedOf = (need: NeedDoc, placeLineage: readonly string[]): MatchingNeed => ({
  kind: need.kind,
  skills: need.skills,
  fields: need.fields,
  placeLineage,
  from: need.from,
  to: need.to,
});

/** The candidate as the score reads it: a group active today, a partner's agreement in force over the need's dates. */
export function matchingCandidateOf(doc: MatchCandidateDoc, need: NeedDoc, today: string): MatchingCandidate {
  const { kind, offers, skills, fields, areaUnitIds } = doc;
  if (doc.kind === 'group') {
    return { kind, offers, skills, fields, areaUnitIds, active: groupStatusOn(doc.statusInputs, today) === 'active', bookings: doc.bookings };
  }
  return { kind, offers, skills, fields, areaUnitIds, active: agreementCoversDates(doc.validity, need.from, need.to), bookings: [] };
}

/** Offerers with an offer on the need still open (proposed or accepted): they are matched already. */
const liveOfferersOf = (need: NeedDoc) =>
  new Set(need.matches.filter((match) => match.status === 'proposed' || match.status === 'accepted').map((match) => `${match.offererKind}:${match.offererId}`));

/**
 * The need's candidates, best first, at most `first`: each document read for the units of the
 * place's lineage scored once (a group serving both the commune and its province is read twice),
 * those already offering left out, and a partner with several agreements listed once, under its
 * best one. Ties go by kind and id, so a ranking is stable.
 */
export function rankedCandidatesOf(
  need: NeedDoc,
  placeLineage: readonly string[],
  docs: readonly (MatchCandidateDoc & { _id: string })[],
  today: string,
  first: number,
): RankedCandidate[] {
  const matchingNeed = matchingNeedOf(need, placeLineage);
  const offering = liveOfferersOf(need);
  const seen = new Set<string>();
  const scored: (RankedCandidate & { id: string })[] = [];
  for (const doc of docs) {
    if (seen.has(doc._id) || offering.has(`${doc.kind}:${doc.candidateId}`)) continue;
    seen.add(doc._id);
    const candidate: RankedCandidate & { id: string } = {
      id: `${doc.kind}:${doc.candidateId}:${doc._id}`,
      kind: doc.kind,
      candidateId: doc.candidateId,
      areaUnitIds: doc.areaUnitIds,
      fields: doc.fields,
      score: scoreCandidate(matchingNeed, matchingCandidateOf(doc, need, today)),
      ...(doc.kind === 'group' ? { name: doc.name } : { agreementId: doc.agreementId }),
    };
    scored.push(candidate);
  }
  const listed = new Set<string>();
  return rankCandidates(scored, scored.length)
    .filter((candidate) => {
      const key = `${candidate.kind}:${candidate.candidateId}`;
      if (listed.has(key)) return false;
      listed.add(key);
      return true;
    })
    .slice(0, Math.max(0, first))
    .map(({ id: _id, ...candidate }) => candidate);
}
