import { FORMULA_ERROR_CODES } from '../engine/formula-check';

/**
 * The refusals of plan indicator definitions (the formula's own faults are FORMULA_ERROR_CODES).
 * Blank ids never reach a decider (the input grammar refuses them), so only meaning is coded here.
 */
export const INDICATOR_DEFINITION_ERROR_CODES = [
  // The id of a programme indicator (k1…k5-joint-activities, in any case): those are the programme's, not events.
  'INDICATOR.ID_RESERVED',
  'INDICATOR.ALREADY_EXISTS',
  'INDICATOR.NOT_FOUND',
  // A retired indicator is final: it is not revised (retiring it again records nothing).
  'INDICATOR.RETIRED',
  // A code, a name, the unit word or a reason left blank (the field says which).
  'INDICATOR.TEXT_REQUIRED',
  // Targets: a whole year from 2000 to 2100, a value of 0 or more, at-least or at-most, one target a year.
  'INDICATOR.TARGET_YEAR_INVALID',
  'INDICATOR.TARGET_VALUE_INVALID',
  'INDICATOR.TARGET_DIRECTION_UNKNOWN',
  'INDICATOR.TARGET_YEAR_DUPLICATE',
] as const;

export const INDICATOR_ERROR_CODES = [...INDICATOR_DEFINITION_ERROR_CODES, ...FORMULA_ERROR_CODES] as const;
