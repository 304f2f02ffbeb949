import type { IndicatorDefinition } from '@tn/reporting-contracts';
import { type EvaluationContext, type EvaluationInputs, evaluationContextOf, type IndicatorQuery } from './evaluation-context';
import { computeFormula } from './formulas';
import { progressTowards, targetFor } from './targets';

/** One indicator's value for a unit's subtree, a period and a structure date, naming the definition version it came from. */
export interface IndicatorValue {
  indicatorId: string;
  version: number;
  unitId: string;
  period: string;
  structureDate: string;
  /** The day stocks were counted on: the period's last day, or the query's `today` while the period is under way. */
  stocksOn: string;
  /** Null when it cannot be computed (a ratio over nothing, a coverage of no units). */
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** The target for the period's year, else the next milestone after it. */
  target?: { year: number; value: number };
  /** 1 = target met. At-least: value / target (more when exceeded). At-most: 1 within the ceiling, target / value over it (see `progressTowards`). */
  progress?: number;
  /** Coverage: the units it ranged over. */
  unitsCounted?: number;
}

/** Evaluates one definition in a context built for its query (several definitions share one: see `evaluateIndicators`). */
export function evaluateInContext(definition: IndicatorDefinition, context: EvaluationContext): IndicatorValue {
  const result = computeFormula(definition.formula, context);
  const target = targetFor(definition.targets, context.period.year);
  const progress = progressTowards(result.value, target);
  return {
    indicatorId: definition.indicatorId,
    version: definition.version,
    unitId: context.query.rootUnitId,
    period: context.period.key,
    structureDate: context.query.structureDate,
    stocksOn: context.stocksOn,
    value: result.value,
    ...(result.numerator === undefined ? {} : { numerator: result.numerator }),
    ...(result.denominator === undefined ? {} : { denominator: result.denominator }),
    ...(target === undefined ? {} : { target: { year: target.year, value: target.value } }),
    ...(progress === undefined ? {} : { progress }),
    ...(result.unitsCounted === undefined ? {} : { unitsCounted: result.unitsCounted }),
  };
}

/** An indicator's value for the query. Throws InvalidPeriodKeyError for a key that names no period. */
export const evaluateIndicator = (definition: IndicatorDefinition, query: IndicatorQuery, inputs: EvaluationInputs): IndicatorValue =>
  evaluateInContext(definition, evaluationContextOf(query, inputs));

/** Several indicators for one query, sharing attribution and the measures they have in common. */
export function evaluateIndicators(definitions: readonly IndicatorDefinition[], query: IndicatorQuery, inputs: EvaluationInputs): IndicatorValue[] {
  const context = evaluationContextOf(query, inputs);
  return definitions.map((definition) => evaluateInContext(definition, context));
}
