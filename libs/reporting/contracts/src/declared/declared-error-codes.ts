/** The refusals of declared values. Blank ids never reach a decider (the input grammar refuses them), so only meaning is coded here. */
export const DECLARED_VALUE_ERROR_CODES = [
  // Not a period key (Y2025, H2025-1, Q2025-3, M2025-07).
  'DECLARED.PERIOD_INVALID',
  // A period whose first day is after the server's today: nothing was held in it yet.
  'DECLARED.PERIOD_NOT_STARTED',
  'DECLARED.KEY_UNKNOWN',
  // Not a whole number from 0.
  'DECLARED.VALUE_INVALID',
] as const;
