// The courses area: one decider per course stream (`course-<courseId>`).
export type * from './course.commands';
export type * from './course.events';
export { COURSE_STREAM_TYPE, courseStreamId } from './course.events';
export { courseDecider } from './course.decide';
export { MAX_COURSE_CAPACITY, SESSION_HOURS } from './course.rules';
export * from './course.types';
