/**
 * The refusals of a reporting schedule. Blank ids never reach a decider (the input grammar refuses
 * them), so only meaning is coded here; an unknown template or a period it is not written for
 * answers with the report's own codes (REPORT.TEMPLATE_UNKNOWN, REPORT.PERIOD_INVALID).
 */
export const REPORT_SCHEDULE_ERROR_CODES = [
  // A date of the window that is not a calendar date.
  'SCHEDULE.DATE_INVALID',
  // The window's dates out of order: it opens, then falls due, then closes.
  'SCHEDULE.WINDOW_ORDER',
] as const;
