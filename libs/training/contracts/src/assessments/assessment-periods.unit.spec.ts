import { assessmentPeriodOf, capacityAssessmentIdOf, isAssessmentPeriod } from './assessment-periods';

const boundsOf = (period: string) => {
  const parsed = assessmentPeriodOf(period);
  return parsed && [parsed.kind, parsed.startsOn, parsed.endsOn];
};

describe('assessment periods', () => {
  it('reads a year, a half-year and a quarter with their first and last days', () => {
    expect(boundsOf('2026')).toEqual(['year', '2026-01-01', '2026-12-31']);
    expect(boundsOf('2026-H1')).toEqual(['half', '2026-01-01', '2026-06-30']);
    expect(boundsOf('2026-H2')).toEqual(['half', '2026-07-01', '2026-12-31']);
    expect(boundsOf('2026-Q1')).toEqual(['quarter', '2026-01-01', '2026-03-31']);
    expect(boundsOf('2026-Q3')).toEqual(['quarter', '2026-07-01', '2026-09-30']);
    expect(boundsOf('2026-Q4')).toEqual(['quarter', '2026-10-01', '2026-12-31']);
  });

  it('names no period for other shapes', () => {
    for (const period of ['2026-H3', '2026-Q5', '2026-Q0', '2026-q1', '2026-01', '26', '2026-', ' 2026', '1999', '']) {
      expect([period, isAssessmentPeriod(period)]).toEqual([period, false]);
    }
  });

  it('derives one assessment id per rubric, subject and period', () => {
    expect(capacityAssessmentIdOf('rubric-commune', 'unit-ta-van', '2026-H1')).toBe('rubric-commune:unit-ta-van:2026-H1');
  });
});
