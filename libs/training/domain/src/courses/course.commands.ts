import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { courseCommandTypes } from '@tn/training-contracts';
import type { ActingOnCourse, CurriculumFact, CourseMaterialVersionFact, CourseTrainerFact } from './course.types';

/**
 * The course's commands: each payload (its one schema is in the contracts) with its type, the
 * server's date and the acting user (`today`, `actorId`), plus what the route looks up:
 * - PlanCourse: the curriculum's status, each named material version (exists, approved), and for
 *   each named trainer whether they hold a valid trainer qualification over [startsOn, endsOn];
 * - AssignCourseTrainer: the same trainer fact over the course's dates;
 * - RequestEnrolment: the prerequisite qualification kinds the learner does not hold on today
 *   (those of the kinds the course's curriculum grants; empty when all are held).
 */
export type CourseCommand = CommandsOf<
  typeof courseCommandTypes,
  {
    PlanCourse: { curriculum: CurriculumFact; materialVersions: CourseMaterialVersionFact[]; trainers: CourseTrainerFact[] };
    AssignCourseTrainer: { trainer: CourseTrainerFact };
    RequestEnrolment: { missingPrerequisiteKindIds: string[] };
  }
> &
  ActingOnCourse;

export type PlanCourse = CommandNamed<CourseCommand, 'PlanCourse'>;
export type ScheduleCourseSession = CommandNamed<CourseCommand, 'ScheduleCourseSession'>;
export type CancelCourseSession = CommandNamed<CourseCommand, 'CancelCourseSession'>;
export type AssignCourseTrainer = CommandNamed<CourseCommand, 'AssignCourseTrainer'>;
export type RemoveCourseTrainer = CommandNamed<CourseCommand, 'RemoveCourseTrainer'>;
export type RequestEnrolment = CommandNamed<CourseCommand, 'RequestEnrolment'>;
export type ApproveEnrolment = CommandNamed<CourseCommand, 'ApproveEnrolment'>;
export type DeclineEnrolment = CommandNamed<CourseCommand, 'DeclineEnrolment'>;
export type WithdrawEnrolment = CommandNamed<CourseCommand, 'WithdrawEnrolment'>;
export type RecordSessionAttendance = CommandNamed<CourseCommand, 'RecordSessionAttendance'>;
export type RecordAssessment = CommandNamed<CourseCommand, 'RecordAssessment'>;
export type CompleteCourse = CommandNamed<CourseCommand, 'CompleteCourse'>;
export type CancelCourse = CommandNamed<CourseCommand, 'CancelCourse'>;
