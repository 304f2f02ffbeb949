import { byPeriod, comparisonOf, type PeriodScore, previousAssessmentOf } from './capacity-comparison';

const assessment = (period: string, periodStartsOn: string, periodEndsOn: string, weightedScore: number, rubricId = 'rb', subjectId = 's'): PeriodScore => ({
  assessmentId: `${rubricId}:${subjectId}:${period}`,
  subjectId,
  rubricId,
  period,
  periodStartsOn,
  periodEndsOn,
  weightedScore,
});
const year2025 = assessment('2025', '2025-01-01', '2025-12-31', 50);
const q4of2025 = assessment('2025-Q4', '2025-10-01', '2025-12-31', 55);
const h1of2026 = assessment('2026-H1', '2026-01-01', '2026-06-30', 62.5);
const year2026 = assessment('2026', '2026-01-01', '2026-12-31', 70);

describe('comparing capacity assessments across periods', () => {
  it('compares with the period that ended last before this one started; between two ending that day, the shorter one', () => {
    expect(previousAssessmentOf(h1of2026, [year2025, q4of2025, h1of2026, year2026])).toBe(q4of2025);
    expect(previousAssessmentOf(year2025, [year2025, q4of2025, h1of2026])).toBeUndefined();
  });

  it('never compares overlapping periods (the year and its first half)', () => {
    expect(previousAssessmentOf(year2026, [h1of2026])).toBeUndefined();
  });

  it("compares only the same subject's assessments on the same rubric", () => {
    const otherRubric = assessment('2025', '2025-01-01', '2025-12-31', 10, 'rb-2');
    const otherSubject = assessment('2025-H2', '2025-07-01', '2025-12-31', 20, 'rb', 's-2');
    expect(previousAssessmentOf(h1of2026, [otherRubric, otherSubject])).toBeUndefined();
  });

  it('states the change in points on 0..100, two decimals', () => {
    expect(comparisonOf(h1of2026, q4of2025)).toEqual({
      previousAssessmentId: 'rb:s:2025-Q4',
      previousPeriod: '2025-Q4',
      previousWeightedScore: 55,
      change: 7.5,
    });
    expect(comparisonOf(assessment('2026', '2026-01-01', '2026-12-31', 66.67), assessment('2025', '2025-01-01', '2025-12-31', 33.33)).change).toBe(33.34);
  });

  it('orders periods oldest first: by first day, then last day', () => {
    expect([year2026, h1of2026, q4of2025, year2025].sort(byPeriod).map((a) => a.period)).toEqual(['2025', '2025-Q4', '2026-H1', '2026']);
  });
});
