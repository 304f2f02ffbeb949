import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { eachDistinct, type GatewayContext, pageOf, requireMayLearnMissing, requireUser } from '@tn/gateway-core';
import { requireTrainingPermission, trainingAllows } from '../core/training-permissions';
import { requireFilterValue } from '../core/vocabulary';
import { isTeaching, mayReadCourse, requireCourse } from './course-access';
import { coursesOf } from './course-reads';
import { CourseEnrolmentPage, type CourseEnrolmentView, CoursePage, CourseSessionAttendanceView, CourseView } from './course.models';
import type { CourseDoc } from './course.read-model';
import { learnerStanding } from './course-standing';
import { courseView, enrolmentView, sessionAttendanceView } from './course-views';
import type { EnrolmentDoc } from './enrolment.read-model';

const COURSE_STATUSES = ['open', 'completed', 'cancelled'] as const;
const ENROLMENT_STATUSES = ['pending', 'confirmed', 'waitlisted', 'declined', 'withdrawn'] as const;

/** Enrolments with their standing (each course and its sessions' attendance read once). */
async function enrolmentViewsOf(context: GatewayContext, enrolments: readonly EnrolmentDoc[]): Promise<CourseEnrolmentView[]> {
  const reads = coursesOf(context);
  const courseIds = [...new Set(enrolments.map((enrolment) => enrolment.courseId))];
  const courses = await eachDistinct(courseIds, async (courseId) => {
    const course = await reads.course(courseId);
    return course && { course, attendance: await reads.attendanceOf(course) };
  });
  const byId = new Map(courses.filter((each) => each !== undefined).map((each) => [each.course.courseId, each]));
  return enrolments.flatMap((enrolment) => {
    const found = byId.get(enrolment.courseId);
    return found ? [enrolmentView(enrolment, found.course, learnerStanding(enrolment, found.course, found.attendance))] : [];
  });
}

/** A course's learners and attendance: `training:read` over its running unit, or a trainer of it. */
async function requireCourseRoster(context: GatewayContext, courseId: string): Promise<CourseDoc> {
  const course = await requireCourse(context, courseId, 'training:read');
  if (!isTeaching(requireUser(context), course)) await requireTrainingPermission(context, 'training:read', course.runningUnitId);
  return course;
}

const pageArgs = (first?: number | null, after?: string | null) => ({ first: first ?? null, after: after ?? null });

/** Courses, their learners and attendance, and a person's courses. */
@Resolver(() => CourseView)
export class CoursesResolver {
  @Query(() => CourseView, { nullable: true, description: "A course: for the running unit's readers, its trainers and its learners." })
  async course(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<CourseView | null> {
    // Who asks comes first; a missing and a forbidden course answer alike (no existence oracle).
    requireUser(context);
    const doc = await coursesOf(context).course(id);
    if (!doc) {
      requireMayLearnMissing(context, 'training:read');
      return null;
    }
    if (!(await mayReadCourse(context, doc))) throw apiError({ code: 'FORBIDDEN', details: { permission: 'training:read' } }, context.language);
    return courseView(doc);
  }

  @Query(() => CoursePage, { description: 'The courses a unit runs, by start date, of one status or all.' })
  async courses(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('status', { nullable: true, description: 'open, completed or cancelled' }) status?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CoursePage> {
    const wanted = requireFilterValue(status, COURSE_STATUSES, 'status', context.language);
    await requireTrainingPermission(context, 'training:read', unitId);
    const views = (await coursesOf(context).coursesOf(unitId, wanted)).map(courseView);
    return pageOf(views, (view) => [view.startsOn, view.id], pageArgs(first, after), context.language);
  }

  @Query(() => CoursePage, { description: 'The courses a person is a trainer of, by start date (theirs, or those the caller reads).' })
  async coursesTaughtBy(
    @Context() context: GatewayContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CoursePage> {
    const user = requireUser(context);
    const docs = await coursesOf(context).coursesTaughtBy(personId);
    const shown = user.claims.personId === personId ? docs : await readableCourses(context, docs);
    return pageOf(shown.map(courseView), (view) => [view.startsOn, view.id], pageArgs(first, after), context.language);
  }

  @Query(() => CourseEnrolmentPage, { description: "A course's learners with their standing (attendance so far, score, whether they would pass)." })
  async courseEnrolments(
    @Context() context: GatewayContext,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('status', { nullable: true, description: 'pending, confirmed, waitlisted, declined or withdrawn' }) status?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CourseEnrolmentPage> {
    const wanted = requireFilterValue(status, ENROLMENT_STATUSES, 'status', context.language);
    const course = await requireCourseRoster(context, courseId);
    const views = await enrolmentViewsOf(context, await coursesOf(context).enrolmentsOf(course.courseId, wanted));
    return pageOf(views, (view) => [view.personId], pageArgs(first, after), context.language);
  }

  @Query(() => CourseSessionAttendanceView, { description: 'Who was present at one session of a course.' })
  async courseSessionAttendance(
    @Context() context: GatewayContext,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<CourseSessionAttendanceView> {
    const course = await requireCourseRoster(context, courseId);
    const session = course.sessions.find((each) => each.sessionId === sessionId);
    if (!session) throw apiError({ code: 'COURSE.SESSION_NOT_FOUND', kind: 'not-found', field: 'sessionId' }, context.language);
    return sessionAttendanceView(course.courseId, session, await coursesOf(context).sessionAttendance(course.courseId, sessionId));
  }

  @Query(() => CourseEnrolmentPage, {
    description: "A person's courses as a learner (theirs, or those the caller reads through the learner's or the course's unit).",
  })
  async personCourses(
    @Context() context: GatewayContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CourseEnrolmentPage> {
    const user = requireUser(context);
    const enrolments = await coursesOf(context).enrolmentsOfPerson(personId);
    const views = await enrolmentViewsOf(context, user.claims.personId === personId ? enrolments : await readableEnrolments(context, enrolments));
    return pageOf(views, (view) => [view.requestedOn, view.courseId], pageArgs(first, after), context.language);
  }

  @Query(() => CourseEnrolmentPage, { description: "The signed-in person's courses as a learner." })
  async myCourses(
    @Context() context: GatewayContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CourseEnrolmentPage> {
    const personId = requireUser(context).claims.personId;
    const enrolments = personId === undefined ? [] : await coursesOf(context).enrolmentsOfPerson(personId);
    return pageOf(await enrolmentViewsOf(context, enrolments), (view) => [view.requestedOn, view.courseId], pageArgs(first, after), context.language);
  }
}

/** The courses the caller may read (one permission check per distinct running unit). */
export async function readableCourses(context: GatewayContext, courses: readonly CourseDoc[]): Promise<CourseDoc[]> {
  const units = [...new Set(courses.map((course) => course.runningUnitId))];
  const allowed = new Set<string>();
  for (const unitId of units) if (await trainingAllows(context, 'training:read', unitId)) allowed.add(unitId);
  return courses.filter((course) => allowed.has(course.runningUnitId));
}

/** Enrolments the caller reads through the learner's unit or the course's running unit. */
async function readableEnrolments(context: GatewayContext, enrolments: readonly EnrolmentDoc[]): Promise<EnrolmentDoc[]> {
  const reads = coursesOf(context);
  const allowedUnits = new Map<string, Promise<boolean>>();
  const allowed = (unitId: string) => {
    let answer = allowedUnits.get(unitId);
    if (!answer) {
      answer = trainingAllows(context, 'training:read', unitId);
      allowedUnits.set(unitId, answer);
    }
    return answer;
  };
  const shown: EnrolmentDoc[] = [];
  for (const enrolment of enrolments) {
    if (await allowed(enrolment.unitId)) shown.push(enrolment);
    else {
      const course = await reads.course(enrolment.courseId);
      if (course && (await allowed(course.runningUnitId))) shown.push(enrolment);
    }
  }
  return shown;
}
