/** Refusals shared by every reporting command: the acting user and the server's time come from the envelope, never the payload. */
export const REPORTING_ACT_ERROR_CODES = ['REPORTING.ACTOR_REQUIRED', 'REPORTING.TIME_INVALID'] as const;
