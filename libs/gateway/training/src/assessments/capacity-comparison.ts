/** What comparing two periods needs of an assessment. */
export interface PeriodScore {
  assessmentId: string;
  subjectId: string;
  rubricId: string;
  period: string;
  periodStartsOn: string;
  periodEndsOn: string;
  weightedScore: number;
}

export interface CapacityComparison {
  previousAssessmentId: string;
  previousPeriod: string;
  previousWeightedScore: number;
  /** This weighted score minus the previous one, in points on 0..100 (two decimals). */
  change: number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Oldest period first: by first day, then last day (a quarter before the year that starts with it), then id. */
export const byPeriod = (a: PeriodScore, b: PeriodScore): number =>
  a.periodStartsOn.localeCompare(b.periodStartsOn) || a.periodEndsOn.localeCompare(b.periodEndsOn) || a.assessmentId.localeCompare(b.assessmentId);

/**
 * The assessment a score is compared with: the same subject's on the same rubric (its versions
 * share the 0..100 axis; another rubric measures something else), for the period that ended
 * last before this one started. Overlapping periods (the year and its first half) are not
 * compared with each other.
 */
export function previousAssessmentOf<T extends PeriodScore>(assessment: PeriodScore, history: readonly T[]): T | undefined {
  const earlier = history.filter(
    (candidate) =>
      candidate.subjectId === assessment.subjectId && candidate.rubricId === assessment.rubricId && candidate.periodEndsOn < assessment.periodStartsOn,
  );
  // The latest end wins; between two ending the same day, the shorter (later-starting) period.
  return earlier.sort((a, b) => b.periodEndsOn.localeCompare(a.periodEndsOn) || -byPeriod(a, b))[0];
}

export function comparisonOf(assessment: PeriodScore, previous: PeriodScore): CapacityComparison {
  return {
    previousAssessmentId: previous.assessmentId,
    previousPeriod: previous.period,
    previousWeightedScore: previous.weightedScore,
    change: round2(assessment.weightedScore - previous.weightedScore),
  };
}
