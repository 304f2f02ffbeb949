import type { EventsOf } from '@tn/shared-event-contracts';
import type { courseEventTypes } from '@tn/training-contracts';

/** The course's events (people by id only, domain.md §8); their one schema is in the contracts. */
export type CourseEvent = EventsOf<typeof courseEventTypes>;

/** One stream per course: places, the waitlist, attendance and scores are consistent within it. */
export { COURSE_STREAM_TYPE, courseStreamId } from '@tn/training-contracts';
