import type { RegistryErrorCode } from '@tn/registry-contracts';
import { validationError } from '../common/errors';
import { isIsoDate, isIsoDateTime, textProblem } from '@tn/shared-event-contracts';

/**
 * Checks shared by the people aggregates (cadres, volunteers, accounts). Kept beside the cadres
 * because cadres came first; volunteers and accounts import them from here.
 */

function invalidDate(value: unknown, field: string, shape: string) {
  return validationError('DATE.INVALID', field, `"${String(value)}" is not ${shape}`, { value });
}

/** A calendar date `YYYY-MM-DD` (2025-02-30 is not one). */
export function requireIsoDate(value: string, field: string): void {
  if (!isIsoDate(value)) throw invalidDate(value, field, 'a date (YYYY-MM-DD)');
}

/** An ISO date-time with a zone (`2025-07-01T08:30:00Z`, `2025-07-01T15:30+07:00`). */
export function requireIsoDateTime(value: string, field: string): void {
  if (!isIsoDateTime(value)) throw invalidDate(value, field, 'a date-time with a time zone');
}

/** Either a date or a date-time (consents may be dated either way). */
export function requireDateOrDateTime(value: string, field: string): void {
  if (!(isIsoDate(value) || isIsoDateTime(value))) {
    throw invalidDate(value, field, 'a date (YYYY-MM-DD) or a date-time');
  }
}

/** Milliseconds since the epoch of a checked date or date-time (a bare date is midnight UTC). */
export const instantOf = (value: string) => Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);

/** Present, and clean: no control or bidi characters, not overlong (the platform's text rules). */
export function requireText(value: string | undefined, code: RegistryErrorCode, field: string, what: string): void {
  if (typeof value !== 'string' || !value.trim()) throw validationError(code, field, `${what} is required`);
  const problem = textProblem(value);
  if (problem) throw validationError(problem, field, `${what} holds characters that are not allowed or is too long`);
}

/** Digits with an optional leading +, 9–15 of them; spaces, dots, dashes and brackets are tolerated. */
export const looksLikePhone = (value: string) => /^\+?\d{9,15}$/.test(value.replace(/[\s.()-]/g, ''));

/** One @, something before it, and a dot inside the domain. */
export function looksLikeEmail(value: string): boolean {
  const [local, domain, ...rest] = value.trim().split('@');
  if (!local || domain === undefined || rest.length > 0 || /\s/.test(value.trim())) return false;
  const dot = domain.indexOf('.');
  return dot > 0 && dot < domain.length - 1;
}
