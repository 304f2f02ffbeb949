/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, for validity periods. The rule at month ends: the
 * same day of the month, or the target month's last day when it is shorter (Jan 31 + 1 month =
 * Feb 28, or Feb 29 in a leap year; Feb 29 + 1 year = Feb 28; Feb 29 + 4 years = Feb 29). A date
 * does not "stick" to month ends: Feb 28 + 1 month = Mar 28, and Aug 31 + 1 month + 1 month =
 * Oct 30. Inputs are checked dates.
 *
 * The status helpers work on day keys (`yyyymmdd` as a number, ordered like the dates) read by
 * char code, so a status over tens of thousands of records allocates nothing.
 */

const ZERO = 48;
const digitsAt = (date: string, from: number, to: number): number => {
  let value = 0;
  for (let index = from; index < to; index++) value = value * 10 + (date.charCodeAt(index) - ZERO);
  return value;
};

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A date as a number ordered like the dates: 2026-02-28 → 20260228. */
export const dayKeyOf = (date: string): number => digitsAt(date, 0, 4) * 10000 + digitsAt(date, 5, 7) * 100 + digitsAt(date, 8, 10);

/** The date a day key stands for. */
export function dateOfDayKey(key: number): string {
  const year = Math.floor(key / 10000);
  const monthDay = key - year * 10000;
  return `${String(year).padStart(4, '0')}-${String(Math.floor(monthDay / 100)).padStart(2, '0')}-${String(monthDay % 100).padStart(2, '0')}`;
}

/** A day key plus whole months (negative moves back), clamped to the target month's last day. */
export function addMonthsToDayKey(key: number, months: number): number {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const monthIndex = year * 12 + month - 1 + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return targetYear * 10000 + targetMonth * 100 + Math.min(key % 100, daysInMonth(targetYear, targetMonth));
}

/** The day key of the next day. */
export function nextDayKey(key: number): number {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  if (key % 100 < daysInMonth(year, month)) return key + 1;
  return month === 12 ? (year + 1) * 10000 + 101 : year * 10000 + (month + 1) * 100 + 1;
}

/** `date` plus whole months, clamped to the target month's last day. */
export const addMonths = (date: string, months: number): string => dateOfDayKey(addMonthsToDayKey(dayKeyOf(date), months));

/** `date` plus whole years: Feb 29 becomes Feb 28 in a common year. */
export const addYears = (date: string, years: number): string => addMonths(date, years * 12);

/** The day after `date`. */
export const nextDay = (date: string): string => dateOfDayKey(nextDayKey(dayKeyOf(date)));
