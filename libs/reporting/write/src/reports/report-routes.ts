import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { type CommendationPart, reportCommandTypes, reportIdOf } from '@tn/reporting-contracts';
import { REPORT_STREAM_TYPE, type ReportChild, reportDecider } from '@tn/reporting-domain';
import { acting } from '../acting';
import type { ReportingLookups } from '../lookups';
import { reportWindowFor } from '../schedules/report-window';

/** What the report routes look up: reports on their own streams, units in this service's copy of the hierarchy. */
export type ReportLookups = Pick<ReportingLookups, 'reportOf' | 'childrenOf' | 'lineageOf' | 'scheduleOf'>;

/** For each unit proposed for commendation, whether it is in the reporting unit's subtree today (its lineage then includes the unit). */
function unitSubjectsInSubtree(lookups: ReportLookups, unitId: string, commendations: readonly CommendationPart[], today: string) {
  const subjects = commendations.filter((proposal) => proposal.subjectKind === 'unit').map((proposal) => proposal.subjectId);
  return Object.fromEntries(subjects.map((subjectId) => [subjectId, lookups.lineageOf(subjectId, today).includes(unitId)]));
}

/** The unit's direct child units active today, each with its own report for the same template and period as its stream stands. */
async function childrenOf(lookups: ReportLookups, unitId: string, templateId: string, period: string, today: string): Promise<ReportChild[]> {
  const unitIds = lookups.childrenOf(unitId, today);
  const reports = await Promise.all(unitIds.map((child) => lookups.reportOf(reportIdOf(child, templateId, period))));
  return reports.map(({ status, approvedSubmission }, index) => {
    const unitId = unitIds[index] ?? '';
    return status === 'approved' && approvedSubmission !== undefined ? { unitId, status, submission: approvedSubmission } : { unitId, status };
  });
}

/**
 * Periodic reports: one stream per unit, template and period. A draft carries, for each unit it
 * proposes for commendation, whether that unit is in the reporting unit's subtree on the
 * server's today; a submission carries the unit's direct child units active today, each with
 * its report's status, so the decider refuses while one is neither approved nor excused. The
 * approving unit's commands need nothing looked up (the authoriser finds that unit).
 */
export const reportRoutes = (lookups: ReportLookups): CommandRoute[] =>
  routesOf(
    reportCommandTypes,
    { streamType: REPORT_STREAM_TYPE, decider: reportDecider },
    {
      SaveReportDraft: async ({ unitId, templateId, period, commendations }, envelope) => {
        const today = vietnamDateOf(envelope.issuedAt);
        const hasChildren = lookups.childrenOf(unitId, today).length > 0;
        const window = await reportWindowFor(lookups, lookups.lineageOf(unitId, today), templateId, period, hasChildren);
        return { unitSubjectsInSubtree: unitSubjectsInSubtree(lookups, unitId, commendations, today), ...(window ? { window } : {}) };
      },
      SubmitReport: async ({ unitId, templateId, period }, envelope) => {
        const today = vietnamDateOf(envelope.issuedAt);
        const children = await childrenOf(lookups, unitId, templateId, period, today);
        const hasChildren = children.length > 0;
        const window = await reportWindowFor(lookups, lookups.lineageOf(unitId, today), templateId, period, hasChildren);
        return { children, hasChildren, ...(window ? { window } : {}) };
      },
    },
  ).map(acting);
