/**
 * Dates are `YYYY-MM-DD`; instants are ISO date-times with a zone. Pure checks, shared by the
 * domain (which refuses commands with them) and the read side (which filters with them).
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(value: string): boolean {
  const time = ISO_DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A calendar date `YYYY-MM-DD` (2025-02-30 is not one). */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && isCalendarDate(value);

/** An ISO date-time with a zone (`2025-07-01T08:30:00+07:00`). */
export const isIsoDateTime = (value: unknown): value is string =>
  typeof value === 'string' && ISO_DATETIME.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
