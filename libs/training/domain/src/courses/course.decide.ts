import { assertNever, type Decider } from '@tn/shared-decider';
import type { CourseCommand } from './course.commands';
import { completeCourse } from './course.completion';
import { approveEnrolment, declineEnrolment, recordAssessment, recordAttendance, requestEnrolment, withdrawEnrolment } from './course.enrolment';
import type { CourseEvent } from './course.events';
import { evolveCourse, initialCourse } from './course.evolve';
import { assignTrainer, cancelCourse, cancelSession, planCourse, removeTrainer, scheduleSession } from './course.plan';
import { requireActing } from './course.rules';
import type { CourseState } from './course.types';

function decideCourse(command: CourseCommand, state: CourseState): CourseEvent[] {
  requireActing(command);
  switch (command.type) {
    case 'PlanCourse':
      return planCourse(command, state);
    case 'ScheduleCourseSession':
      return scheduleSession(command, state);
    case 'CancelCourseSession':
      return cancelSession(command, state);
    case 'AssignCourseTrainer':
      return assignTrainer(command, state);
    case 'RemoveCourseTrainer':
      return removeTrainer(command, state);
    case 'RequestEnrolment':
      return requestEnrolment(command, state);
    case 'ApproveEnrolment':
      return approveEnrolment(command, state);
    case 'DeclineEnrolment':
      return declineEnrolment(command, state);
    case 'WithdrawEnrolment':
      return withdrawEnrolment(command, state);
    case 'RecordSessionAttendance':
      return recordAttendance(command, state);
    case 'RecordAssessment':
      return recordAssessment(command, state);
    case 'CompleteCourse':
      return completeCourse(command, state);
    case 'CancelCourse':
      return cancelCourse(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * A course (one stream each): planned with qualified trainers, sessions, enrolment with approval,
 * capacity and a FIFO waitlist, attendance per session, assessment, then completed or cancelled.
 */
export const courseDecider: Decider<CourseCommand, CourseEvent, CourseState> = {
  initialState: initialCourse,
  decide: decideCourse,
  evolve: evolveCourse,
};
