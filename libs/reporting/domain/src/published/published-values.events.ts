import type { publishedValuesEventTypes } from '@tn/reporting-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The published values' events; their one schema is in the contracts. */
export type PublishedValuesEvent = EventsOf<typeof publishedValuesEventTypes>;

/** One stream per unit and period: its revisions supersede one another within it. */
export { PUBLISHED_VALUES_STREAM_TYPE } from '@tn/reporting-contracts';
