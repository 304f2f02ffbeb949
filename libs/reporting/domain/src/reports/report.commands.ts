import type { reportCommandTypes, ReportStatus, ReportWindow } from '@tn/reporting-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts } from '../common/act';

/** A direct child unit of the reporting unit, active today, and its own report for the same template and period as its stream stands. */
export interface ReportChild {
  unitId: string;
  status: ReportStatus;
  /** The submission approved, when it is. */
  submission?: number;
}

/** The window the route found for the unit's report (a schedule's, when one applies); absent: the template's. */
interface WindowFacts {
  window?: ReportWindow;
}

/** The report's commands: each payload (its one schema is in the contracts) with the act's facts and what the route looked up. */
export type ReportCommand = CommandsOf<
  typeof reportCommandTypes,
  {
    /** For each unit proposed for commendation, whether it is in the reporting unit's subtree today (this service's copy of the hierarchy). */
    SaveReportDraft: ActFacts & WindowFacts & { unitSubjectsInSubtree: Readonly<Record<string, boolean>> };
    /** The unit's direct child units active today, each with its report; `hasChildren` gives the unit more days to consolidate. */
    SubmitReport: ActFacts & WindowFacts & { children: readonly ReportChild[]; hasChildren: boolean };
    ReturnReport: ActFacts;
    ApproveReport: ActFacts;
    ExcuseReport: ActFacts;
    ReopenReport: ActFacts;
  }
>;

export type SaveReportDraftCommand = CommandNamed<ReportCommand, 'SaveReportDraft'>;
export type SubmitReportCommand = CommandNamed<ReportCommand, 'SubmitReport'>;
export type ReturnReportCommand = CommandNamed<ReportCommand, 'ReturnReport'>;
export type ApproveReportCommand = CommandNamed<ReportCommand, 'ApproveReport'>;
export type ExcuseReportCommand = CommandNamed<ReportCommand, 'ExcuseReport'>;
export type ReopenReportCommand = CommandNamed<ReportCommand, 'ReopenReport'>;
