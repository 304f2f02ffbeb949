import { assertNever } from '@tn/shared-decider';
import type { ReportScheduleEvent } from './report-schedule.events';
import type { ReportScheduleState } from './report-schedule.types';

export const initialReportSchedule = (): ReportScheduleState => ({ schedules: 0 });

/** The latest schedule stands; the stream keeps the earlier ones. */
export function evolveReportSchedule(state: ReportScheduleState, event: ReportScheduleEvent): ReportScheduleState {
  switch (event.type) {
    case 'ReportsScheduled': {
      const { opensOn, dueOn, closesOn } = event.data;
      return { schedules: state.schedules + 1, window: { opensOn, dueOn, closesOn } };
    }
    default:
      return assertNever(event.type);
  }
}
