/** The refusals of periodic reports. Blank ids never reach a decider (the input grammar refuses them), so only meaning is coded here. */
export const REPORT_ERROR_CODES = [
  'REPORT.TEMPLATE_UNKNOWN',
  // Not a period of the template: a half-year (H2026-1) or a year (Y2026), a review's own year only.
  'REPORT.PERIOD_INVALID',
  // Entry opens some days before the period ends and closes some days after it.
  'REPORT.WINDOW_NOT_OPEN',
  'REPORT.WINDOW_CLOSED',
  // No such report (never saved), or a submission with no draft before it.
  'REPORT.NOT_FOUND',
  // Only a draft or a returned report is edited, submitted or excused.
  'REPORT.NOT_DRAFT',
  // Only a submitted report is returned or approved; only an approved one reopened.
  'REPORT.NOT_SUBMITTED',
  'REPORT.NOT_APPROVED',
  'REPORT.ALREADY_EXCUSED',
  // A report approved once is corrected and submitted again, never excused.
  'REPORT.ALREADY_APPROVED',
  // The account that submitted a report does not also approve it.
  'REPORT.SELF_APPROVAL',
  // A unit submits once each of its child units' reports is approved or excused.
  'REPORT.CHILDREN_PENDING',
  'REPORT.COMMENT_REQUIRED',
  'REPORT.REASON_REQUIRED',
  // A section the template does not have, or one given twice.
  'REPORT.SECTION_UNKNOWN',
  'REPORT.SECTION_DUPLICATE',
  'REPORT.TEXT_TOO_LONG',
  // A commendation proposal: its kind of subject, award and reason, each proposal once, at most 50.
  'REPORT.COMMENDATION_INVALID',
  // A unit proposed for commendation that is not in the reporting unit's subtree today.
  'REPORT.COMMENDATION_SUBJECT_UNKNOWN',
  // The figures submitted: checked as published values are.
  'REPORT.STRUCTURE_DATE_INVALID',
  'REPORT.VALUES_REQUIRED',
  'REPORT.INDICATOR_DUPLICATE',
  'REPORT.VERSION_INVALID',
  'REPORT.NUMBER_INVALID',
] as const;

/** The longest text of one section, and the most commendation proposals of one report. */
export const REPORT_SECTION_MAX_LENGTH = 10_000;
export const REPORT_MAX_COMMENDATIONS = 50;
