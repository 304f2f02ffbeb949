import type { reportScheduleEventTypes } from '@tn/reporting-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The reporting schedule's events; their one schema is in the contracts. */
export type ReportScheduleEvent = EventsOf<typeof reportScheduleEventTypes>;

/** One stream per unit, template and period: a later schedule replaces the earlier. */
export { REPORT_SCHEDULE_STREAM_TYPE } from '@tn/reporting-contracts';
