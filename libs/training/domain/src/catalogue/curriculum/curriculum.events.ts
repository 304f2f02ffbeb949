import type { curriculumEventTypes } from '@tn/training-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The curriculum's events; their one schema is in the contracts. */
export type CurriculumEvent = EventsOf<typeof curriculumEventTypes>;

/** One stream per curriculum. */
export { CURRICULUM_STREAM_TYPE, curriculumStreamId } from '@tn/training-contracts';
