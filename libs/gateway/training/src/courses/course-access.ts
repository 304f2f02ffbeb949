import { scopeOf } from '@tn/shared-auth';
import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireMayLearnMissing, requireUser } from '@tn/gateway-core';
import type { TrainingPermission } from '@tn/training-contracts';
import { requireTrainingPermission, trainingAllows } from '../core/training-permissions';
import { coursesOf } from './course-reads';
import type { CourseDoc } from './course.read-model';

/**
 * A course a command or a roster names, from the read model. An unknown id answers
 * COURSE.NOT_FOUND (naming the field) only to a caller holding `permission` everywhere; anyone
 * else hears FORBIDDEN, as for another unit's course, so course ids cannot be probed.
 */
export async function requireCourse(context: GatewayContext, courseId: string, permission: TrainingPermission = 'training:write'): Promise<CourseDoc> {
  requireUser(context);
  const course = await coursesOf(context).course(courseId);
  if (course) return course;
  requireMayLearnMissing(context, permission);
  throw apiError({ code: 'COURSE.NOT_FOUND', kind: 'not-found', field: 'courseId' }, context.language);
}

/** A command of the running unit's managers: `training:write` over it (the service checks the same). */
export async function requireCourseWriter(context: GatewayContext, courseId: string): Promise<{ course: CourseDoc; user: RequestUser }> {
  const course = await requireCourse(context, courseId);
  return { course, user: await requireTrainingPermission(context, 'training:write', course.runningUnitId) };
}

/** Whether the caller teaches the course: named among its trainers, holding `training:teach` (the trainer role). */
export function isTeaching(user: RequestUser, course: Pick<CourseDoc, 'trainerIds'>): boolean {
  const personId = user.claims.personId;
  if (personId === undefined || !course.trainerIds.includes(personId)) return false;
  const scope = scopeOf(user.claims.grants, 'training:teach');
  return scope === 'everywhere' || scope.length > 0;
}

/** Attendance and assessment: a trainer of the course with `training:teach`, or the running unit's managers. */
export async function requireCourseTeacher(context: GatewayContext, courseId: string): Promise<{ course: CourseDoc; user: RequestUser }> {
  const course = await requireCourse(context, courseId);
  const user = requireUser(context);
  if (isTeaching(user, course)) return { course, user };
  return { course, user: await requireTrainingPermission(context, 'training:write', course.runningUnitId) };
}

/** Who reads a course: `training:read` over its running unit, its trainers, and its learners. */
export async function mayReadCourse(context: GatewayContext, course: CourseDoc): Promise<boolean> {
  const user = requireUser(context);
  if (user.claims.personId !== undefined && course.trainerIds.includes(user.claims.personId)) return true;
  if (await trainingAllows(context, 'training:read', course.runningUnitId)) return true;
  return user.claims.personId !== undefined && (await coursesOf(context).enrolment(course.courseId, user.claims.personId)) !== undefined;
}
