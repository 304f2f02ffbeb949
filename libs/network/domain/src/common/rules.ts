import { isIsoDate } from '@tn/shared-event-contracts';
import type { NetworkErrorCode } from '@tn/network-contracts';
import { validationError } from './errors';

/**
 * Checks shared by the network aggregates (append small functions; each area passes its own
 * codes). Dates are `YYYY-MM-DD`; the domain reads no clock: `today` arrives in every command.
 */

/** A calendar date `YYYY-MM-DD` (2025-02-30 is not one). */
export function requireIsoDate(value: string, code: NetworkErrorCode, field: string): void {
  if (!isIsoDate(value)) throw validationError(code, field, `"${String(value)}" is not a date (YYYY-MM-DD)`, { value });
}

/** An act dated by the payload happened no later than the server's today. */
export function requireNotAfterToday(date: string, today: string, code: NetworkErrorCode, field: string): void {
  if (date > today) throw validationError(code, field, `${date} is after today (${today})`, { date, today });
}

export function requireText(value: string | undefined, code: NetworkErrorCode, field: string, what: string): void {
  if (typeof value !== 'string' || !value.trim()) throw validationError(code, field, `${what} is required`);
}

export function requireOneOf<T extends string>(value: string, allowed: readonly T[], code: NetworkErrorCode, field: string): asserts value is T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw validationError(code, field, `"${String(value)}" is not one of ${allowed.join(', ')}`, { value, allowed });
  }
}

/** A whole number in [min, max] (years, months, counts). */
export function requireWholeNumberIn(value: number, min: number, max: number, code: NetworkErrorCode, field: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validationError(code, field, `must be a whole number from ${min} to ${max}`, { value, min, max });
  }
}

/** A list of non-empty ids, none twice. */
export function requireIdList(values: readonly string[], code: NetworkErrorCode, field: string): void {
  if (!Array.isArray(values) || values.some((value) => typeof value !== 'string' || !value.trim()) || new Set(values).size !== values.length) {
    throw validationError(code, field, 'a list of distinct ids is required', { values });
  }
}

/** Drop keys whose value is undefined, so events carry no `undefined` optionals. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
