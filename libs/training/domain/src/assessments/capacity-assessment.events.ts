import type { capacityAssessmentEventTypes } from '@tn/training-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The assessment's events (subjects by id only); their one schema is in the contracts. */
export type CapacityAssessmentEvent = EventsOf<typeof capacityAssessmentEventTypes>;

/** One stream per assessment, its id `${rubricId}:${subject.id}:${period}` (capacityAssessmentIdOf in the contracts). */
export { capacityAssessmentStreamId } from '@tn/training-contracts';
