import { REPORTING_CONTEXT, REPORTING_ERROR_CODES, REPORTING_ERROR_MESSAGES, reportingCommandTypes, reportingEventTypes } from './index';

const PLAN_COMMANDS = ['DraftPlan', 'RevisePlan', 'PublishPlan', 'AdoptPlan', 'OpenAdoptedPlan', 'SetPlanTargets'];
const PLAN_EVENTS = ['PlanDrafted', 'PlanRevised', 'PlanPublished', 'PlanAdoptionRecorded', 'PlanAdopted', 'PlanTargetsSet'];
const REPORT_COMMANDS = ['SaveReportDraft', 'SubmitReport', 'ReturnReport', 'ApproveReport', 'ExcuseReport', 'ReopenReport'];
const REPORT_EVENTS = ['ReportDraftSaved', 'ReportSubmitted', 'ReportReturned', 'ReportApproved', 'ReportExcused', 'ReportReopened'];

describe('the reporting context', () => {
  it('names its topics and lists every command and event type once', () => {
    expect(REPORTING_CONTEXT).toBe('reporting');
    expect(reportingCommandTypes.map((definition) => definition.type)).toEqual([
      'DefineIndicator',
      'ReviseIndicator',
      'RetireIndicator',
      'DeclareValue',
      'PublishIndicatorValues',
      ...PLAN_COMMANDS,
      ...REPORT_COMMANDS,
      'ScheduleReports',
    ]);
    expect(reportingEventTypes.map((definition) => definition.type)).toEqual([
      'IndicatorDefined',
      'IndicatorRevised',
      'IndicatorRetired',
      'ValueDeclared',
      'IndicatorValuesPublished',
      ...PLAN_EVENTS,
      ...REPORT_EVENTS,
      'ReportsScheduled',
    ]);
  });

  it('says every code once, in Vietnamese and English, and nothing it does not answer with', () => {
    expect(new Set(REPORTING_ERROR_CODES).size).toBe(REPORTING_ERROR_CODES.length);
    expect(Object.keys(REPORTING_ERROR_MESSAGES).sort()).toEqual([...REPORTING_ERROR_CODES].sort());
    const blank = Object.entries(REPORTING_ERROR_MESSAGES).filter(([, message]) => !message.vi.trim() || !message.en.trim() || message.vi === message.en);
    expect(blank).toEqual([]);
  });

  it('balances the brackets of every message, so an optional part is never left open', () => {
    const unbalanced = Object.entries(REPORTING_ERROR_MESSAGES).flatMap(([code, message]) =>
      [message.vi, message.en].filter((text) => text.split('[').length !== text.split(']').length || /\[[^\]]*\[/.test(text)).map(() => code),
    );
    expect(unbalanced).toEqual([]);
  });
});
