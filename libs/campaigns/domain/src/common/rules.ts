import type { CampaignsErrorCode } from '@tn/campaigns-contracts';
import { isIsoDate, isIsoDateTime } from '@tn/shared-event-contracts';
import { validationError } from './errors';

/**
 * Checks shared by the campaigns aggregates. Dates are `YYYY-MM-DD`; instants are ISO date-times
 * with a zone. The domain reads no clock: every date here arrived in a command.
 */

/** A calendar date `YYYY-MM-DD` (2025-02-30 is not one). */
export function requireIsoDate(value: string, field: string): void {
  if (!isIsoDate(value)) throw validationError('DATE.INVALID', field, `"${String(value)}" is not a date (YYYY-MM-DD)`, { value });
}

/** An ISO date-time with a zone (`2025-07-01T08:30:00+07:00`). */
export function requireIsoDateTime(value: string, field: string): void {
  if (!isIsoDateTime(value)) throw validationError('DATE.INVALID', field, `"${String(value)}" is not a date-time with a time zone`, { value });
}

/** Milliseconds since the epoch of a checked date-time. */
export const instantOf = (value: string): number => Date.parse(value);

export function requireText(value: string | undefined, code: CampaignsErrorCode, field: string, what: string): void {
  if (typeof value !== 'string' || !value.trim()) throw validationError(code, field, `${what} is required`);
}

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], code: CampaignsErrorCode, field: string): asserts value is T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw validationError(code, field, `"${String(value)}" is not one of ${allowed.join(', ')}`, { value, allowed });
  }
}

/** A whole number ≥ `min` (counts, capacities, ages). */
export function requireWholeNumber(value: number, min: number, code: CampaignsErrorCode, field: string): void {
  if (!Number.isInteger(value) || value < min) throw validationError(code, field, `must be a whole number ≥ ${min}`, { value, min });
}

/** A date range where the end is not before the start. */
export function requirePeriod(startsOn: string, endsOn: string, code: CampaignsErrorCode, prefix = ''): void {
  requireIsoDate(startsOn, `${prefix}startsOn`);
  requireIsoDate(endsOn, `${prefix}endsOn`);
  if (endsOn < startsOn) throw validationError(code, `${prefix}endsOn`, 'the period cannot end before it starts', { startsOn, endsOn });
}

/**
 * A time stated by a device or a person is not later than the moment the command was sent (the
 * envelope's time, given by the server), give or take a phone clock running a little fast.
 */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
export function requireNotAhead(at: string, now: string, code: CampaignsErrorCode, field: string): void {
  if (instantOf(at) > instantOf(now) + CLOCK_SKEW_MS) throw validationError(code, field, `${at} is later than now (${now})`, { at, now });
}

export { illegalStateAt } from './errors';

/** Drop keys whose value is undefined, so events carry no `undefined` optionals. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
