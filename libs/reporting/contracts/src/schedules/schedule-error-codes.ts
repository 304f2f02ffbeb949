/** The refusals of a reporting schedule. Blank ids never reach a decider (the input grammar refuses them), so only meaning is coded here. */
export const REPORT_SCHEDULE_ERROR_CODES = [
  // A template the platform does not have.
  'SCHEDULE.TEMPLATE_UNKNOWN',
  // A period the template does not report on (Y2026 for a six-monthly report, Y2027 for the mid-term review).
  'SCHEDULE.PERIOD_INVALID',
  // A date of the window that is not a calendar date.
  'SCHEDULE.DATE_INVALID',
  // The window's dates out of order: it opens, then falls due, then closes.
  'SCHEDULE.WINDOW_ORDER',
] as const;
