import type { CourseMode, EnrolmentStatus, LearnerKind, LookedUpCurriculumStatus } from '@tn/training-contracts';

/** Every course command carries the server's date (Vietnam, YYYY-MM-DD) and the acting user: acts are dated and signed with them. */
export interface ActingOnCourse {
  today: string;
  actorId: string;
}

// ---- facts the route looks up in other streams (ADR 0006) ----------------------------------

/** The curriculum's status in the catalogue (published or retired): `none` when it does not exist. */
export interface CurriculumFact {
  status: LookedUpCurriculumStatus;
}

/** One material version the course names, as the catalogue holds it. */
export interface CourseMaterialVersionFact {
  materialId: string;
  version: number;
  exists: boolean;
  approved: boolean;
}

/** Whether a trainer holds a valid trainer qualification on every day of the course's dates. */
export interface CourseTrainerFact {
  personId: string;
  holdsValidTrainerQualification: boolean;
}

// ---- state ----------------------------------------------------------------------------------

export interface CourseLearner {
  personKind: LearnerKind;
  unitId: string;
  status: EnrolmentStatus;
  score?: number;
}

export interface CourseSession {
  date: string;
  hours: number;
  cancelled: boolean;
  /** Absent until attendance is recorded for the session. */
  presentPersonIds?: readonly string[];
}

/**
 * What decisions need, and no more: the title, level, areas and materials stay in CoursePlanned.
 * Learners and sessions are maps by id (a course of a few hundred learners decides in constant
 * time per person); the waitlist is the only ordered list.
 */
export interface Course {
  status: 'open' | 'completed' | 'cancelled';
  courseId: string;
  curriculumId: string;
  runningUnitId: string;
  mode: CourseMode;
  capacity: number;
  waitlist: boolean;
  passMark: number;
  minimumAttendanceShare: number;
  startsOn: string;
  endsOn: string;
  trainerIds: readonly string[];
  sessions: ReadonlyMap<string, CourseSession>;
  learners: ReadonlyMap<string, CourseLearner>;
  confirmedCount: number;
  /** Waitlisted person ids, first in first promoted. */
  waitlisted: readonly string[];
}

export type CourseState = { status: 'none' } | Course;

/** Places left before the course is full. */
export const freeCoursePlaces = (course: Course): number => Math.max(0, course.capacity - course.confirmedCount);

/** Sessions that still take place, with their ids. */
export const heldCourseSessions = (course: Course): [string, CourseSession][] => [...course.sessions].filter(([, session]) => !session.cancelled);
