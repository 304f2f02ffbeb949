import { fold, given } from '@tn/shared-decider';
import type { ScheduleReportsCommand } from './report-schedule.commands';
import { reportScheduleDecider } from './report-schedule.decide';
import type { ReportScheduleEvent } from './report-schedule.events';

const act = { today: '2026-11-20', at: '2026-11-20T02:00:00.000Z', actorId: 'acc-tinh-doan' };
const window = { opensOn: '2026-11-25', dueOn: '2026-12-15', closesOn: '2027-01-31' };
const scheduleReports = (changes: Partial<ScheduleReportsCommand> = {}): ScheduleReportsCommand => ({
  type: 'ScheduleReports',
  unitId: 'tinh-lao-cai',
  templateId: 'yearly',
  period: 'Y2026',
  ...window,
  ...act,
  ...changes,
});
const scheduled = (changes: object = {}): ReportScheduleEvent => ({
  type: 'ReportsScheduled',
  data: {
    unitId: 'tinh-lao-cai',
    templateId: 'yearly',
    period: 'Y2026',
    ...window,
    scheduledBy: 'acc-tinh-doan',
    scheduledAt: '2026-11-20T02:00:00.000Z',
    ...changes,
  },
});

describe('reporting schedule decider', () => {
  it("sets the window of the subtree's yearly reports, by the actor at the server's time", () => {
    given(reportScheduleDecider).when(scheduleReports()).then([scheduled()]);
  });

  it('sets a window in the past: a review recorded late', () => {
    const late = { templateId: 'mid-term-review', period: 'Y2025', opensOn: '2025-11-01', dueOn: '2026-12-20', closesOn: '2026-12-31' };
    given(reportScheduleDecider)
      .when(scheduleReports(late))
      .then([scheduled(late)]);
  });

  it('takes a window that opens, falls due and closes on one day', () => {
    const oneDay = { opensOn: '2026-12-15', dueOn: '2026-12-15', closesOn: '2026-12-15' };
    given(reportScheduleDecider)
      .when(scheduleReports(oneDay))
      .then([scheduled(oneDay)]);
  });

  it('replaces an earlier schedule, and records nothing for the same window again', () => {
    const later = { dueOn: '2026-12-20' };
    given(reportScheduleDecider, [scheduled()])
      .when(scheduleReports(later))
      .then([scheduled(later)]);
    given(reportScheduleDecider, [scheduled()]).when(scheduleReports()).then([]);
    expect(fold(reportScheduleDecider, [scheduled(), scheduled(later)])).toEqual({ schedules: 2, window: { ...window, ...later } });
  });

  it('refuses a template the platform does not have', () => {
    const error = given(reportScheduleDecider)
      .when(scheduleReports({ templateId: 'monthly' }))
      .thenFails('REPORT.TEMPLATE_UNKNOWN');
    expect([error.field, error.details]).toEqual(['templateId', { templateId: 'monthly' }]);
  });

  it.each([
    ['yearly', 'H2026-2'],
    ['six-monthly', 'Y2026'],
    ['mid-term-review', 'Y2026'],
    ['final-review', 'Y2025'],
    ['yearly', 'Y2026:x'],
  ])('refuses %s reports for %s', (templateId, period) => {
    expect(given(reportScheduleDecider).when(scheduleReports({ templateId, period })).thenFails('REPORT.PERIOD_INVALID').field).toBe('period');
  });

  it.each(['opensOn', 'dueOn', 'closesOn'] as const)('refuses a %s that is not a calendar date', (field) => {
    expect(
      given(reportScheduleDecider)
        .when(scheduleReports({ [field]: '2026-02-30' }))
        .thenFails('SCHEDULE.DATE_INVALID').field,
    ).toBe(field);
  });

  it('refuses a window out of order', () => {
    given(reportScheduleDecider)
      .when(scheduleReports({ opensOn: '2026-12-16' }))
      .thenFails('SCHEDULE.WINDOW_ORDER');
    const error = given(reportScheduleDecider)
      .when(scheduleReports({ closesOn: '2026-12-14' }))
      .thenFails('SCHEDULE.WINDOW_ORDER');
    expect(error.details).toEqual({ ...window, closesOn: '2026-12-14' });
  });

  it('refuses an act with no actor', () => {
    given(reportScheduleDecider)
      .when(scheduleReports({ actorId: ' ' }))
      .thenFails('REPORTING.ACTOR_REQUIRED');
  });
});
