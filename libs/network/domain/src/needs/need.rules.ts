import { type NeedKind, skillKeyOf } from '@tn/network-contracts';
import { illegalStateAt, illegalStateError, notFoundError, validationError } from '../common/errors';
import { requireIsoDate, requireText } from '../common/rules';
import type { NeedMatch, NeedState, RaisedNeed } from './need.types';

/**
 * What every need command carries beside its payload: the server's date in Vietnam (acts are
 * dated by it; the decider reads no clock) and the acting user's id, from the envelope
 * (libs/network/write/src/acting.ts).
 */
export interface ActFacts {
  today: string;
  actorId: string;
}

export function requireAct({ today, actorId }: ActFacts): void {
  requireIsoDate(today, 'NEED.DATE_INVALID', 'today');
  requireText(actorId, 'NEED.ACTOR_REQUIRED', 'actorId', 'the acting user');
}

/** A required text, trimmed (descriptions, measures, reasons). */
export function requiredText(value: string, field: string, what: string): string {
  requireText(value, 'NEED.TEXT_REQUIRED', field, what);
  return value.trim();
}

/** An optional text, trimmed; blank counts as absent. */
export const optionalText = (value: string | undefined): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** A quantity above 0; people are counted whole. */
export function requireQuantity(value: number, kind: NeedKind, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (kind === 'people' && !Number.isInteger(value))) {
    throw validationError(
      'NEED.QUANTITY_INVALID',
      field,
      kind === 'people' ? 'a whole number of people above 0 is required' : 'a quantity above 0 is required',
      {
        value,
        kind,
      },
    );
  }
}

/** Skills as free words, trimmed, none blank and none twice (compared as the matching compares them). */
export function requireSkills(skills: readonly string[]): string[] {
  const trimmed = Array.isArray(skills) ? skills.map((skill) => (typeof skill === 'string' ? skill.trim() : '')) : [];
  const keys = trimmed.map(skillKeyOf);
  if (!Array.isArray(skills) || keys.some((key) => !key) || new Set(keys).size !== keys.length) {
    throw validationError('NEED.SKILLS_INVALID', 'skills', 'skills are words, none blank and none twice', { skills });
  }
  return trimmed;
}

/** Two calendar dates, the first no later than the second. */
export function requireDates(from: string, to: string): void {
  requireIsoDate(from, 'NEED.DATES_INVALID', 'from');
  requireIsoDate(to, 'NEED.DATES_INVALID', 'to');
  if (from > to) throw validationError('NEED.DATES_INVALID', 'to', `${to} is before ${from}`, { from, to });
}

export function requireNeed(state: NeedState, needId: string): RaisedNeed {
  if (state.status === 'none') throw notFoundError('NEED.NOT_FOUND', `need ${needId} does not exist`, { needId });
  return state;
}

/** A need still open: no decision on a fulfilled or cancelled one. */
export function requireOpenNeed(state: NeedState, needId: string): RaisedNeed {
  const need = requireNeed(state, needId);
  if (need.status === 'fulfilled') throw illegalStateError('NEED.ALREADY_FULFILLED', `need ${needId} is fulfilled`, { needId });
  if (need.status === 'cancelled') throw illegalStateError('NEED.ALREADY_CANCELLED', `need ${needId} is cancelled`, { needId });
  return need;
}

export function requireMatch(need: RaisedNeed, matchId: string): NeedMatch {
  const match = need.matches.find((candidate) => candidate.matchId === matchId);
  if (!match) throw illegalStateAt('NEED.MATCH_NOT_FOUND', 'matchId', `need ${need.needId} has no match ${matchId}`, { needId: need.needId, matchId });
  return match;
}

/** Decisions in order: a match is accepted or declined while proposed, fulfilled or released while accepted. */
export function requireMatchStatus(match: NeedMatch, status: 'proposed' | 'accepted'): void {
  if (match.status === status) return;
  const code = status === 'proposed' ? 'NEED.MATCH_NOT_PROPOSED' : 'NEED.MATCH_NOT_ACCEPTED';
  throw illegalStateAt(code, 'matchId', `match ${match.matchId} is ${match.status}, not ${status}`, { matchId: match.matchId, status: match.status });
}
