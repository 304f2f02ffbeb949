/**
 * The one weighted score of a capacity assessment, on 0..100 whatever the rubric's scale and
 * weights: each criterion's score is mapped from the scale (min → 0, max → 100) and weighted by
 * its share of the total weight. So a 1..5 rubric and its 0..10 revision, or a period scored on
 * version 1 and the next on version 2, compare on one axis. The decider stores the score it
 * computes here; the gateway and reporting recompute it with the same function.
 */

export interface CapacityScale {
  min: number;
  max: number;
}

/** A criterion's relative weight, as the rubric version states it (any positive number). */
export interface WeightedCriterion {
  criterionId: string;
  weight: number;
}

/** A criterion's score on the rubric's scale, with its weight in that rubric version. */
export interface WeightedScore {
  score: number;
  weight: number;
}

/** Scores are stored with two decimals: enough to rank, without float noise (66.67, not 66.666…). */
const round2 = (value: number): number => Math.round(value * 100) / 100;

function requireScale(scale: CapacityScale): void {
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || scale.max <= scale.min) {
    throw new RangeError(`a scale runs from a lower to a higher number, not ${scale.min}..${scale.max}`);
  }
}

function requireWeights(weights: readonly number[]): number {
  if (weights.length === 0) throw new RangeError('at least one weighted criterion is needed');
  if (weights.some((weight) => !Number.isFinite(weight) || weight <= 0)) throw new RangeError('weights are positive numbers');
  return weights.reduce((sum, weight) => sum + weight, 0);
}

/** Each criterion's share of the total weight (the shares add up to 1). */
export function normalisedWeights(criteria: readonly WeightedCriterion[]): { criterionId: string; share: number }[] {
  const total = requireWeights(criteria.map((criterion) => criterion.weight));
  return criteria.map(({ criterionId, weight }) => ({ criterionId, share: weight / total }));
}

/** One score mapped from the scale onto 0..100 (unrounded; the scale's min is 0, its max 100). */
export function scaledScore(scale: CapacityScale, score: number): number {
  requireScale(scale);
  return ((score - scale.min) / (scale.max - scale.min)) * 100;
}

/**
 * The weighted score on 0..100, two decimals. Scores are expected within the scale (the decider
 * refuses others); the scale and weights must be sound, or a RangeError says why.
 */
export function weightedCapacityScore(scale: CapacityScale, scores: readonly WeightedScore[]): number {
  const total = requireWeights(scores.map((row) => row.weight));
  const weighted = scores.reduce((sum, row) => sum + row.weight * scaledScore(scale, row.score), 0);
  return round2(weighted / total);
}
