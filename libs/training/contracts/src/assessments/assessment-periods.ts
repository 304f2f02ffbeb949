/**
 * The periods capacity assessments are made for: a year (`2026`), a half-year (`2026-H1`,
 * `2026-H2`) or a quarter (`2026-Q1` … `2026-Q4`), matching the yearly and six-monthly reports
 * units send up (domain.md §2). Pure: the decider, the gateway and reporting read them the same way.
 */

const PERIOD_PATTERN = /^(\d{4})(?:-([HQ])([1-4]))?$/;

/** Years before this are not assessment periods (the programme starts in 2023). */
export const FIRST_ASSESSMENT_YEAR = 2000;

export interface AssessmentPeriod {
  period: string;
  kind: 'year' | 'half' | 'quarter';
  year: number;
  /** First and last day of the period, `YYYY-MM-DD`. */
  startsOn: string;
  endsOn: string;
}

const MONTHS_PER_PART = { year: 12, half: 6, quarter: 3 } as const;
const LAST_DAY = { 3: '31', 6: '30', 9: '30', 12: '31' } as const;
const pad = (month: number) => String(month).padStart(2, '0');

/** The period a string names, or undefined when it names none (`2026-H3`, `2026-q1`, `2026-01`). */
export function assessmentPeriodOf(period: string): AssessmentPeriod | undefined {
  const match = typeof period === 'string' ? PERIOD_PATTERN.exec(period) : null;
  if (!match) return undefined;
  const year = Number(match[1]);
  const kind = match[2] === 'H' ? 'half' : match[2] === 'Q' ? 'quarter' : 'year';
  const part = match[3] === undefined ? 1 : Number(match[3]);
  if (year < FIRST_ASSESSMENT_YEAR || (kind === 'half' && part > 2)) return undefined;
  const months = MONTHS_PER_PART[kind];
  const lastMonth = part * months;
  const startsOn = `${year}-${pad(lastMonth - months + 1)}-01`;
  const endsOn = `${year}-${pad(lastMonth)}-${LAST_DAY[lastMonth as keyof typeof LAST_DAY]}`;
  return { period, kind, year, startsOn, endsOn };
}

export const isAssessmentPeriod = (period: string): boolean => assessmentPeriodOf(period) !== undefined;

/**
 * The id of a capacity assessment: `${rubricId}:${subjectId}:${period}`. One subject has at most
 * one assessment per rubric per period, because the id (and so the stream) is derived from the
 * three: a second one for the same rubric, subject and period is refused as already recorded.
 * Keep the rubric's and subject's ids short enough for the whole to stay an entity id (≤ 128).
 */
export const capacityAssessmentIdOf = (rubricId: string, subjectId: string, period: string): string => `${rubricId}:${subjectId}:${period}`;
