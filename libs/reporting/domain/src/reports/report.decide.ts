import { isDeepStrictEqual } from 'node:util';
import { assertNever, type Decider } from '@tn/shared-decider';
import { reportIdOf } from '@tn/reporting-contracts';
import { requireAct, requiredText } from '../common/act';
import { illegalStateError } from '../common/errors';
import { publishedValuesOf, requireStructureDate } from '../published/published-values.rules';
import type {
  ApproveReportCommand,
  ExcuseReportCommand,
  ReopenReportCommand,
  ReportCommand,
  ReturnReportCommand,
  SaveReportDraftCommand,
  SubmitReportCommand,
} from './report.commands';
import type { ReportEvent } from './report.events';
import { evolveReport, initialReport } from './report.evolve';
import {
  REPORT_VALUES_CODES,
  requireChildrenDone,
  requireCommendations,
  requireEditable,
  requireReport,
  requireSections,
  requireTemplatePeriod,
  requireWindowOpen,
} from './report.rules';
import type { ReportState } from './report.types';

/** The whole content in draft, within the window; a returned report becomes a draft again. The same draft again records nothing. */
function saveDraft(command: SaveReportDraftCommand, state: ReportState): ReportEvent[] {
  const { unitId, templateId, period } = command;
  const template = requireTemplatePeriod(templateId, period);
  const reportId = reportIdOf(unitId, templateId, period);
  requireEditable(state, reportId, true);
  requireAct(command);
  // Opening and closing do not depend on child units: only the deadline does.
  requireWindowOpen(template, period, { ...command, hasChildren: false });
  const sections = requireSections(template, command.sections);
  const commendations = requireCommendations(command.commendations, command.unitSubjectsInSubtree);
  if (state.status === 'draft' && isDeepStrictEqual({ sections, commendations }, { sections: state.sections, commendations: state.commendations })) return [];
  return [
    {
      type: 'ReportDraftSaved',
      data: { reportId, unitId, templateId, period, sections, commendations, savedAt: command.at, savedBy: command.actorId },
    },
  ];
}

/**
 * Submission n + 1 of a draft (or of a returned report), within the window, once every child
 * unit's report is approved or excused, with the figures the gateway's engine computed. On time
 * when by the unit's deadline (later for a unit with child units, which consolidates theirs).
 */
function submit(command: SubmitReportCommand, state: ReportState): ReportEvent[] {
  const { unitId, templateId, period, structureDate, stocksOn, today } = command;
  const template = requireTemplatePeriod(templateId, period);
  const reportId = reportIdOf(unitId, templateId, period);
  requireEditable(state, reportId, false);
  requireAct(command);
  const { dueOn } = requireWindowOpen(template, period, command);
  requireStructureDate(structureDate, REPORT_VALUES_CODES);
  const values = publishedValuesOf(command.values, REPORT_VALUES_CODES);
  const children = requireChildrenDone(command.children);
  return [
    {
      type: 'ReportSubmitted',
      data: {
        reportId,
        unitId,
        templateId,
        period,
        submission: state.submissions + 1,
        structureDate,
        ...(stocksOn === undefined ? {} : { stocksOn }),
        values,
        children,
        submittedAt: command.at,
        submittedBy: command.actorId,
        dueOn,
        onTime: today <= dueOn,
      },
    },
  ];
}

function requireSubmitted(state: ReportState, reportId: string) {
  const report = requireReport(state, reportId);
  if (report.status !== 'submitted' || !report.submitted) {
    throw illegalStateError('REPORT.NOT_SUBMITTED', `report ${reportId} is ${report.status}, not submitted`, { reportId, status: report.status });
  }
  return report.submitted;
}

/** Submitted → returned, with the approving unit's comment. */
function returnReport(command: ReturnReportCommand, state: ReportState): ReportEvent[] {
  const { submission } = requireSubmitted(state, command.reportId);
  requireAct(command);
  const comment = requiredText(command.comment, 'REPORT.COMMENT_REQUIRED', 'comment', 'a comment');
  return [
    {
      type: 'ReportReturned',
      data: { reportId: state.reportId, unitId: state.unitId, submission, comment, returnedAt: command.at, returnedBy: command.actorId },
    },
  ];
}

/** Submitted → approved: the submission's figures and structure date are pinned in the event. */
function approve(command: ApproveReportCommand, state: ReportState): ReportEvent[] {
  const { submission, values, structureDate, submittedBy } = requireSubmitted(state, command.reportId);
  requireAct(command);
  // Managers above a unit may write its report for it; the one who submitted it does not also approve it.
  if (command.actorId === submittedBy) {
    throw illegalStateError('REPORT.SELF_APPROVAL', `report ${command.reportId} was submitted by the same account`, { reportId: command.reportId });
  }
  const comment = command.comment?.trim();
  return [
    {
      type: 'ReportApproved',
      data: {
        reportId: state.reportId,
        unitId: state.unitId,
        submission,
        values,
        structureDate,
        ...(comment ? { comment } : {}),
        approvedAt: command.at,
        approvedBy: command.actorId,
      },
    },
  ];
}

/** A report not submitted (none, draft or returned) that the unit need not write, with the reason. */
function excuse(command: ExcuseReportCommand, state: ReportState): ReportEvent[] {
  const { unitId, templateId, period } = command;
  requireTemplatePeriod(templateId, period);
  const reportId = reportIdOf(unitId, templateId, period);
  requireEditable(state, reportId, true);
  // A report once approved (then reopened) has figures the unit above consolidated: it is corrected, not excused.
  if (state.approvedSubmission !== undefined) {
    throw illegalStateError('REPORT.ALREADY_APPROVED', `report ${reportId} was approved once: it is corrected and submitted again, not excused`, { reportId });
  }
  requireAct(command);
  const reason = requiredText(command.reason, 'REPORT.REASON_REQUIRED', 'reason', 'a reason');
  return [{ type: 'ReportExcused', data: { reportId, unitId, templateId, period, reason, excusedAt: command.at, excusedBy: command.actorId } }];
}

/** Approved → returned, with the reason: the unit edits and submits again (submission n + 1), to be approved again. */
function reopen(command: ReopenReportCommand, state: ReportState): ReportEvent[] {
  const report = requireReport(state, command.reportId);
  if (report.status !== 'approved' || report.approvedSubmission === undefined) {
    throw illegalStateError('REPORT.NOT_APPROVED', `report ${command.reportId} is ${report.status}, not approved`, {
      reportId: command.reportId,
      status: report.status,
    });
  }
  requireAct(command);
  const reason = requiredText(command.reason, 'REPORT.REASON_REQUIRED', 'reason', 'a reason');
  return [
    {
      type: 'ReportReopened',
      data: {
        reportId: report.reportId,
        unitId: report.unitId,
        submission: report.approvedSubmission,
        reason,
        reopenedAt: command.at,
        reopenedBy: command.actorId,
      },
    },
  ];
}

function decideReport(command: ReportCommand, state: ReportState): ReportEvent[] {
  switch (command.type) {
    case 'SaveReportDraft':
      return saveDraft(command, state);
    case 'SubmitReport':
      return submit(command, state);
    case 'ReturnReport':
      return returnReport(command, state);
    case 'ApproveReport':
      return approve(command, state);
    case 'ExcuseReport':
      return excuse(command, state);
    case 'ReopenReport':
      return reopen(command, state);
    default:
      return assertNever(command);
  }
}

/** A unit's periodic report (one stream per unit, template and period): drafted, submitted, returned or approved by the parent unit, or excused. */
export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = {
  initialState: initialReport,
  decide: decideReport,
  evolve: evolveReport,
};
