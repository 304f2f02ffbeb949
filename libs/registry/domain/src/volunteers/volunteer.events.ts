import type { volunteerEventTypes } from '@tn/registry-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The volunteer's events; their one schema is in the contracts. */
export type VolunteerEvent = EventsOf<typeof volunteerEventTypes>;

export { VOLUNTEER_STREAM_TYPE, volunteerStreamId } from '@tn/registry-contracts';
