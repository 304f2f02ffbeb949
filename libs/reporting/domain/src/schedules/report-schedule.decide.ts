import { isIsoDate } from '@tn/shared-event-contracts';
import { assertNever, type Decider } from '@tn/shared-decider';
import { requireAct } from '../common/act';
import { validationError } from '../common/errors';
import { requireTemplatePeriod } from '../reports/report.rules';
import type { ReportScheduleCommand, ScheduleReportsCommand } from './report-schedule.commands';
import type { ReportScheduleEvent } from './report-schedule.events';
import { evolveReportSchedule, initialReportSchedule } from './report-schedule.evolve';
import type { ReportScheduleState } from './report-schedule.types';

const WINDOW_DATES = ['opensOn', 'dueOn', 'closesOn'] as const;

/**
 * The window for a template's reports of a period in the unit's subtree: three calendar dates in
 * order (opens ≤ due ≤ closes). Any dates, past ones too: a unit may open a window late for a
 * report never made. The same window again records nothing.
 */
function schedule(command: ScheduleReportsCommand, state: ReportScheduleState): ReportScheduleEvent[] {
  const { unitId, templateId, period, at, actorId } = command;
  requireAct(command);
  requireTemplatePeriod(templateId, period);
  for (const field of WINDOW_DATES) {
    if (!isIsoDate(command[field]))
      throw validationError('SCHEDULE.DATE_INVALID', field, `"${String(command[field])}" is not a calendar date`, { [field]: command[field] });
  }
  const { opensOn, dueOn, closesOn } = command;
  if (opensOn > dueOn || dueOn > closesOn) {
    throw validationError('SCHEDULE.WINDOW_ORDER', 'dueOn', 'the window opens, then falls due, then closes', { opensOn, dueOn, closesOn });
  }
  const window = state.window;
  if (window && window.opensOn === opensOn && window.dueOn === dueOn && window.closesOn === closesOn) return [];
  return [{ type: 'ReportsScheduled', data: { unitId, templateId, period, opensOn, dueOn, closesOn, scheduledBy: actorId, scheduledAt: at } }];
}

function decideReportSchedule(command: ReportScheduleCommand, state: ReportScheduleState): ReportScheduleEvent[] {
  switch (command.type) {
    case 'ScheduleReports':
      return schedule(command, state);
    default:
      return assertNever(command.type);
  }
}

/** A unit's schedule for its subtree's reports of one template and period (one stream each): schedules that replace one another. */
export const reportScheduleDecider: Decider<ReportScheduleCommand, ReportScheduleEvent, ReportScheduleState> = {
  initialState: initialReportSchedule,
  decide: decideReportSchedule,
  evolve: evolveReportSchedule,
};
