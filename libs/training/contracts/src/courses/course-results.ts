/**
 * The pass rule of a course, shared by the decider (which writes who passed into CourseCompleted)
 * and any reader that shows a learner's standing before completion, so both judge alike.
 */

/** The share of the scheduled hours a learner attends unless the course states another. */
export const DEFAULT_MINIMUM_ATTENDANCE_SHARE = 0.8;

/** Hours are quarter-hour multiples and sum exactly; only the share's product can be off by a rounding error. */
const ROUNDING_TOLERANCE = 1e-9;

export interface CoursePassRule {
  /** Lowest passing score, 0..100: a score equal to it passes. */
  passMark: number;
  /** Share of the scheduled hours to attend, 0..1: attending exactly that share is enough. */
  minimumAttendanceShare: number;
  /** Hours of the course's sessions that were not cancelled. */
  scheduledHours: number;
}

/** Whether the hours attended reach the minimum share of the hours scheduled. */
export const meetsAttendanceShare = (attendedHours: number, rule: Pick<CoursePassRule, 'minimumAttendanceShare' | 'scheduledHours'>): boolean =>
  attendedHours + ROUNDING_TOLERANCE >= rule.minimumAttendanceShare * rule.scheduledHours;

/** Passed: assessed at or above the pass mark AND attended at least the minimum share of the hours. */
export const passesCourse = (result: { score?: number; attendedHours: number }, rule: CoursePassRule): boolean =>
  result.score !== undefined && result.score >= rule.passMark && meetsAttendanceShare(result.attendedHours, rule);
