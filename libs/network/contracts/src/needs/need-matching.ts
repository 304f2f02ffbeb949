import { type BookedPeriod, bookingsOverlap } from '../groups/group-status';
import type { NeedKind, NeedOffererKind } from './need-vocabulary';

/**
 * The matching score of a candidate (a group, or a partner under an agreement) for a need: pure,
 * so the gateway's ranking and any later check (a report, a notification) score alike.
 *
 * A candidate is eligible only if it serves the need's place (the place itself or one of its
 * ancestors: a group of the province serves its communes), is active, and is not booked on any
 * of the need's dates. Eligible candidates score from 0 to 100: skills the need asks for that
 * the candidate has (35), fields of work in common (30), how near its area is to the place (25:
 * the place itself scores all, each level up 60 % of the level below), and whether it gives the
 * kind of thing asked (10). A need that asks for no skill (or no field) gives that share to all.
 */

/** What the scorer reads of a need. */
export interface MatchingNeed {
  kind: NeedKind;
  skills: readonly string[];
  fields: readonly string[];
  /** The need's place and its ancestors, nearest first (the registry hierarchy on the day of matching). */
  placeLineage: readonly string[];
  from: string;
  to: string;
}

/** What the scorer reads of a candidate. */
export interface MatchingCandidate {
  kind: NeedOffererKind;
  /** What it gives: a group its people; a partner what its agreement commits. */
  offers: readonly NeedKind[];
  skills: readonly string[];
  fields: readonly string[];
  /** Units whose territory it serves. */
  areaUnitIds: readonly string[];
  /** A group active on the day (not dormant, dissolved or unverified); a partner's agreement in force over the need's dates. */
  active: boolean;
  /** Its bookings not released (a group's; a partner has none). */
  bookings: readonly BookedPeriod[];
}

export type MatchReasonCode =
  | 'SERVES_PLACE'
  | 'SERVES_ANCESTOR'
  | 'SKILLS'
  | 'FIELDS'
  | 'OFFERS_KIND'
  // Why a candidate is not eligible:
  | 'OUTSIDE_AREA'
  | 'NOT_ACTIVE'
  | 'BOOKED';

export interface MatchReason {
  kind: MatchReasonCode;
  /** SERVES_PLACE / SERVES_ANCESTOR: the unit of the candidate's area that is on the place's lineage. */
  unitId?: string;
  /** SKILLS / FIELDS: the need's words the candidate has. */
  matched?: string[];
  /** BOOKED: the first booking overlapping the need's dates. */
  from?: string;
  to?: string;
}

export interface CandidateScore {
  eligible: boolean;
  /** 0..100 (0 when not eligible), rounded to a tenth. */
  score: number;
  reasons: MatchReason[];
}

export const MATCH_WEIGHTS = { skills: 35, fields: 30, area: 25, kind: 10 } as const;
/** Each level of the hierarchy between the place and the area served keeps this share of the area weight. */
const AREA_DECAY = 0.6;

/**
 * Skills are free words: compared without case, spacing or Vietnamese diacritics, so
 * "Sơ cứu" and "so cuu" are the same skill.
 */
export function skillKeyOf(skill: string): string {
  return skill
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/** The need's words the candidate has, and their share of the need's words (1 when the need names none). */
function overlap(asked: readonly string[], had: readonly string[], keyOf: (word: string) => string): { matched: string[]; share: number } {
  if (asked.length === 0) return { matched: [], share: 1 };
  const keys = new Set(had.map(keyOf));
  const matched = asked.filter((word) => keys.has(keyOf(word)));
  return { matched, share: matched.length / asked.length };
}

/** The nearest unit of the place's lineage the candidate serves, and how many levels above the place it is. */
function nearestServed(need: MatchingNeed, candidate: MatchingCandidate): { unitId: string; distance: number } | undefined {
  const served = new Set(candidate.areaUnitIds);
  const distance = need.placeLineage.findIndex((unitId) => served.has(unitId));
  const unitId = need.placeLineage[distance];
  return unitId === undefined ? undefined : { unitId, distance };
}

export function scoreCandidate(need: MatchingNeed, candidate: MatchingCandidate): CandidateScore {
  const area = nearestServed(need, candidate);
  const booking = candidate.bookings.find((booking) => bookingsOverlap(booking, need));
  const refusals: MatchReason[] = [
    ...(area ? [] : [{ kind: 'OUTSIDE_AREA' as const }]),
    ...(candidate.active ? [] : [{ kind: 'NOT_ACTIVE' as const }]),
    ...(booking ? [{ kind: 'BOOKED' as const, from: booking.from, to: booking.to }] : []),
  ];
  if (!area || refusals.length > 0) return { eligible: false, score: 0, reasons: refusals };

  const skills = overlap(need.skills, candidate.skills, skillKeyOf);
  const fields = overlap(need.fields, candidate.fields, (field) => field);
  const givesKind = candidate.offers.includes(need.kind);
  const score =
    MATCH_WEIGHTS.skills * skills.share +
    MATCH_WEIGHTS.fields * fields.share +
    MATCH_WEIGHTS.area * AREA_DECAY ** area.distance +
    (givesKind ? MATCH_WEIGHTS.kind : 0);
  const reasons: MatchReason[] = [
    { kind: area.distance === 0 ? 'SERVES_PLACE' : 'SERVES_ANCESTOR', unitId: area.unitId },
    ...(skills.matched.length > 0 ? [{ kind: 'SKILLS' as const, matched: skills.matched }] : []),
    ...(fields.matched.length > 0 ? [{ kind: 'FIELDS' as const, matched: fields.matched }] : []),
    ...(givesKind ? [{ kind: 'OFFERS_KIND' as const }] : []),
  ];
  return { eligible: true, score: Math.round(score * 10) / 10, reasons };
}

/** Eligible candidates best first (ties by id, so a ranking is stable), at most `first`. */
export function rankCandidates<C extends { id: string; score: CandidateScore }>(candidates: readonly C[], first: number): C[] {
  return candidates
    .filter((candidate) => candidate.score.eligible)
    .sort((a, b) => b.score.score - a.score.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, first));
}
