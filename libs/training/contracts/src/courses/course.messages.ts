import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';
import type { TrainingCommandScope } from '../common/command-rights';

/**
 * A course's life (one stream per course: sessions, trainers, places, the waitlist, attendance and
 * scores are consistent within it): planning, sessions, trainers, completion and cancellation.
 * Enrolment, attendance and assessment are in enrolment.messages.ts. People by id only.
 */

export const COURSE_STREAM_TYPE = 'course';
export const courseStreamId = (courseId: string) => streamIdOf(COURSE_STREAM_TYPE, courseId);

/** Commands on an existing course: `training:write` over its running unit. */
export const onCourse = (courseId: string): TrainingCommandScope => ({ permission: 'training:write', units: [], courseId });

// ---- parts ---------------------------------------------------------------------------------

/** A material's version the course teaches: recorded as planned, never moved to a later version. */
export class CourseMaterialPart {
  @IsString() materialId!: string;
  @IsFiniteNumber() version!: number;
}

// ---- commands ------------------------------------------------------------------------------

export class CourseCommandPayload {
  @IsString() courseId!: string;
}

/**
 * A course of a curriculum run by a unit. Dates are planned (they may lie ahead). Every trainer
 * must hold a valid trainer qualification on every day from `startsOn` to `endsOn`.
 * `minimumAttendanceShare` is 0.8 when absent.
 */
export class PlanCourse extends CourseCommandPayload {
  @IsString() curriculumId!: string;
  @IsString() title!: string;
  @IsString() runningUnitId!: string;
  @IsString() level!: string;
  @IsString() mode!: string;
  @IsArray() @IsString({ each: true }) priorityAreas!: string[];
  @IsFiniteNumber() capacity!: number;
  @IsBoolean() waitlist!: boolean;
  @IsFiniteNumber() passMark!: number;
  @IsOptional() @IsFiniteNumber() minimumAttendanceShare?: number;
  @IsString() startsOn!: string;
  @IsString() endsOn!: string;
  @IsArray() @IsString({ each: true }) trainerIds!: string[];
  @NestedList(() => CourseMaterialPart) materials!: CourseMaterialPart[];
}
/** A session on a date within the course's dates: a place in person, an https link online, either for a mixed course. */
export class ScheduleCourseSession extends CourseCommandPayload {
  @IsString() sessionId!: string;
  @IsString() date!: string;
  @IsFiniteNumber() hours!: number;
  @IsOptional() @IsString() place?: string;
  @IsOptional() @IsString() link?: string;
}
/** Only a session whose attendance was not recorded (one that took place stays). */
export class CancelCourseSession extends CourseCommandPayload {
  @IsString() sessionId!: string;
  @IsOptional() @IsString() reason?: string;
}
export class AssignCourseTrainer extends CourseCommandPayload {
  @IsString() personId!: string;
}
/** At least one trainer stays. */
export class RemoveCourseTrainer extends CourseCommandPayload {
  @IsString() personId!: string;
  @IsOptional() @IsString() reason?: string;
}
/** No later than today, and not before the last session. */
export class CompleteCourse extends CourseCommandPayload {
  @IsString() completedOn!: string;
}
export class CancelCourse extends CourseCommandPayload {
  @IsString() reason!: string;
}

const onItsCourse = { streamId: (p: CourseCommandPayload) => courseStreamId(p.courseId), rights: (p: CourseCommandPayload) => onCourse(p.courseId) };

export const coursePlanCommandTypes = [
  // A new course: the running unit's managers; its trainers must exist in the registry.
  commandType('PlanCourse', PlanCourse, {
    streamId: (p) => courseStreamId(p.courseId),
    rights: (p): TrainingCommandScope => ({ permission: 'training:write', units: [p.runningUnitId], people: p.trainerIds }),
  }),
  commandType('ScheduleCourseSession', ScheduleCourseSession, onItsCourse),
  commandType('CancelCourseSession', CancelCourseSession, onItsCourse),
  commandType('AssignCourseTrainer', AssignCourseTrainer, {
    streamId: (p) => courseStreamId(p.courseId),
    rights: (p): TrainingCommandScope => ({ ...onCourse(p.courseId), people: [p.personId] }),
  }),
  commandType('RemoveCourseTrainer', RemoveCourseTrainer, onItsCourse),
  commandType('CompleteCourse', CompleteCourse, onItsCourse),
  commandType('CancelCourse', CancelCourse, onItsCourse),
] as const;

// ---- events --------------------------------------------------------------------------------

class CourseEventData {
  @IsNonEmptyText() courseId!: string;
}

export class CourseMaterialData {
  @IsNonEmptyText() materialId!: string;
  @IsInt() version!: number;
}

/** `plannedBy`/`plannedOn`: the acting user and the server's date, as on every act below. */
export class CoursePlanned extends CourseEventData {
  @IsNonEmptyText() curriculumId!: string;
  @IsNonEmptyText() title!: string;
  @IsNonEmptyText() runningUnitId!: string;
  @IsNonEmptyText() level!: string;
  @IsNonEmptyText() mode!: string;
  @IsArray() @IsString({ each: true }) priorityAreas!: string[];
  @IsInt() capacity!: number;
  @IsBoolean() waitlist!: boolean;
  @IsFiniteNumber() passMark!: number;
  @IsFiniteNumber() minimumAttendanceShare!: number;
  @IsIsoDate() startsOn!: string;
  @IsIsoDate() endsOn!: string;
  @IsArray() @IsString({ each: true }) trainerIds!: string[];
  @NestedList(() => CourseMaterialData) materials!: CourseMaterialData[];
  @IsNonEmptyText() plannedBy!: string;
  @IsIsoDate() plannedOn!: string;
}
export class CourseSessionScheduled extends CourseEventData {
  @IsNonEmptyText() sessionId!: string;
  @IsIsoDate() date!: string;
  @IsFiniteNumber() hours!: number;
  @IsOptional() @IsString() place?: string;
  @IsOptional() @IsString() link?: string;
  @IsNonEmptyText() scheduledBy!: string;
  @IsIsoDate() scheduledOn!: string;
}
export class CourseSessionCancelled extends CourseEventData {
  @IsNonEmptyText() sessionId!: string;
  @IsOptional() @IsString() reason?: string;
  @IsNonEmptyText() cancelledBy!: string;
  @IsIsoDate() cancelledOn!: string;
}
export class CourseTrainerAssigned extends CourseEventData {
  @IsNonEmptyText() personId!: string;
  @IsNonEmptyText() assignedBy!: string;
  @IsIsoDate() assignedOn!: string;
}
export class CourseTrainerRemoved extends CourseEventData {
  @IsNonEmptyText() personId!: string;
  @IsOptional() @IsString() reason?: string;
  @IsNonEmptyText() removedBy!: string;
  @IsIsoDate() removedOn!: string;
}

/** A confirmed learner's result: `score` is absent for one never assessed (who missed the attendance share). */
export class CourseLearnerResultData {
  @IsNonEmptyText() personId!: string;
  @IsNonEmptyText() personKind!: string;
  @IsNonEmptyText() unitId!: string;
  @IsOptional() @IsFiniteNumber() score?: number;
  @IsFiniteNumber() attendedHours!: number;
}
/**
 * The course's outcome, which the qualification records react to: `passed` (score ≥ pass mark and
 * attended hours ≥ share × scheduled hours) and `notPassed`, confirmed learners only, by person id;
 * `trainerIds` are the trainers at completion (leading may renew their qualification).
 */
export class CourseCompleted extends CourseEventData {
  @IsNonEmptyText() curriculumId!: string;
  @IsNonEmptyText() runningUnitId!: string;
  @IsIsoDate() completedOn!: string;
  @IsArray() @IsString({ each: true }) trainerIds!: string[];
  @IsFiniteNumber() scheduledHours!: number;
  @NestedList(() => CourseLearnerResultData) passed!: CourseLearnerResultData[];
  @NestedList(() => CourseLearnerResultData) notPassed!: CourseLearnerResultData[];
  @IsNonEmptyText() completedBy!: string;
}
export class CourseCancelled extends CourseEventData {
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() cancelledBy!: string;
  @IsIsoDate() cancelledOn!: string;
}

export const coursePlanEventTypes = [
  eventType('CoursePlanned', CoursePlanned),
  eventType('CourseSessionScheduled', CourseSessionScheduled),
  eventType('CourseSessionCancelled', CourseSessionCancelled),
  eventType('CourseTrainerAssigned', CourseTrainerAssigned),
  eventType('CourseTrainerRemoved', CourseTrainerRemoved),
  eventType('CourseCompleted', CourseCompleted),
  eventType('CourseCancelled', CourseCancelled),
] as const;
