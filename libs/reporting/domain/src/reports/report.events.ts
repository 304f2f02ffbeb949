import type { reportEventTypes } from '@tn/reporting-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The report's events; their one schema is in the contracts. */
export type ReportEvent = EventsOf<typeof reportEventTypes>;

/** One stream per unit, template and period: its drafts, submissions and approvals follow one another within it. */
export { REPORT_STREAM_TYPE } from '@tn/reporting-contracts';
