import { projectionOver } from '@tn/shared-event-bus';
import { type ReportsScheduled, reportScheduleEventTypes, reportScheduleIdOf } from '@tn/reporting-contracts';

/** The window a unit set for its subtree's reports of one template and period, as its latest schedule states it. */
export type ReportScheduleDoc = ReportsScheduled;

/** One document per unit, template and period (`<unitId>:<templateId>:<period>`), read by id: equality only. */
export const reportScheduleProjection = projectionOver(reportScheduleEventTypes, {
  name: 'gateway-reporting-report-schedules',
  collection: 'gw_reporting_report_schedules',
  documentId: (event) => reportScheduleIdOf(event.data.unitId, event.data.templateId, event.data.period),
  evolve: (_doc: ReportScheduleDoc | null, event): ReportScheduleDoc => ({ ...event.data }),
});
