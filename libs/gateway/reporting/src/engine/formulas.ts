import type { Formula } from '@tn/reporting-contracts';
import { versionAsOf } from '@tn/shared-unit-hierarchy';
import type { EvaluationContext } from './evaluation-context';
import { tallyOf } from './measures';
import { unitPasses } from './unit-filter';

/** A formula's result for the query's subtree: no value when a ratio's denominator or a coverage's units are none. */
export interface FormulaResult {
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** Coverage: the units it ranged over. */
  unitsCounted?: number;
}

/** Units of the subtree active on the structure date whose profile then passes the filter. */
function coveredUnitsOf(formula: Extract<Formula, { kind: 'coverage' }>, context: EvaluationContext): string[] {
  const { hierarchy } = context.inputs;
  return context.subtree.filter((unitId) => {
    const version = versionAsOf(hierarchy.units[unitId], context.query.structureDate);
    return version?.status === 'active' && unitPasses(version.profile, formula.units);
  });
}

export function computeFormula(formula: Formula, context: EvaluationContext): FormulaResult {
  switch (formula.kind) {
    case 'count':
      return { value: tallyOf(formula.measure, context).totalOver(context.subtree) };
    case 'ratio': {
      const numerator = tallyOf(formula.numerator, context).totalOver(context.subtree);
      const denominator = tallyOf(formula.denominator, context).totalOver(context.subtree);
      return { value: denominator === 0 ? null : (numerator / denominator) * formula.factor, numerator, denominator };
    }
    case 'coverage': {
      const units = coveredUnitsOf(formula, context);
      const condition = tallyOf(formula.condition, context);
      // A unit's own measure: what it carries itself (its predecessors' history included), not its subtree's.
      const reached = units.filter((unitId) => condition.totalOf(unitId) >= formula.atLeast).length;
      return {
        value: units.length === 0 ? null : (reached / units.length) * formula.factor,
        numerator: reached,
        denominator: units.length,
        unitsCounted: units.length,
      };
    }
  }
}
