import { isDeclaredValueKey } from '../declared/declared-value-keys';
import { FLOW_FACT_KINDS } from './definition.types';
import { FLOW_AGGREGATES, FORMULA_KINDS, GROUP_STATES, MEASURE_SOURCES, SUMMABLE_FLOW_KINDS, UNIT_FLAGS } from './formula-vocabulary';

/**
 * The faults a formula can have, each named so the person writing a plan indicator reads what
 * to fix. The field says where (`formula.numerator.kinds.1`).
 */
export const FORMULA_ERROR_CODES = [
  // Not an object where a part is expected, or a field of the wrong type (a flag not true/false, a factor not a number).
  'FORMULA.INVALID',
  // A field the part does not have (nothing unknown is stored with a definition).
  'FORMULA.FIELD_UNKNOWN',
  'FORMULA.KIND_UNKNOWN',
  'FORMULA.SOURCE_UNKNOWN',
  // A flows measure counts at least one kind of fact.
  'FORMULA.KINDS_REQUIRED',
  'FORMULA.FLOW_KIND_UNKNOWN',
  'FORMULA.AGGREGATE_UNKNOWN',
  // `quantity` sums outputs and resources only: an activity or a campaign has no quantity.
  'FORMULA.QUANTITY_NOT_SUMMABLE',
  'FORMULA.GROUP_STATE_UNKNOWN',
  'FORMULA.DECLARED_KEY_UNKNOWN',
  // A filter list (domains, initiators, measures, level labels, organisations, qualification kinds): one value or more, none blank.
  'FORMULA.FILTER_VALUES_INVALID',
  'FORMULA.FACTOR_NOT_POSITIVE',
  'FORMULA.AT_LEAST_NEGATIVE',
] as const;
export type FormulaErrorCode = (typeof FORMULA_ERROR_CODES)[number];

export interface FormulaProblem {
  code: FormulaErrorCode;
  /** The path of the field at fault, from the formula's own name (`formula` unless told). */
  field: string;
  /** In English, for logs and schema checks; the gateway says it in the user's language by the code. */
  message: string;
  details: Record<string, unknown>;
}

type Part = Record<string, unknown>;

class FormulaFault extends Error {
  constructor(readonly problem: FormulaProblem) {
    super(problem.message);
  }
}

const fault = (code: FormulaErrorCode, field: string, message: string, details: Record<string, unknown> = {}) =>
  new FormulaFault({ code, field, message, details });

function partAt(value: unknown, field: string): Part {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fault('FORMULA.INVALID', field, 'must be an object', { expected: 'object' });
  return value as Part;
}

function onlyFields(part: Part, allowed: readonly string[], field: string): void {
  const unknown = Object.keys(part).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw fault('FORMULA.FIELD_UNKNOWN', `${field}.${unknown}`, `is not a field here (${allowed.join(', ')})`, { allowed });
}

function oneOf(value: unknown, allowed: readonly string[], code: FormulaErrorCode, field: string): void {
  if (!allowed.includes(value as string)) throw fault(code, field, `must be one of ${allowed.join(', ')}`, { allowed });
}

function booleanAt(value: unknown, field: string): void {
  if (typeof value !== 'boolean') throw fault('FORMULA.INVALID', field, 'must be true or false', { expected: 'boolean' });
}

function optionalBoolean(value: unknown, field: string): void {
  if (value !== undefined) booleanAt(value, field);
}

function numberAt(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw fault('FORMULA.INVALID', field, 'must be a number', { expected: 'number' });
  return value;
}

/** An optional list of values to match: when given, one or more non-blank texts. */
function optionalValues(value: unknown, field: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== 'string' || !item.trim())) {
    throw fault('FORMULA.FILTER_VALUES_INVALID', field, 'must list one value or more, none blank');
  }
}

function checkUnitFilter(value: unknown, field: string): void {
  const filter = partAt(value, field);
  onlyFields(filter, ['levelLabels', 'organisations', 'flags'], field);
  optionalValues(filter['levelLabels'], `${field}.levelLabels`);
  optionalValues(filter['organisations'], `${field}.organisations`);
  if (filter['flags'] === undefined) return;
  const flags = partAt(filter['flags'], `${field}.flags`);
  onlyFields(flags, UNIT_FLAGS, `${field}.flags`);
  for (const flag of UNIT_FLAGS) optionalBoolean(flags[flag], `${field}.flags.${flag}`);
}

function checkFlowFilter(value: unknown, field: string): void {
  const filter = partAt(value, field);
  onlyFields(filter, ['domains', 'initiators', 'namesModel', 'modelTrained', 'measures', 'units'], field);
  optionalValues(filter['domains'], `${field}.domains`);
  optionalValues(filter['initiators'], `${field}.initiators`);
  optionalBoolean(filter['namesModel'], `${field}.namesModel`);
  optionalBoolean(filter['modelTrained'], `${field}.modelTrained`);
  optionalValues(filter['measures'], `${field}.measures`);
  if (filter['units'] !== undefined) checkUnitFilter(filter['units'], `${field}.units`);
}

function checkFlows(measure: Part, field: string): void {
  onlyFields(measure, ['source', 'kinds', 'filter', 'aggregate'], field);
  const kinds = measure['kinds'];
  if (!Array.isArray(kinds) || kinds.length === 0) throw fault('FORMULA.KINDS_REQUIRED', `${field}.kinds`, 'must name one kind of fact or more');
  kinds.forEach((kind, index) => oneOf(kind, FLOW_FACT_KINDS, 'FORMULA.FLOW_KIND_UNKNOWN', `${field}.kinds.${index}`));
  oneOf(measure['aggregate'], FLOW_AGGREGATES, 'FORMULA.AGGREGATE_UNKNOWN', `${field}.aggregate`);
  const unsummable = kinds.find((kind) => !(SUMMABLE_FLOW_KINDS as readonly string[]).includes(kind as string));
  if (measure['aggregate'] === 'quantity' && unsummable !== undefined) {
    throw fault('FORMULA.QUANTITY_NOT_SUMMABLE', `${field}.aggregate`, `${String(unsummable)} has no quantity to sum`, {
      kind: unsummable,
      summable: SUMMABLE_FLOW_KINDS,
    });
  }
  if (measure['filter'] !== undefined) checkFlowFilter(measure['filter'], `${field}.filter`);
}

function checkMeasure(value: unknown, field: string): void {
  const measure = partAt(value, field);
  oneOf(measure['source'], MEASURE_SOURCES, 'FORMULA.SOURCE_UNKNOWN', `${field}.source`);
  switch (measure['source']) {
    case 'flows':
      return checkFlows(measure, field);
    case 'units':
      onlyFields(measure, ['source', 'filter'], field);
      if (measure['filter'] !== undefined) checkUnitFilter(measure['filter'], `${field}.filter`);
      return;
    case 'cadres':
      onlyFields(measure, ['source', 'qualified', 'kindIds'], field);
      booleanAt(measure['qualified'], `${field}.qualified`);
      optionalValues(measure['kindIds'], `${field}.kindIds`);
      return;
    case 'groups':
      onlyFields(measure, ['source', 'state'], field);
      oneOf(measure['state'], GROUP_STATES, 'FORMULA.GROUP_STATE_UNKNOWN', `${field}.state`);
      return;
    case 'partners':
      onlyFields(measure, ['source'], field);
      return;
    case 'declared':
      onlyFields(measure, ['source', 'key'], field);
      if (!isDeclaredValueKey(measure['key'])) throw fault('FORMULA.DECLARED_KEY_UNKNOWN', `${field}.key`, 'is not a key units declare');
      return;
  }
}

function checkFactor(value: unknown, field: string): void {
  if (numberAt(value, field) <= 0) throw fault('FORMULA.FACTOR_NOT_POSITIVE', field, 'must be more than 0 (100 for a percentage)');
}

function checkParts(formula: Part, field: string): void {
  oneOf(formula['kind'], FORMULA_KINDS, 'FORMULA.KIND_UNKNOWN', `${field}.kind`);
  switch (formula['kind']) {
    case 'count':
      onlyFields(formula, ['kind', 'measure'], field);
      return checkMeasure(formula['measure'], `${field}.measure`);
    case 'ratio':
      onlyFields(formula, ['kind', 'numerator', 'denominator', 'factor'], field);
      checkMeasure(formula['numerator'], `${field}.numerator`);
      checkMeasure(formula['denominator'], `${field}.denominator`);
      return checkFactor(formula['factor'], `${field}.factor`);
    case 'coverage':
      onlyFields(formula, ['kind', 'units', 'condition', 'atLeast', 'factor'], field);
      checkUnitFilter(formula['units'], `${field}.units`);
      checkMeasure(formula['condition'], `${field}.condition`);
      if (numberAt(formula['atLeast'], `${field}.atLeast`) < 0) throw fault('FORMULA.AT_LEAST_NEGATIVE', `${field}.atLeast`, 'must be 0 or more');
      return checkFactor(formula['factor'], `${field}.factor`);
  }
}

/**
 * The first fault of a formula (definition.types.ts), or undefined when it is one the engine can
 * evaluate. Nested data is checked here, in one pass, rather than by class-validator's nesting:
 * the decider refuses a definition with the fault's own code, and the events' schema takes only
 * formulas this function passes.
 */
export function checkFormula(formula: unknown, field = 'formula'): FormulaProblem | undefined {
  try {
    checkParts(partAt(formula, field), field);
    return undefined;
  } catch (error) {
    if (error instanceof FormulaFault) return error.problem;
    throw error;
  }
}
