// The courses area: one decider per course stream (`course-<courseId>`).
export type * from './course.commands';
export type * from './course.events';
export { COURSE_STREAM_TYPE, courseStreamId } from './course.events';
export { courseDecider } from './course.decide';
export * from './course.types';
