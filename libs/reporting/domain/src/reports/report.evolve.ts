import { assertNever } from '@tn/shared-decider';
import type { ReportEvent } from './report.events';
import type { ReportState } from './report.types';

export const initialReport = (): ReportState => ({
  status: 'none',
  reportId: '',
  unitId: '',
  templateId: '',
  period: '',
  sections: [],
  commendations: [],
  submissions: 0,
});

export function evolveReport(state: ReportState, event: ReportEvent): ReportState {
  switch (event.type) {
    case 'ReportDraftSaved': {
      const { reportId, unitId, templateId, period, sections, commendations } = event.data;
      return { ...state, status: 'draft', reportId, unitId, templateId, period, sections, commendations };
    }
    case 'ReportSubmitted': {
      const { submission, structureDate, values, submittedBy } = event.data;
      return { ...state, status: 'submitted', submissions: submission, submitted: { submission, structureDate, values, submittedBy } };
    }
    case 'ReportReturned':
      return { ...state, status: 'returned' };
    case 'ReportApproved':
      return { ...state, status: 'approved', approvedSubmission: event.data.submission };
    case 'ReportExcused': {
      const { reportId, unitId, templateId, period } = event.data;
      return { ...state, status: 'excused', reportId, unitId, templateId, period };
    }
    case 'ReportReopened':
      return { ...state, status: 'returned' };
    default:
      return assertNever(event);
  }
}
