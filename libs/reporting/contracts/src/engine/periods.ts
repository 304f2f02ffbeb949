/**
 * Reporting periods, named by keys that sort and read plainly: `Y2025` (a year), `H2025-1` and
 * `H2025-2` (halves), `Q2025-1`…`Q2025-4` (quarters), `M2025-01`…`M2025-12` (months). A period is
 * a run of whole months within one year; `from` and `to` are its first and last days (both
 * included), as `YYYY-MM-DD`. Its milestone year (the target it is measured against) is its year.
 */

export const PERIOD_KINDS = ['year', 'half', 'quarter', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  key: string;
  kind: PeriodKind;
  year: number;
  /** The first day, `YYYY-MM-DD`. */
  from: string;
  /** The last day (included): stocks are taken on it. */
  to: string;
}

/** Months each kind spans, and the pattern of its key (the index part, when it has one). */
const SHAPES: Readonly<Record<PeriodKind, { months: number; prefix: string; index: RegExp | null }>> = {
  year: { months: 12, prefix: 'Y', index: null },
  half: { months: 6, prefix: 'H', index: /^[12]$/ },
  quarter: { months: 3, prefix: 'Q', index: /^[1-4]$/ },
  month: { months: 1, prefix: 'M', index: /^(0[1-9]|1[0-2])$/ },
};

// Four digits, no leading zero: a year the programme could report on, never "Y99" or "Y0000".
const KEY = /^([YHQM])([1-9]\d{3})(?:-(\d{1,2}))?$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

const KIND_OF_PREFIX: Readonly<Record<string, PeriodKind>> = { Y: 'year', H: 'half', Q: 'quarter', M: 'month' };

/** The period a key names, or undefined when the key is not a valid period key. */
export function parsePeriod(key: string): Period | undefined {
  const [, prefix = '', yearText, indexText] = KEY.exec(key) ?? [];
  const kind = KIND_OF_PREFIX[prefix];
  if (kind === undefined) return undefined;
  const year = Number(yearText);
  const { months, index: indexPattern } = SHAPES[kind];
  if (indexPattern === null ? indexText !== undefined : indexText === undefined || !indexPattern.test(indexText)) return undefined;
  const index = indexText === undefined ? 1 : Number(indexText);
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    key,
    kind,
    year,
    from: `${pad(year, 4)}-${pad(firstMonth)}-01`,
    to: `${pad(year, 4)}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

export const isPeriodKey = (key: string): boolean => parsePeriod(key) !== undefined;

/** The key of a period: `periodKey('year', 2025)`, `periodKey('quarter', 2025, 3)`, `periodKey('month', 2025, 7)` (`M2025-07`). */
export function periodKey(kind: PeriodKind, year: number, index = 1): string {
  const { prefix } = SHAPES[kind];
  if (kind === 'year') return `${prefix}${pad(year, 4)}`;
  return `${prefix}${pad(year, 4)}-${kind === 'month' ? pad(index) : index}`;
}

/** The (year, month) pairs the period covers, in order. */
export function monthsOf(period: Period): { year: number; month: number }[] {
  const first = Number(period.from.slice(5, 7));
  const last = Number(period.to.slice(5, 7));
  const months: { year: number; month: number }[] = [];
  for (let month = first; month <= last; month++) months.push({ year: period.year, month });
  return months;
}

/** The calendar years the period touches (one: a period never crosses a year). */
export const yearsOf = (period: Period): number[] => [period.year];

/** The year whose milestone target the period is measured against. */
export const milestoneYearOf = (period: Period): number => period.year;

/** Whether the day (`YYYY-MM-DD`, or the date part of a timestamp) lies in the period, both ends included. */
export function periodContains(period: Period, date: string): boolean {
  const day = date.slice(0, 10);
  return period.from <= day && day <= period.to;
}
