import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, requireUser } from '@tn/gateway-core';
import { today } from '@tn/gateway-registry';
import { COURSE_LEVELS, COURSE_MODES, COURSE_PRIORITY_AREAS, coursePlanCommandTypes, enrolmentCommandTypes, LEARNER_KINDS } from '@tn/training-contracts';
import { TrainingClient } from '../core/training-client';
import { requireTrainingPermission } from '../core/training-permissions';
import { requireVocabularyValue } from '../core/vocabulary';
import { requireCourse, requireCourseTeacher, requireCourseWriter } from './course-access';
import {
  ApproveEnrolmentInput,
  AssignCourseTrainerInput,
  CancelCourseInput,
  CancelCourseSessionInput,
  CompleteCourseInput,
  DeclineEnrolmentInput,
  PlanCourseInput,
  RecordAssessmentInput,
  RecordSessionAttendanceInput,
  RemoveCourseTrainerInput,
  RequestEnrolmentInput,
  ScheduleCourseSessionInput,
  WithdrawEnrolmentInput,
} from './course.inputs';

/** The person a self-service command names: the one given, else the signed-in person (BAD_USER_INPUT without one). */
function personOf(context: GatewayContext, personId: string | undefined): string {
  const id = personId ?? requireUser(context).claims.personId;
  if (!id) throw apiError({ code: 'BAD_USER_INPUT', kind: 'validation', field: 'personId' }, context.language);
  return id;
}

/** A learner's kind: the one given, else the signed-in person's when they ask for themselves. */
function learnerKindOf(context: GatewayContext, input: RequestEnrolmentInput, personId: string): string {
  const { claims } = requireUser(context);
  const kind = input.personKind ?? (claims.personId === personId ? claims.kind : undefined);
  if (kind === undefined) throw apiError({ code: 'COURSE.VALUE_REQUIRED', kind: 'validation', field: 'personKind' }, context.language);
  return requireVocabularyValue(kind, LEARNER_KINDS, 'personKind', context.language, 'COURSE.VALUE_UNKNOWN');
}

/** Courses: planning, sessions, trainers, enrolment, attendance, assessment, completion. The service checks every right again. */
@Resolver()
export class CourseChangesResolver {
  constructor(private readonly client: TrainingClient) {}

  @Mutation(() => CommandResultView, {
    description: 'Plan a course of a curriculum, run by a unit; every trainer must hold a valid trainer qualification over its dates.',
  })
  async planCourse(@Context() context: GatewayContext, @Args('input') input: PlanCourseInput): Promise<CommandResultView> {
    const language = context.language;
    const level = requireVocabularyValue(input.level, COURSE_LEVELS, 'level', language, 'COURSE.VALUE_UNKNOWN');
    const mode = requireVocabularyValue(input.mode, COURSE_MODES, 'mode', language, 'COURSE.VALUE_UNKNOWN');
    const priorityAreas = input.priorityAreas.map((area) =>
      requireVocabularyValue(area, COURSE_PRIORITY_AREAS, 'priorityAreas', language, 'COURSE.VALUE_UNKNOWN'),
    );
    const user = await requireTrainingPermission(context, 'training:write', input.runningUnitId);
    const courseId = input.courseId ?? freshIdOf(context);
    const payload = {
      courseId,
      curriculumId: input.curriculumId,
      title: input.title,
      runningUnitId: input.runningUnitId,
      level,
      mode,
      priorityAreas,
      capacity: input.capacity,
      waitlist: input.waitlist,
      passMark: input.passMark,
      ...(input.minimumAttendanceShare === undefined || input.minimumAttendanceShare === null ? {} : { minimumAttendanceShare: input.minimumAttendanceShare }),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      trainerIds: [...input.trainerIds],
      materials: input.materials.map(({ materialId, version }) => ({ materialId, version })),
    };
    const outcome = await this.client.send(coursePlanCommandTypes, 'PlanCourse', payload, user, language);
    return { id: courseId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Schedule a session within the course dates. Returns the session id.' })
  async scheduleCourseSession(@Context() context: GatewayContext, @Args('input') input: ScheduleCourseSessionInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseWriter(context, input.courseId);
    const sessionId = input.sessionId ?? freshIdOf(context);
    const { date, hours, place, link } = input;
    const payload = { courseId: course.courseId, sessionId, date, hours, ...(place ? { place } : {}), ...(link ? { link } : {}) };
    const outcome = await this.client.send(coursePlanCommandTypes, 'ScheduleCourseSession', payload, user, context.language);
    return { id: sessionId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Cancel a session whose attendance was not recorded.' })
  async cancelCourseSession(@Context() context: GatewayContext, @Args('input') input: CancelCourseSessionInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseWriter(context, input.courseId);
    const payload = { courseId: course.courseId, sessionId: input.sessionId, ...(input.reason ? { reason: input.reason } : {}) };
    const outcome = await this.client.send(coursePlanCommandTypes, 'CancelCourseSession', payload, user, context.language);
    return { id: input.sessionId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Add a trainer (who must hold a valid trainer qualification over the course dates).' })
  async assignCourseTrainer(@Context() context: GatewayContext, @Args('input') input: AssignCourseTrainerInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseWriter(context, input.courseId);
    const outcome = await this.client.send(
      coursePlanCommandTypes,
      'AssignCourseTrainer',
      { courseId: course.courseId, personId: input.personId },
      user,
      context.language,
    );
    return { id: course.courseId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Remove a trainer (at least one stays).' })
  async removeCourseTrainer(@Context() context: GatewayContext, @Args('input') input: RemoveCourseTrainerInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseWriter(context, input.courseId);
    const outcome = await this.client.send(
      coursePlanCommandTypes,
      'RemoveCourseTrainer',
      { courseId: course.courseId, personId: input.personId, ...(input.reason ? { reason: input.reason } : {}) },
      user,
      context.language,
    );
    return { id: course.courseId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Complete the course: who passed is decided from scores and attendance; qualifications follow.' })
  async completeCourse(@Context() context: GatewayContext, @Args('input') input: CompleteCourseInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseWriter(context, input.courseId);
    const outcome = await this.client.send(
      coursePlanCommandTypes,
      'CompleteCourse',
      { courseId: course.courseId, completedOn: input.completedOn ?? today() },
      user,
      context.language,
    );
    return { id: course.courseId, ...outcome };
  }

  @Mutation(() => CommandResultView)
  async cancelCourse(@Context() context: GatewayContext, @Args('input') input: CancelCourseInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseWriter(context, input.courseId);
    const outcome = await this.client.send(coursePlanCommandTypes, 'CancelCourse', { courseId: course.courseId, reason: input.reason }, user, context.language);
    return { id: course.courseId, ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description: "Ask for a place: for yourself (no permission needed), or a learner nominated by their unit's managers. Returns the course id.",
  })
  async requestEnrolment(@Context() context: GatewayContext, @Args('input') input: RequestEnrolmentInput): Promise<CommandResultView> {
    const user = requireUser(context);
    const personId = personOf(context, input.personId);
    const personKind = learnerKindOf(context, input, personId);
    if (user.claims.personId !== personId) await requireTrainingPermission(context, 'training:write', input.unitId);
    const payload = { courseId: input.courseId, personId, personKind, unitId: input.unitId, abroad: input.abroad };
    const outcome = await this.client.send(enrolmentCommandTypes, 'RequestEnrolment', payload, user, context.language);
    return { id: input.courseId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Approve a request: a place while one is free, else the waitlist when the course keeps one.' })
  async approveEnrolment(@Context() context: GatewayContext, @Args('input') input: ApproveEnrolmentInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseWriter(context, input.courseId);
    const outcome = await this.client.send(
      enrolmentCommandTypes,
      'ApproveEnrolment',
      { courseId: course.courseId, personId: input.personId },
      user,
      context.language,
    );
    return { id: course.courseId, ...outcome };
  }

  @Mutation(() => CommandResultView)
  async declineEnrolment(@Context() context: GatewayContext, @Args('input') input: DeclineEnrolmentInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseWriter(context, input.courseId);
    const payload = { courseId: course.courseId, personId: input.personId, reason: input.reason };
    const outcome = await this.client.send(enrolmentCommandTypes, 'DeclineEnrolment', payload, user, context.language);
    return { id: course.courseId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Give up a place (yourself, or by the running unit): the first waitlisted learner takes it.' })
  async withdrawEnrolment(@Context() context: GatewayContext, @Args('input') input: WithdrawEnrolmentInput): Promise<CommandResultView> {
    const personId = personOf(context, input.personId);
    const course = await requireCourse(context, input.courseId);
    const self = requireUser(context);
    const user = self.claims.personId === personId ? self : await requireTrainingPermission(context, 'training:write', course.runningUnitId);
    const payload = { courseId: course.courseId, personId, ...(input.reason ? { reason: input.reason } : {}) };
    const outcome = await this.client.send(enrolmentCommandTypes, 'WithdrawEnrolment', payload, user, context.language);
    return { id: course.courseId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "Record who was present at a session that took place (the course's trainers, or the running unit)." })
  async recordSessionAttendance(@Context() context: GatewayContext, @Args('input') input: RecordSessionAttendanceInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseTeacher(context, input.courseId);
    const payload = { courseId: course.courseId, sessionId: input.sessionId, presentPersonIds: [...input.presentPersonIds] };
    const outcome = await this.client.send(enrolmentCommandTypes, 'RecordSessionAttendance', payload, user, context.language);
    return { id: input.sessionId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "Record a confirmed learner's score (the course's trainers, or the running unit)." })
  async recordAssessment(@Context() context: GatewayContext, @Args('input') input: RecordAssessmentInput): Promise<CommandResultView> {
    const { course, user } = await requireCourseTeacher(context, input.courseId);
    const payload = { courseId: course.courseId, personId: input.personId, score: input.score };
    const outcome = await this.client.send(enrolmentCommandTypes, 'RecordAssessment', payload, user, context.language);
    return { id: course.courseId, ...outcome };
  }
}
