import { commandType, eventType, IsIsoDate, IsIsoDateTime, IsNonEmptyText, NestedList } from '@tn/shared-event-contracts';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { writingFor, writingOn } from '../common/command-rights';
import { PublishedValueData, PublishedValuePart } from '../published/published-values.messages';
import { reportIdOf, reportStreamId } from './report-ids';

/**
 * Periodic reports (one stream per unit, template and period): the unit writes its sections and
 * commendation proposals in drafts, submits them with the figures the gateway's engine computed
 * then, and its parent unit returns the report with a comment or approves it, which pins that
 * submission's figures. An approved report may be reopened (it is then returned, and submitted
 * and approved again); a report not written may be excused by the parent unit.
 *
 * Events carry ids, dates, numbers and the unit's own texts: a person proposed for commendation
 * is named by id only, and who acted by account id (domain.md §8).
 * Command fields are checked for shape only; the decider checks meaning with its own codes.
 */

export const COMMENDATION_SUBJECT_KINDS = ['unit', 'group', 'person'] as const;
export type CommendationSubjectKind = (typeof COMMENDATION_SUBJECT_KINDS)[number];
export const COMMENDATION_AWARDS = ['bang-khen', 'giay-khen', 'co-thi-dua'] as const;
export type CommendationAward = (typeof COMMENDATION_AWARDS)[number];

/** Where a report stands: `none` before its first event. */
export const REPORT_STATUSES = ['none', 'draft', 'submitted', 'returned', 'approved', 'excused'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

const onItsReport = {
  streamId: (p: { reportId: string }) => reportStreamId(p.reportId),
  // The approving unit: the report unit's parent today (the authoriser looks it up).
  rights: (p: { reportId: string }) => writingOn('report-approval', p.reportId),
};
const ofUnitTemplatePeriod = (p: { unitId: string; templateId: string; period: string }) => reportStreamId(reportIdOf(p.unitId, p.templateId, p.period));

// ---- commands ------------------------------------------------------------------------------

/** One section of the template, its narrative as the unit wrote it. */
export class ReportSectionPart {
  @IsString() key!: string;
  @IsString() narrative!: string;
}

/** A proposal to commend a unit (of the reporting unit's subtree), a group or a person (by id). */
export class CommendationPart {
  @IsString() proposalId!: string;
  @IsString() subjectKind!: string;
  @IsString() subjectId!: string;
  @IsString() award!: string;
  @IsString() reason!: string;
}

/** The report's whole content again, in draft (a returned report becomes a draft again). */
export class SaveReportDraft {
  @IsString() unitId!: string;
  @IsString() templateId!: string;
  @IsString() period!: string;
  @NestedList(() => ReportSectionPart) sections!: ReportSectionPart[];
  @NestedList(() => CommendationPart) commendations!: CommendationPart[];
}

/** The draft to the parent unit, with the engine's figures of the unit as of `structureDate` (computed by the gateway). */
export class SubmitReport {
  @IsString() unitId!: string;
  @IsString() templateId!: string;
  @IsString() period!: string;
  @IsString() structureDate!: string;
  @IsOptional() @IsIsoDate() stocksOn?: string;
  @NestedList(() => PublishedValuePart) values!: PublishedValuePart[];
}

/** Submitted → returned to the unit, saying what to change. */
export class ReturnReport {
  @IsString() reportId!: string;
  @IsString() comment!: string;
}

/** Submitted → approved: the submission's figures are pinned. */
export class ApproveReport {
  @IsString() reportId!: string;
  @IsOptional() @IsString() comment?: string;
}

/** A report the unit need not write (none, draft or returned), with the reason. */
export class ExcuseReport {
  @IsString() unitId!: string;
  @IsString() templateId!: string;
  @IsString() period!: string;
  @IsString() reason!: string;
}

/** Approved → returned again, with the reason: the unit edits and submits anew. */
export class ReopenReport {
  @IsString() reportId!: string;
  @IsString() reason!: string;
}

export const reportCommandTypes = [
  commandType('SaveReportDraft', SaveReportDraft, { streamId: ofUnitTemplatePeriod, rights: (p) => writingFor(p.unitId) }),
  commandType('SubmitReport', SubmitReport, { streamId: ofUnitTemplatePeriod, rights: (p) => writingFor(p.unitId) }),
  commandType('ReturnReport', ReturnReport, onItsReport),
  commandType('ApproveReport', ApproveReport, onItsReport),
  // Excused by the approving unit: rights over the report unit's parent, and the unit itself named
  // (so it must exist, for a system administrator too: the report may not have begun).
  commandType('ExcuseReport', ExcuseReport, {
    streamId: ofUnitTemplatePeriod,
    rights: (p) => ({ ...writingOn('report-approval', reportIdOf(p.unitId, p.templateId, p.period)), units: [p.unitId] }),
  }),
  commandType('ReopenReport', ReopenReport, onItsReport),
] as const;

// ---- events --------------------------------------------------------------------------------

export class ReportSectionData {
  @IsNonEmptyText() key!: string;
  @IsString() narrative!: string;
}

export class CommendationData {
  @IsNonEmptyText() proposalId!: string;
  @IsIn(COMMENDATION_SUBJECT_KINDS) subjectKind!: CommendationSubjectKind;
  @IsNonEmptyText() subjectId!: string;
  @IsIn(COMMENDATION_AWARDS) award!: CommendationAward;
  @IsNonEmptyText() reason!: string;
}

/** A child unit's report as the submission found it: approved (which submission) or excused. */
export class ReportChildData {
  @IsNonEmptyText() unitId!: string;
  @IsIn(['approved', 'excused']) status!: 'approved' | 'excused';
  @IsOptional() @IsInt() @Min(1) submission?: number;
}

/** Which report: its id and what it reads as. */
class ReportKeyData {
  @IsNonEmptyText() reportId!: string;
  @IsNonEmptyText() unitId!: string;
  @IsNonEmptyText() templateId!: string;
  @IsNonEmptyText() period!: string;
}

/** The draft's whole content from now on. */
export class ReportDraftSavedData extends ReportKeyData {
  @NestedList(() => ReportSectionData) sections!: ReportSectionData[];
  @NestedList(() => CommendationData) commendations!: CommendationData[];
  @IsIsoDateTime() savedAt!: string;
  @IsNonEmptyText() savedBy!: string;
}

/**
 * Submission n (1, 2, …) with the figures of the unit then; `children`: each child unit's report
 * it rests on. `onTime`: submitted by `dueOn` (the deadline of the unit, later for one with child units).
 */
export class ReportSubmittedData extends ReportKeyData {
  @IsInt() @Min(1) submission!: number;
  @IsIsoDate() structureDate!: string;
  @IsOptional() @IsIsoDate() stocksOn?: string;
  @NestedList(() => PublishedValueData) values!: PublishedValueData[];
  @NestedList(() => ReportChildData) children!: ReportChildData[];
  @IsIsoDateTime() submittedAt!: string;
  @IsNonEmptyText() submittedBy!: string;
  @IsIsoDate() dueOn!: string;
  @IsBoolean() onTime!: boolean;
}

export class ReportReturnedData {
  @IsNonEmptyText() reportId!: string;
  @IsNonEmptyText() unitId!: string;
  @IsInt() @Min(1) submission!: number;
  @IsNonEmptyText() comment!: string;
  @IsIsoDateTime() returnedAt!: string;
  @IsNonEmptyText() returnedBy!: string;
}

/** The submission approved, its figures pinned: later figures of the engine do not change them. */
export class ReportApprovedData {
  @IsNonEmptyText() reportId!: string;
  @IsNonEmptyText() unitId!: string;
  @IsInt() @Min(1) submission!: number;
  @NestedList(() => PublishedValueData) values!: PublishedValueData[];
  @IsIsoDate() structureDate!: string;
  @IsOptional() @IsNonEmptyText() comment?: string;
  @IsIsoDateTime() approvedAt!: string;
  @IsNonEmptyText() approvedBy!: string;
}

export class ReportExcusedData extends ReportKeyData {
  @IsNonEmptyText() reason!: string;
  @IsIsoDateTime() excusedAt!: string;
  @IsNonEmptyText() excusedBy!: string;
}

/** The approved submission is reopened: the report is returned to the unit. */
export class ReportReopenedData {
  @IsNonEmptyText() reportId!: string;
  @IsNonEmptyText() unitId!: string;
  @IsInt() @Min(1) submission!: number;
  @IsNonEmptyText() reason!: string;
  @IsIsoDateTime() reopenedAt!: string;
  @IsNonEmptyText() reopenedBy!: string;
}

export const reportEventTypes = [
  eventType('ReportDraftSaved', ReportDraftSavedData),
  eventType('ReportSubmitted', ReportSubmittedData),
  eventType('ReportReturned', ReportReturnedData),
  eventType('ReportApproved', ReportApprovedData),
  eventType('ReportExcused', ReportExcusedData),
  eventType('ReportReopened', ReportReopenedData),
] as const;
