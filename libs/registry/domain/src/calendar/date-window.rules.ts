import { validationError } from '../common/errors';

/**
 * Plausible dates (issue 10): a registry date outside these windows is a typo or a probe, never
 * a fact. The bounds move with the server's date of the command (`today`, Vietnam's date of the
 * envelope's `issuedAt`, set by the write adapter), so deciders keep no clock.
 *
 * - Business dates (effective dates, terms, registrations, consents, account changes): from
 *   1930-01-01 (the Youth Union was founded in 1931; older records are not kept here) to two
 *   years after today (changes are planned ahead, not decades ahead).
 * - Dates of birth: not after today and at most 120 years before it.
 */
const EARLIEST_BUSINESS_DATE = '1930-01-01';
const YEARS_AHEAD_ALLOWED = 2;
const OLDEST_AGE_YEARS = 120;

/** Command fields that hold a business date or date-time, in every registry command. */
const BUSINESS_DATE_FIELDS = [
  'effectiveFrom',
  'registeredOn',
  'termStart',
  'termEnd',
  'endedOn',
  'givenAt',
  'onDate',
  'withdrawnAt',
  'openedOn',
  'changedAt',
  'closedOn',
  'closedAt',
  'revokedAt',
] as const;

/** The server's date when the command was issued (YYYY-MM-DD); the write adapter always sets it. */
export interface ServerToday {
  today?: string;
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

/** The same month and day `years` later (or earlier, when negative); 29 February falls back to the 28th. */
export function shiftYears(date: string, years: number): string {
  const [year, month, day] = [Number(date.slice(0, 4)), date.slice(5, 7), date.slice(8, 10)];
  const shifted = String(year + years).padStart(4, '0');
  return month === '02' && day === '29' ? `${shifted}-02-28` : `${shifted}-${month}-${day}`;
}

export const businessDateWindow = (today: string) => ({ min: EARLIEST_BUSINESS_DATE, max: shiftYears(today, YEARS_AHEAD_ALLOWED) });
export const birthDateWindow = (today: string) => ({ min: shiftYears(today, -OLDEST_AGE_YEARS), max: today });

/** Only values that look like dates are judged here; their shape is checked where they are used. */
function requireWithin(value: unknown, field: string, window: { min: string; max: string }): void {
  if (typeof value !== 'string' || !DATE_PREFIX.test(value)) return;
  const date = value.slice(0, 10);
  if (date < window.min || date > window.max) {
    throw validationError('DATE.OUT_OF_RANGE', field, `${field} must be between ${window.min} and ${window.max}`, { ...window });
  }
}

/** Every business date the command carries lies in the plausible window around `today`. */
export function requirePlausibleDates(command: object & ServerToday): void {
  const { today } = command;
  if (today === undefined) return;
  const window = businessDateWindow(today);
  const fields = command as Record<string, unknown>;
  for (const field of BUSINESS_DATE_FIELDS) requireWithin(fields[field], field, window);
}

/** A date of birth of someone alive today: not in the future, at most 120 years ago. */
export function requirePlausibleBirthDate(dateOfBirth: unknown, today: string | undefined): void {
  if (today !== undefined) requireWithin(dateOfBirth, 'dateOfBirth', birthDateWindow(today));
}
