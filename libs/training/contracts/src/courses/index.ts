import { coursePlanCommandTypes, coursePlanEventTypes } from './course.messages';
import { enrolmentCommandTypes, enrolmentEventTypes } from './enrolment.messages';

// The courses area: one stream per course (`course-<courseId>`), its messages, error codes and pass rule.
export * from './course-error-codes';
export * from './course-results';
export * from './course-vocabulary';
export * from './course.messages';
export * from './enrolment.messages';

export const courseCommandTypes = [...coursePlanCommandTypes, ...enrolmentCommandTypes] as const;
export const courseEventTypes = [...coursePlanEventTypes, ...enrolmentEventTypes] as const;
