import { COURSE_LEVELS, COURSE_MODES, COURSE_PRIORITY_AREAS, type CourseMaterialPart } from '@tn/training-contracts';
import { illegalStateAt, illegalStateError, notFoundError, validationError } from '../common/errors';
import { requireIdList, requireIsoDate, requireNumberIn, requireOneOf, requireText, requireWholeNumberIn } from '../common/rules';
import type { PlanCourse, ScheduleCourseSession } from './course.commands';
import type { ActingOnCourse, Course, CourseState, CurriculumFact, CourseMaterialVersionFact, CourseTrainerFact } from './course.types';

/** The largest course one stream holds comfortably (its learners are folded on every decision). */
export const MAX_COURSE_CAPACITY = 1000;
/** A session lasts half an hour to a day's teaching, in quarter hours (whose sums are exact). */
export const SESSION_HOURS = { min: 0.5, max: 12, step: 0.25 } as const;

export function requireActing({ today, actorId }: ActingOnCourse): void {
  requireIsoDate(today, 'COURSE.DATE_INVALID', 'today');
  requireText(actorId, 'COURSE.VALUE_REQUIRED', 'actorId', 'the acting user');
}

export function requireCourse(state: CourseState, courseId: string): Course {
  if (state.status === 'none') throw notFoundError('COURSE.NOT_FOUND', `course ${courseId} is not planned`, { courseId });
  return state;
}

/** Nothing changes on a completed or cancelled course. */
export function requireOpen(state: CourseState, courseId: string): Course {
  const course = requireCourse(state, courseId);
  if (course.status !== 'open') throw illegalStateError('COURSE.CLOSED', `course ${courseId} is ${course.status}`, { courseId, status: course.status });
  return course;
}

function requireMaterials(materials: readonly CourseMaterialPart[]): void {
  if (!Array.isArray(materials)) throw validationError('COURSE.LIST_INVALID', 'materials', 'a list of material versions is required');
  requireIdList(
    materials.map((material) => material?.materialId),
    'COURSE.LIST_INVALID',
    'materials',
  );
  materials.forEach((material, index) =>
    requireWholeNumberIn(material.version, 1, Number.MAX_SAFE_INTEGER, 'COURSE.NUMBER_OUT_OF_RANGE', `materials.${index}.version`),
  );
}

/** The plan's own values, before any looked-up fact. */
export function requirePlan(command: PlanCourse): void {
  requireText(command.courseId, 'COURSE.VALUE_REQUIRED', 'courseId', 'a course id');
  requireText(command.curriculumId, 'COURSE.VALUE_REQUIRED', 'curriculumId', 'a curriculum');
  requireText(command.title, 'COURSE.VALUE_REQUIRED', 'title', 'a title');
  requireText(command.runningUnitId, 'COURSE.VALUE_REQUIRED', 'runningUnitId', 'a running unit');
  requireOneOf(command.level, COURSE_LEVELS, 'COURSE.VALUE_UNKNOWN', 'level');
  requireOneOf(command.mode, COURSE_MODES, 'COURSE.VALUE_UNKNOWN', 'mode');
  requireIdList(command.priorityAreas, 'COURSE.LIST_INVALID', 'priorityAreas');
  command.priorityAreas.forEach((area, index) => requireOneOf(area, COURSE_PRIORITY_AREAS, 'COURSE.VALUE_UNKNOWN', `priorityAreas.${index}`));
  requireWholeNumberIn(command.capacity, 1, MAX_COURSE_CAPACITY, 'COURSE.NUMBER_OUT_OF_RANGE', 'capacity');
  requireNumberIn(command.passMark, 0, 100, 'COURSE.NUMBER_OUT_OF_RANGE', 'passMark');
  if (command.minimumAttendanceShare !== undefined)
    requireNumberIn(command.minimumAttendanceShare, 0, 1, 'COURSE.NUMBER_OUT_OF_RANGE', 'minimumAttendanceShare');
  requireIsoDate(command.startsOn, 'COURSE.DATE_INVALID', 'startsOn');
  requireIsoDate(command.endsOn, 'COURSE.DATE_INVALID', 'endsOn');
  if (command.endsOn < command.startsOn) {
    throw validationError('COURSE.PERIOD_INVALID', 'endsOn', 'a course cannot end before it starts', { startsOn: command.startsOn, endsOn: command.endsOn });
  }
  if (!Array.isArray(command.trainerIds) || command.trainerIds.length === 0) {
    throw validationError('COURSE.TRAINER_REQUIRED', 'trainerIds', 'a course needs at least one trainer');
  }
  requireIdList(command.trainerIds, 'COURSE.LIST_INVALID', 'trainerIds');
  requireMaterials(command.materials);
}

/** A course teaches a curriculum that exists and is not retired. */
export function requireUsableCurriculum(curriculum: CurriculumFact, curriculumId: string): void {
  const status = curriculum?.status ?? 'none';
  if (status !== 'published') {
    throw illegalStateAt('COURSE.CURRICULUM_UNAVAILABLE', 'curriculumId', `curriculum ${curriculumId} is ${status === 'none' ? 'unknown' : status}`, {
      curriculumId,
      status,
    });
  }
}

/** Every material version the course names exists and was approved. */
export function requireUsableMaterials(materials: readonly CourseMaterialPart[], facts: readonly CourseMaterialVersionFact[]): void {
  materials.forEach(({ materialId, version }, index) => {
    const fact = (facts ?? []).find((candidate) => candidate.materialId === materialId && candidate.version === version);
    const problem = !fact?.exists ? 'not-found' : !fact.approved ? 'not-approved' : undefined;
    if (problem) {
      throw illegalStateAt('COURSE.MATERIAL_UNAVAILABLE', `materials.${index}`, `material ${materialId} version ${version} is ${problem}`, {
        materialId,
        version,
        problem,
      });
    }
  });
}

/**
 * Every trainer holds a valid trainer qualification on each day of the course (as the route
 * looked it up): a trainer with no fact counts as unqualified. The refusal names them all.
 */
export function requireQualifiedTrainers(
  trainerIds: readonly string[],
  facts: readonly CourseTrainerFact[],
  course: Pick<Course, 'startsOn' | 'endsOn'>,
  field: string,
): void {
  const qualified = new Set((facts ?? []).filter((fact) => fact.holdsValidTrainerQualification === true).map((fact) => fact.personId));
  const personIds = trainerIds.filter((personId) => !qualified.has(personId));
  if (personIds.length > 0) {
    throw illegalStateAt(
      'COURSE.TRAINER_NOT_QUALIFIED',
      field,
      `${personIds.join(', ')} hold${personIds.length === 1 ? 's' : ''} no valid trainer qualification from ${course.startsOn} to ${course.endsOn}`,
      // `trainers` as text too: the edge's message names them (templates fill strings only).
      { personIds, trainers: personIds.join(', '), startsOn: course.startsOn, endsOn: course.endsOn },
    );
  }
}

const isHttpsLink = (value: string): boolean => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};
const stated = (value: string | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/** In person: a place; online: an https link; mixed: either or both. A link given is always https. */
function requireVenue(command: ScheduleCourseSession, course: Course): void {
  const { mode } = course;
  if (stated(command.link) && !isHttpsLink(command.link)) {
    throw validationError('COURSE.SESSION_VENUE_INVALID', 'link', 'a session link is an https address', { mode });
  }
  if (mode === 'in-person' && !stated(command.place))
    throw validationError('COURSE.SESSION_VENUE_INVALID', 'place', 'an in-person session needs a place', { mode });
  if (mode === 'online' && !stated(command.link)) throw validationError('COURSE.SESSION_VENUE_INVALID', 'link', 'an online session needs a link', { mode });
  if (mode === 'mixed' && !stated(command.place) && !stated(command.link)) {
    throw validationError('COURSE.SESSION_VENUE_INVALID', 'place', 'a session of a mixed course needs a place or a link', { mode });
  }
}

export function requireSessionPlan(command: ScheduleCourseSession, course: Course): void {
  requireText(command.sessionId, 'COURSE.VALUE_REQUIRED', 'sessionId', 'a session id');
  if (course.sessions.has(command.sessionId)) {
    throw illegalStateAt('COURSE.SESSION_EXISTS', 'sessionId', `session ${command.sessionId} already exists`, { sessionId: command.sessionId });
  }
  requireIsoDate(command.date, 'COURSE.DATE_INVALID', 'date');
  if (command.date < course.startsOn || command.date > course.endsOn) {
    throw validationError('COURSE.SESSION_OUTSIDE_DATES', 'date', `a session falls within the course (${course.startsOn} to ${course.endsOn})`, {
      startsOn: course.startsOn,
      endsOn: course.endsOn,
    });
  }
  const { min, max, step } = SESSION_HOURS;
  if (typeof command.hours !== 'number' || !Number.isInteger(command.hours / step) || command.hours < min || command.hours > max) {
    throw validationError('COURSE.NUMBER_OUT_OF_RANGE', 'hours', `a session lasts ${min} to ${max} hours, in quarter hours`, {
      value: command.hours,
      min,
      max,
      step,
    });
  }
  requireVenue(command, course);
}
