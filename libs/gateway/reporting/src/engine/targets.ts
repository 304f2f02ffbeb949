import type { Target } from '@tn/reporting-contracts';

/** The target a period's value is measured against: its year's own, else the next milestone after it (2025, then 2030). */
export function targetFor(targets: readonly Target[], year: number): Target | undefined {
  const own = targets.find((target) => target.year === year);
  if (own) return own;
  return targets
    .filter((target) => target.year > year)
    .reduce<Target | undefined>((next, target) => (next === undefined || target.year < next.year ? target : next), undefined);
}

/**
 * How far the value stands towards the target, 1 meaning met; undefined without a value or a target.
 * - `at-least` (the default): value / target (above 1 when exceeded); undefined for a zero target
 *   (anything meets it, and a share of zero means nothing).
 * - `at-most` (a ceiling): 1 while the value is within it; over it, target / value, so below 1 means
 *   over the limit (twice the maximum: 0.5; any value against a ceiling of 0: 0). Never above 1:
 *   staying further under a ceiling does not meet it "more".
 */
export function progressTowards(value: number | null, target: Target | undefined): number | undefined {
  if (value === null || target === undefined) return undefined;
  if (target.direction === 'at-most') return value <= target.value ? 1 : target.value / value;
  return target.value === 0 ? undefined : value / target.value;
}
