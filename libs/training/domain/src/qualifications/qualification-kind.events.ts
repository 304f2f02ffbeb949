import type { qualificationKindEventTypes } from '@tn/training-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The kind's events; their one schema is in the contracts. */
export type QualificationKindEvent = EventsOf<typeof qualificationKindEventTypes>;

/** One stream per qualification kind. */
export { QUALIFICATION_KIND_STREAM_TYPE, qualificationKindStreamId } from '@tn/training-contracts';
