import { type IndicatorDefinition, periodKey } from '@tn/reporting-contracts';
import { evaluateIndicators, type EvaluationInputs, type IndicatorValue } from '../engine';

/** One unit's value of an indicator in the review's year, against its target. */
export interface ReviewUnitValue {
  unitId: string;
  value: number | null;
  target: number | null;
  reached: boolean | null;
}

/** One indicator of a programme review: the unit's trend, its value and target in the review's year, and the units below. */
export interface ReviewIndicatorRow {
  indicatorId: string;
  version: number;
  definition: IndicatorDefinition;
  trend: { year: number; value: number | null }[];
  value: number | null;
  target: number | null;
  direction: 'at-least' | 'at-most' | null;
  progress: number | null;
  reached: boolean | null;
  units: ReviewUnitValue[];
  /** The units below whose value misses their target. */
  behindTarget: string[];
}

/** The years from the programme's start to the review's, each once. */
export const reviewYears = (fromYear: number, year: number): number[] =>
  Array.from({ length: Math.max(0, year - fromYear + 1) }, (_, index) => fromYear + index);

/** Whether a value meets its target in the target's direction; null without either. */
function reachedOf(value: IndicatorValue, definition: IndicatorDefinition): { direction: 'at-least' | 'at-most' | null; reached: boolean | null } {
  const target = value.target;
  if (!target) return { direction: null, reached: null };
  const direction = definition.targets.find((candidate) => candidate.year === target.year)?.direction ?? 'at-least';
  if (value.value === null) return { direction, reached: null };
  return { direction, reached: direction === 'at-most' ? value.value <= target.value : value.value >= target.value };
}

/**
 * A programme review (mid-term 2025, final 2030) of a unit, from the engine: each indicator's
 * value for every year from `fromYear` to `year` (restated to the structure date's hierarchy),
 * its target and progress in `year`, and each unit below (`units`: the direct children or a
 * level's) with its value in `year` and whether it reached its target.
 */
export function programmeReviewOf(
  definitions: readonly IndicatorDefinition[],
  ask: { unitId: string; year: number; fromYear: number; structureDate: string; today: string },
  units: readonly string[],
  inputs: EvaluationInputs,
): ReviewIndicatorRow[] {
  const { unitId, year, fromYear, structureDate, today } = ask;
  const period = periodKey('year', year);
  const valuesOf = (rootUnitId: string, key: string) => evaluateIndicators(definitions, { rootUnitId, period: key, structureDate, today }, inputs);
  const trend = reviewYears(fromYear, year).map((trendYear) => ({ year: trendYear, values: valuesOf(unitId, periodKey('year', trendYear)) }));
  const own = valuesOf(unitId, period);
  const below = units.map((child) => ({ unitId: child, values: valuesOf(child, period) }));
  return definitions.map((definition, index) => {
    const value = own[index] as IndicatorValue;
    const unitValues = below.map((unit) => {
      const childValue = unit.values[index] as IndicatorValue;
      return { unitId: unit.unitId, value: childValue.value, target: childValue.target?.value ?? null, reached: reachedOf(childValue, definition).reached };
    });
    return {
      indicatorId: definition.indicatorId,
      version: definition.version,
      definition,
      trend: trend.map((entry) => ({ year: entry.year, value: (entry.values[index] as IndicatorValue).value })),
      value: value.value,
      target: value.target?.value ?? null,
      progress: value.progress ?? null,
      ...reachedOf(value, definition),
      units: unitValues,
      behindTarget: unitValues.filter((unit) => unit.reached === false).map((unit) => unit.unitId),
    };
  });
}
