/**
 * Dates are `YYYY-MM-DD`; instants are ISO date-times with a zone. Pure checks, shared by every
 * context's deciders (which refuse commands with them), the read side (which filters with them)
 * and the message schemas (which check the shape only: stored history stays readable).
 */

/** The shape of a date, without checking that the day exists. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The shape of an instant with its offset, without checking that the day exists. */
export const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(value: string): boolean {
  const time = ISO_DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A calendar date `YYYY-MM-DD` (2025-02-30 is not one). */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && isCalendarDate(value);

/** An ISO date-time with a zone (`2025-07-01T08:30:00+07:00`). */
export const isIsoDateTime = (value: unknown): value is string =>
  typeof value === 'string' && ISO_DATETIME.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
