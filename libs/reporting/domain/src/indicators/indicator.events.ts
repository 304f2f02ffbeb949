import type { indicatorEventTypes } from '@tn/reporting-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The indicator's events; their one schema is in the contracts. */
export type IndicatorEvent = EventsOf<typeof indicatorEventTypes>;

/** One stream per plan indicator: its versions are decided within it. */
export { INDICATOR_STREAM_TYPE } from '@tn/reporting-contracts';
