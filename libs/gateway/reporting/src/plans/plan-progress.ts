import { type IndicatorDefinition, targetsForLevel } from '@tn/reporting-contracts';
import { versionAsOf } from '@tn/shared-unit-hierarchy';
import { evaluateIndicators, type EvaluationInputs, type IndicatorValue } from '../engine';
import type { PlanIndicatorDoc } from './plan.read-model';

/** One plan indicator's value for one unit, against the plan's target for that unit. */
export interface PlanProgressRow {
  planId: string;
  indicatorId: string;
  /** The definition version the value came from. */
  version: number;
  code: string;
  nameVi: string;
  nameEn: string;
  unitId: string;
  /** The unit's level on the structure date (which of the plan's targets applies to it). */
  levelLabel: string | null;
  period: string;
  structureDate: string;
  /** The day stocks were counted: the period's last day, or today for a period under way. */
  stocksOn: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  targetYear: number | null;
  direction: 'at-least' | 'at-most' | null;
  progress: number | null;
  /** Whether the value meets the target in its direction; null without a value or a target. */
  reached: boolean | null;
}

function rowOf(planId: string, value: IndicatorValue, levelLabel: string | undefined, definition: IndicatorDefinition): PlanProgressRow {
  const target = value.target;
  const direction = target ? (definition.targets.find((candidate) => candidate.year === target.year)?.direction ?? 'at-least') : null;
  const reached = value.value === null || !target ? null : direction === 'at-most' ? value.value <= target.value : value.value >= target.value;
  return {
    planId,
    indicatorId: value.indicatorId,
    version: value.version,
    code: definition.code,
    nameVi: definition.nameVi,
    nameEn: definition.nameEn,
    unitId: value.unitId,
    levelLabel: levelLabel ?? null,
    period: value.period,
    structureDate: value.structureDate,
    stocksOn: value.stocksOn,
    value: value.value,
    numerator: value.numerator ?? null,
    denominator: value.denominator ?? null,
    target: target?.value ?? null,
    targetYear: target?.year ?? null,
    direction,
    progress: value.progress ?? null,
    reached,
  };
}

/**
 * Each plan indicator's value for each unit, from the engine, measured against the plan's target
 * for that unit (its level's, else the owner's subtree target) instead of the indicator's own.
 * `definitions[i]` is the definition of `indicators[i]`; `units` are those `valueUnitsOf` gives.
 */
export function planProgressOf(
  plan: { planId: string; indicators: readonly PlanIndicatorDoc[] },
  definitions: readonly IndicatorDefinition[],
  units: readonly string[],
  query: { period: string; structureDate: string; today: string },
  inputs: EvaluationInputs,
): PlanProgressRow[] {
  return units.flatMap((unitId) => {
    const levelLabel = versionAsOf(inputs.hierarchy.units[unitId], query.structureDate)?.profile.levelLabel;
    const measured = definitions.map((definition, index) => ({ ...definition, targets: targetsForLevel(plan.indicators[index]?.targets ?? [], levelLabel) }));
    const values = evaluateIndicators(measured, { rootUnitId: unitId, ...query }, inputs);
    return measured.map((definition, index) => rowOf(plan.planId, values[index] as IndicatorValue, levelLabel, definition));
  });
}
