/** The refusals of a publication of indicator values. Blank ids never reach a decider (the input grammar refuses them), so only meaning is coded here. */
export const PUBLISHED_VALUES_ERROR_CODES = [
  // Not a period key (Y2025, H2025-1, Q2025-3, M2025-07).
  'PUBLISHED.PERIOD_INVALID',
  // A period that has neither ended nor is under way on the server's today (Vietnam): one to come.
  'PUBLISHED.PERIOD_NOT_STARTED',
  // The structure date is not a calendar date (2026-02-30 is not one).
  'PUBLISHED.STRUCTURE_DATE_INVALID',
  // No value at all: a publication says something.
  'PUBLISHED.VALUES_REQUIRED',
  // An indicator listed twice: which of its two values would be the unit's?
  'PUBLISHED.INDICATOR_DUPLICATE',
  // A definition version that is not a whole number from 1.
  'PUBLISHED.VERSION_INVALID',
  // A value, numerator, denominator or target that is not a finite number (null stands for "none").
  'PUBLISHED.NUMBER_INVALID',
] as const;
