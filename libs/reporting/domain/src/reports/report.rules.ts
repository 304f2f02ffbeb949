import {
  COMMENDATION_AWARDS,
  COMMENDATION_SUBJECT_KINDS,
  type CommendationAward,
  type CommendationData,
  type CommendationPart,
  isReportPeriodOf,
  REPORT_MAX_COMMENDATIONS,
  REPORT_SECTION_MAX_LENGTH,
  type ReportChildData,
  type ReportSectionData,
  type ReportSectionPart,
  type ReportTemplate,
  reportTemplateOf,
  reportWindowOf,
  type ReportWindow,
  type CommendationSubjectKind,
} from '@tn/reporting-contracts';
import type { ValuesCodes } from '../published/published-values.rules';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import type { ReportChild } from './report.commands';
import type { ReportState } from './report.types';

/** A report's figures are checked as published values are, answered with the report's codes. */
export const REPORT_VALUES_CODES: ValuesCodes = {
  structureDateInvalid: 'REPORT.STRUCTURE_DATE_INVALID',
  valuesRequired: 'REPORT.VALUES_REQUIRED',
  indicatorDuplicate: 'REPORT.INDICATOR_DUPLICATE',
  versionInvalid: 'REPORT.VERSION_INVALID',
  numberInvalid: 'REPORT.NUMBER_INVALID',
};

/** The template, and a period it is written for. */
export function requireTemplatePeriod(templateId: string, period: string): ReportTemplate {
  const template = reportTemplateOf(templateId);
  if (!template) throw validationError('REPORT.TEMPLATE_UNKNOWN', 'templateId', `there is no report template ${templateId}`, { templateId });
  if (!isReportPeriodOf(template, period)) {
    throw validationError('REPORT.PERIOD_INVALID', 'period', `${period} is not a period of the ${templateId} report`, { templateId, period });
  }
  return template;
}

/** The window (the route's, else the template's) on `today`: entry open (from `opensOn`) and not closed (to `closesOn`, included). */
export function requireWindowOpen(
  template: ReportTemplate,
  period: string,
  facts: { window?: ReportWindow; hasChildren: boolean; today: string },
): ReportWindow {
  const { today } = facts;
  const window = facts.window ?? reportWindowOf(template, period, facts.hasChildren);
  if (today < window.opensOn) {
    throw illegalStateError('REPORT.WINDOW_NOT_OPEN', `the ${period} report opens on ${window.opensOn}`, { period, opensOn: window.opensOn, today });
  }
  if (today > window.closesOn) {
    throw illegalStateError('REPORT.WINDOW_CLOSED', `the ${period} report closed on ${window.closesOn}`, { period, closesOn: window.closesOn, today });
  }
  return window;
}

export function requireReport(state: ReportState, reportId: string): ReportState {
  if (state.status === 'none') throw notFoundError('REPORT.NOT_FOUND', `report ${reportId} does not exist`, { reportId });
  return state;
}

/** Only a report not yet written (when `none` is), a draft or a returned report is edited, submitted or excused. */
export function requireEditable(state: ReportState, reportId: string, noneAllowed: boolean): void {
  const { status } = state;
  if (status === 'none' && !noneAllowed) throw notFoundError('REPORT.NOT_FOUND', `report ${reportId} has no draft`, { reportId });
  if (status === 'excused') throw illegalStateError('REPORT.ALREADY_EXCUSED', `report ${reportId} is excused`, { reportId });
  if (status === 'submitted' || status === 'approved') {
    throw illegalStateError('REPORT.NOT_DRAFT', `report ${reportId} is ${status}`, { reportId, status });
  }
}

/** The template's sections, each once, none too long; the narrative is the unit's, kept as written. */
export function requireSections(template: ReportTemplate, sections: readonly ReportSectionPart[]): ReportSectionData[] {
  return sections.map(({ key, narrative }, index) => {
    const field = `sections.${index}`;
    if (!template.sections.some((section) => section.key === key)) {
      throw validationError('REPORT.SECTION_UNKNOWN', `${field}.key`, `the ${template.templateId} report has no section ${key}`, { key });
    }
    if (sections.findIndex((other) => other.key === key) !== index) {
      throw validationError('REPORT.SECTION_DUPLICATE', `${field}.key`, `section ${key} is given twice`, { key });
    }
    if (narrative.length > REPORT_SECTION_MAX_LENGTH) {
      throw validationError('REPORT.TEXT_TOO_LONG', `${field}.narrative`, `at most ${REPORT_SECTION_MAX_LENGTH} characters`, {
        key,
        maxLength: REPORT_SECTION_MAX_LENGTH,
      });
    }
    return { key, narrative };
  });
}

const isOneOf = <T extends string>(allowed: readonly T[], value: string): value is T => (allowed as readonly string[]).includes(value);

/** At most 50 proposals, each once, of a known kind and award, with a reason; a unit proposed is in the reporting unit's subtree today. */
export function requireCommendations(parts: readonly CommendationPart[], unitSubjectsInSubtree: Readonly<Record<string, boolean>>): CommendationData[] {
  if (parts.length > REPORT_MAX_COMMENDATIONS) {
    throw validationError('REPORT.COMMENDATION_INVALID', 'commendations', `at most ${REPORT_MAX_COMMENDATIONS} proposals`, { max: REPORT_MAX_COMMENDATIONS });
  }
  return parts.map(({ proposalId, subjectKind, subjectId, award, reason }, index) => {
    const field = `commendations.${index}`;
    const invalid = (name: string, why: string) => validationError('REPORT.COMMENDATION_INVALID', `${field}.${name}`, why, { field: `${field}.${name}` });
    if (parts.findIndex((other) => other.proposalId === proposalId) !== index) throw invalid('proposalId', `proposal ${proposalId} is given twice`);
    if (!isOneOf<CommendationSubjectKind>(COMMENDATION_SUBJECT_KINDS, subjectKind))
      throw invalid('subjectKind', `must be one of ${COMMENDATION_SUBJECT_KINDS.join(', ')}`);
    if (!isOneOf<CommendationAward>(COMMENDATION_AWARDS, award)) throw invalid('award', `must be one of ${COMMENDATION_AWARDS.join(', ')}`);
    if (!reason.trim()) throw invalid('reason', 'a reason is required');
    if (subjectKind === 'unit' && unitSubjectsInSubtree[subjectId] !== true) {
      throw validationError('REPORT.COMMENDATION_SUBJECT_UNKNOWN', `${field}.subjectId`, `unit ${subjectId} is not in the reporting unit's subtree`, {
        subjectId,
      });
    }
    return { proposalId, subjectKind, subjectId, award, reason: reason.trim() };
  });
}

/** Every child unit's report approved or excused, as the submission records them; else the pending ones are named. */
export function requireChildrenDone(children: readonly ReportChild[]): ReportChildData[] {
  const pendingUnitIds = children.filter((child) => child.status !== 'approved' && child.status !== 'excused').map((child) => child.unitId);
  if (pendingUnitIds.length > 0) {
    // One text: the message names the units (a list would not be shown to the cadre).
    const units = pendingUnitIds.join(', ');
    throw illegalStateError('REPORT.CHILDREN_PENDING', `the reports of ${units} are neither approved nor excused`, { pendingUnitIds: units });
  }
  return children.map(({ unitId, status, submission }) =>
    status === 'approved' && submission !== undefined ? { unitId, status, submission } : { unitId, status: status as 'approved' | 'excused' },
  );
}
