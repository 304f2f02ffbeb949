import type { Target } from '../engine/definition.types';

/**
 * A plan's target for a year: without `levelLabel`, for the owner's whole subtree ("80% of the
 * province's units"); with it, for each unit of that level ("every commune branch: 100%").
 */
export interface PlanTarget extends Target {
  levelLabel?: string;
}

/**
 * The targets a plan sets for a unit of `levelLabel` (undefined: a unit whose level is unknown),
 * year by year: its level's own target for the year, else the owner's subtree target for it.
 * One target a year, in the order of the years, without level labels: what a unit adopting the
 * plan takes as its own, and what its progress is measured against.
 */
export function targetsForLevel(targets: readonly PlanTarget[], levelLabel: string | undefined): Target[] {
  const years = [...new Set(targets.map((target) => target.year))].sort((a, b) => a - b);
  return years.flatMap((year) => {
    const chosen =
      (levelLabel === undefined ? undefined : targets.find((target) => target.year === year && target.levelLabel === levelLabel)) ??
      targets.find((target) => target.year === year && target.levelLabel === undefined);
    if (!chosen) return [];
    const { value, direction } = chosen;
    return [{ year, value, ...(direction === undefined ? {} : { direction }) }];
  });
}
