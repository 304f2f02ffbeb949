import type { activityEventTypes } from '@tn/campaigns-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The activity's events; their one schema is in the contracts. */
export type ActivityEvent = EventsOf<typeof activityEventTypes>;

export { ACTIVITY_STREAM_TYPE, activityStreamId } from '@tn/campaigns-contracts';
