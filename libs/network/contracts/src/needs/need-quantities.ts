import type { NeedMatchStatus } from './need-vocabulary';

/**
 * A need's quantity arithmetic, shared by the decider (which refuses an over-commitment and
 * decides when a need is fulfilled) and the read models (which show what is still lacking), so
 * what is shown and what is decided cannot differ.
 */

/** What the arithmetic reads of a match. */
export interface QuantifiedMatch {
  status: NeedMatchStatus;
  quantity: number;
  /** Once fulfilled: what it delivered (at most its quantity). */
  deliveredQuantity?: number;
}

export interface NeedQuantities {
  /** What the need asks for. */
  requested: number;
  /** Offered by matches not decided yet. */
  proposed: number;
  /**
   * Promised: the quantity of every accepted match, and what each fulfilled match delivered (a
   * match that delivered less than it promised no longer holds the rest, which another may offer).
   * Declined and released matches promise nothing.
   */
  committed: number;
  /** Delivered by fulfilled matches. */
  delivered: number;
  /** Still to be found: requested less committed (never below 0). */
  outstanding: number;
}

/** Quantities of items (kilograms, litres) may be fractions: sums are compared with this slack. */
const TOLERANCE = 1e-9;

/** Whether `amount` is above `limit`, a rounding error aside. */
export const quantityExceeds = (amount: number, limit: number): boolean => amount - limit > TOLERANCE;

/** Whether `amount` reaches `target`, a rounding error aside. */
export const quantityReaches = (amount: number, target: number): boolean => !quantityExceeds(target, amount);

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** What a match commits: its quantity while accepted, what it delivered once fulfilled, else nothing. */
export function committedBy(match: QuantifiedMatch): number {
  if (match.status === 'accepted') return match.quantity;
  if (match.status === 'fulfilled') return match.deliveredQuantity ?? 0;
  return 0;
}

export function needQuantities(matches: readonly QuantifiedMatch[], requested: number): NeedQuantities {
  const proposed = sum(matches.filter((match) => match.status === 'proposed').map((match) => match.quantity));
  const committed = sum(matches.map(committedBy));
  const delivered = sum(matches.filter((match) => match.status === 'fulfilled').map((match) => match.deliveredQuantity ?? 0));
  const outstanding = quantityReaches(committed, requested) ? 0 : requested - committed;
  return { requested, proposed, committed, delivered, outstanding };
}
