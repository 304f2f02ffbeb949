// The courses area of the training slice: courses with sessions and trainers, enrolment, attendance per session, results.
import type { TrainingArea } from '../core/training-area';
import { CourseChangesResolver } from './course-changes.resolver';
import { courseProjection } from './course.read-model';
import { CoursesResolver } from './courses.resolver';
import { enrolmentProjection } from './enrolment.read-model';
import { sessionAttendanceProjection } from './session-attendance.read-model';

export const coursesArea: TrainingArea = {
  projections: [courseProjection, enrolmentProjection, sessionAttendanceProjection],
  providers: [CoursesResolver, CourseChangesResolver],
};
