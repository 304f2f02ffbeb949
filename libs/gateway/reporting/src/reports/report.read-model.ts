import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';
import { type CommendationAward, type CommendationSubjectKind, type PublishedValuePart, reportEventTypes, type ReportStatus } from '@tn/reporting-contracts';

export const REPORTING_REPORTS_COLLECTION = 'gw_reporting_reports';

/** A figure as a submission or an approval pins it: every number, null when there is none. */
export interface ReportValueDoc {
  indicatorId: string;
  version: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
}

export interface ReportCommendationDoc {
  proposalId: string;
  subjectKind: CommendationSubjectKind;
  subjectId: string;
  award: CommendationAward;
  reason: string;
}

export interface ReportHistoryDoc {
  action: 'draft-saved' | 'submitted' | 'returned' | 'approved' | 'excused' | 'reopened';
  at: string;
  by: string;
  /** The comment (returned, approved) or reason (excused, reopened). */
  text: string | null;
  submission: number | null;
}

/**
 * A unit's periodic report as it stands (`_id` = reportId `<unitId>:<templateId>:<period>`).
 * Read by id (a unit's own, and each child's for consolidation: the children are the
 * hierarchy's today, which the events cannot know) and by `templatePeriod` (rates over many
 * units): equality only.
 */
export interface ReportDoc {
  reportId: string;
  unitId: string;
  templateId: string;
  period: string;
  status: Exclude<ReportStatus, 'none'>;
  sections: { key: string; narrative: string }[];
  commendations: ReportCommendationDoc[];
  /** How many times it was submitted. */
  submissions: number;
  /** The latest submission's figures and the structure they were attributed by. */
  current: { submission: number; structureDate: string; stocksOn: string | null; values: ReportValueDoc[]; submittedAt: string; submittedBy: string } | null;
  /** The figures as approved: pinned, a later change of the facts does not touch them. */
  approved: { submission: number; values: ReportValueDoc[]; structureDate: string; approvedAt: string; approvedBy: string; comment: string | null } | null;
  history: ReportHistoryDoc[];
  dueOn: string | null;
  firstSubmittedAt: string | null;
  /** Whether the first submission came by the due day (timeliness counts the first only). */
  onTime: boolean | null;
  excuseReason: string | null;
  templatePeriod: string;
  updatedAt: string;
}

export const valueDocOf = (part: PublishedValuePart): ReportValueDoc => ({
  indicatorId: part.indicatorId,
  version: part.version,
  value: part.value ?? null,
  numerator: part.numerator ?? null,
  denominator: part.denominator ?? null,
  target: part.target ?? null,
});

/** A report with nothing in it yet: the first event of its stream fills it in. */
export function emptyReport(key: { reportId: string; unitId: string; templateId: string; period: string }, at: string): ReportDoc {
  const { reportId, unitId, templateId, period } = key;
  return {
    reportId,
    unitId,
    templateId,
    period,
    status: 'draft',
    sections: [],
    commendations: [],
    submissions: 0,
    current: null,
    approved: null,
    history: [],
    dueOn: null,
    firstSubmittedAt: null,
    onTime: null,
    excuseReason: null,
    templatePeriod: `${templateId}:${period}`,
    updatedAt: at,
  };
}

const withHistory = (doc: ReportDoc, entry: ReportHistoryDoc): ReportDoc => ({ ...doc, history: [...doc.history, entry], updatedAt: entry.at });

type ReportEnvelope = EnvelopeOf<EventsOf<typeof reportEventTypes>>;

/** Pure: the report after one event of its stream (events of one stream arrive in order). */
export function evolveReportDoc(doc: ReportDoc | null, event: ReportEnvelope): ReportDoc | null {
  switch (event.type) {
    case 'ReportDraftSaved': {
      const { sections, commendations, savedAt, savedBy } = event.data;
      const base = doc ?? emptyReport(event.data, savedAt);
      const saved = { ...base, status: 'draft' as const, sections: sections.map(({ key, narrative }) => ({ key, narrative })), commendations };
      return withHistory(saved, { action: 'draft-saved', at: savedAt, by: savedBy, text: null, submission: null });
    }
    case 'ReportSubmitted': {
      const { submission, structureDate, stocksOn, values, submittedAt, submittedBy, dueOn, onTime } = event.data;
      const base = doc ?? emptyReport(event.data, submittedAt);
      const first = base.firstSubmittedAt === null;
      const submitted: ReportDoc = {
        ...base,
        status: 'submitted',
        submissions: submission,
        current: { submission, structureDate, stocksOn: stocksOn ?? null, values: values.map(valueDocOf), submittedAt, submittedBy },
        dueOn,
        firstSubmittedAt: first ? submittedAt : base.firstSubmittedAt,
        onTime: first ? onTime : base.onTime,
      };
      return withHistory(submitted, { action: 'submitted', at: submittedAt, by: submittedBy, text: null, submission });
    }
    case 'ReportReturned': {
      if (!doc) return doc;
      const { submission, comment, returnedAt, returnedBy } = event.data;
      return withHistory({ ...doc, status: 'returned' }, { action: 'returned', at: returnedAt, by: returnedBy, text: comment, submission });
    }
    case 'ReportApproved': {
      if (!doc) return doc;
      const { submission, values, structureDate, comment, approvedAt, approvedBy } = event.data;
      const approved = { submission, values: values.map(valueDocOf), structureDate, approvedAt, approvedBy, comment: comment ?? null };
      return withHistory({ ...doc, status: 'approved', approved }, { action: 'approved', at: approvedAt, by: approvedBy, text: comment ?? null, submission });
    }
    case 'ReportExcused': {
      const { reason, excusedAt, excusedBy } = event.data;
      const base = doc ?? emptyReport(event.data, excusedAt);
      const excused = { ...base, status: 'excused' as const, excuseReason: reason };
      return withHistory(excused, { action: 'excused', at: excusedAt, by: excusedBy, text: reason, submission: null });
    }
    case 'ReportReopened': {
      if (!doc) return doc;
      const { submission, reason, reopenedAt, reopenedBy } = event.data;
      // The approval stays until the next one: what was approved remains what was approved.
      return withHistory({ ...doc, status: 'returned' }, { action: 'reopened', at: reopenedAt, by: reopenedBy, text: reason, submission });
    }
  }
}

/** Reports as the reporting service records them. */
export const reportProjection = projectionOver(reportEventTypes, {
  name: 'gateway-reporting-reports',
  collection: REPORTING_REPORTS_COLLECTION,
  documentId: (event) => event.data.reportId,
  // Rates over a level's units read a template and period's reports with one equality.
  indexes: [{ templatePeriod: 1 }],
  evolve: evolveReportDoc,
});
