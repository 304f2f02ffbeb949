import type { CommendationData, PublishedValueData, ReportSectionData, ReportStatus } from '@tn/reporting-contracts';

/** A submission as it was sent: what an approval pins. */
export interface ReportSubmission {
  submission: number;
  structureDate: string;
  values: PublishedValueData[];
  /** Who submitted it: the same account may not approve it. */
  submittedBy: string;
}

/**
 * A report as its decisions need it (and the authoriser: `unitId`, whose parent approves).
 * `none` before its first event; `submissions` counts them (the next is one more).
 */
export interface ReportState {
  status: ReportStatus;
  reportId: string;
  unitId: string;
  templateId: string;
  period: string;
  sections: ReportSectionData[];
  commendations: CommendationData[];
  submissions: number;
  /** The latest submission. */
  submitted?: ReportSubmission;
  /** The submission approved last (kept while reopened, until another is). */
  approvedSubmission?: number;
}
