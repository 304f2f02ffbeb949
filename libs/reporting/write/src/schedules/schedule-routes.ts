import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { reportScheduleCommandTypes } from '@tn/reporting-contracts';
import { REPORT_SCHEDULE_STREAM_TYPE, reportScheduleDecider } from '@tn/reporting-domain';
import { acting } from '../acting';

/** Reporting schedules: one stream per unit, template and period; the command needs nothing looked up. */
export const scheduleRoutes = (): CommandRoute[] =>
  routesOf(reportScheduleCommandTypes, { streamType: REPORT_SCHEDULE_STREAM_TYPE, decider: reportScheduleDecider }, { ScheduleReports: () => ({}) }).map(
    acting,
  );
