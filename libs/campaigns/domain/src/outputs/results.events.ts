import type { resultsEventTypes } from '@tn/campaigns-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** An activity's results events; their one schema is in the contracts. */
export type ResultsEvent = EventsOf<typeof resultsEventTypes>;

/**
 * One stream per activity for what it produced and mobilised, beside the activity's own stream
 * (ADR 0007): the lifecycle stream stays short, and results are recorded long after it settles.
 */
export { ACTIVITY_RESULTS_STREAM_TYPE, activityResultsStreamId } from '@tn/campaigns-contracts';
