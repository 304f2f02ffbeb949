import type { Target } from '@tn/reporting-contracts';

/** The target a period's value is measured against: its year's own, else the next milestone after it (2025, then 2030). */
export function targetFor(targets: readonly Target[], year: number): Target | undefined {
  const own = targets.find((target) => target.year === year);
  if (own) return own;
  return targets
    .filter((target) => target.year > year)
    .reduce<Target | undefined>((next, target) => (next === undefined || target.year < next.year ? target : next), undefined);
}

/** How far the value has come towards the target (1 = reached): undefined without a value or with a zero target. */
export const progressTowards = (value: number | null, target: Target | undefined): number | undefined =>
  value === null || target === undefined || target.value === 0 ? undefined : value / target.value;
