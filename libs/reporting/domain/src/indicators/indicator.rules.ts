import { checkFormula, type Formula, isProgrammeIndicatorId, type Target, TARGET_DIRECTIONS } from '@tn/reporting-contracts';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import { requiredText } from '../common/act';
import type { IndicatorContent, IndicatorState, DefinedIndicator } from './indicator.types';

/** Milestone years a target may name: the programme runs to 2030, plans a little beyond. */
const FIRST_TARGET_YEAR = 2000;
const LAST_TARGET_YEAR = 2100;

/** A plan indicator may not take a programme indicator's id (in any case): an id names one definition. */
export function requireFreeId(indicatorId: string): void {
  if (isProgrammeIndicatorId(indicatorId)) {
    throw validationError('INDICATOR.ID_RESERVED', 'indicatorId', `${indicatorId} is a programme indicator's id`, { indicatorId });
  }
}

export function requireIndicator(state: IndicatorState, indicatorId: string): DefinedIndicator {
  if (state.status === 'none' || !state.content) throw notFoundError('INDICATOR.NOT_FOUND', `indicator ${indicatorId} does not exist`, { indicatorId });
  return state as DefinedIndicator;
}

/** A retired indicator is final: it is not revised. */
export function requireActiveIndicator(state: IndicatorState, indicatorId: string): DefinedIndicator {
  const indicator = requireIndicator(state, indicatorId);
  if (indicator.status === 'retired') throw illegalStateError('INDICATOR.RETIRED', `indicator ${indicatorId} is retired`, { indicatorId });
  return indicator;
}

/** The formula as written, once checkFormula finds no fault in it (the fault's own code otherwise). */
export function requireFormula(formula: unknown): Formula {
  const problem = checkFormula(formula);
  if (problem) throw validationError(problem.code, problem.field, `${problem.field} ${problem.message}`, problem.details);
  return formula as Formula;
}

function checkedTarget(target: Target, index: number): Target {
  const field = `targets.${index}`;
  const { year, value, direction } = target;
  if (!Number.isInteger(year) || year < FIRST_TARGET_YEAR || year > LAST_TARGET_YEAR) {
    throw validationError('INDICATOR.TARGET_YEAR_INVALID', `${field}.year`, `must be a year from ${FIRST_TARGET_YEAR} to ${LAST_TARGET_YEAR}`, { year });
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw validationError('INDICATOR.TARGET_VALUE_INVALID', `${field}.value`, 'must be a number of 0 or more', { value });
  }
  if (direction !== undefined && !(TARGET_DIRECTIONS as readonly string[]).includes(direction)) {
    throw validationError('INDICATOR.TARGET_DIRECTION_UNKNOWN', `${field}.direction`, `must be one of ${TARGET_DIRECTIONS.join(', ')}`, {
      allowed: TARGET_DIRECTIONS,
    });
  }
  return { year, value, ...(direction !== undefined ? { direction } : {}) };
}

/** Targets checked one by one, one a year, in the order of their years. */
export function requireTargets(targets: readonly Target[]): Target[] {
  const checked = targets.map(checkedTarget);
  checked.forEach(({ year }, index) => {
    if (checked.findIndex((other) => other.year === year) !== index) {
      throw validationError('INDICATOR.TARGET_YEAR_DUPLICATE', `targets.${index}.year`, `${year} has a target already`, { year });
    }
  });
  return checked.sort((a, b) => a.year - b.year);
}

/** Everything a definition says, checked and trimmed. */
export function requireContent(content: IndicatorContent): IndicatorContent {
  return {
    code: requiredText(content.code, 'INDICATOR.TEXT_REQUIRED', 'code', 'a code'),
    nameVi: requiredText(content.nameVi, 'INDICATOR.TEXT_REQUIRED', 'nameVi', 'a Vietnamese name'),
    nameEn: requiredText(content.nameEn, 'INDICATOR.TEXT_REQUIRED', 'nameEn', 'an English name'),
    formula: requireFormula(content.formula),
    unit: requiredText(content.unit, 'INDICATOR.TEXT_REQUIRED', 'unit', 'a unit'),
    targets: requireTargets(content.targets),
  };
}
