import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType('CourseMaterial', { description: 'A material version the course teaches, as planned (a later version never replaces it).' })
export class CourseMaterialView {
  @Field(() => ID) materialId!: string;
  @Field(() => Int) version!: number;
}

@ObjectType('CourseSession')
export class CourseSessionView {
  @Field(() => ID) sessionId!: string;
  @Field() date!: string;
  @Field(() => Float) hours!: number;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) link!: string | null;
  @Field() cancelled!: boolean;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field() attendanceRecorded!: boolean;
  @Field(() => Int) presentCount!: number;
}

@ObjectType('Course', { description: 'A course of a curriculum run by a unit: sessions, trainers, places and outcome.' })
export class CourseView {
  @Field(() => ID) id!: string;
  @Field(() => ID) curriculumId!: string;
  @Field() title!: string;
  @Field(() => ID) runningUnitId!: string;
  @Field({ description: 'central, province, commune or grassroots' }) level!: string;
  @Field({ description: 'in-person, online or mixed' }) mode!: string;
  @Field(() => [String], { description: 'ethnic-minority, mountain, border, island' }) priorityAreas!: string[];
  @Field(() => Int) capacity!: number;
  @Field() waitlist!: boolean;
  @Field(() => Float, { description: 'Lowest passing score, 0 to 100.' }) passMark!: number;
  @Field(() => Float, { description: 'Share of the scheduled hours a learner attends to pass, 0 to 1.' }) minimumAttendanceShare!: number;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => [ID]) trainerIds!: string[];
  @Field(() => [CourseMaterialView]) materials!: CourseMaterialView[];
  @Field(() => [CourseSessionView], { description: 'In date order.' }) sessions!: CourseSessionView[];
  @Field(() => Float, { description: 'Hours of the sessions not cancelled.' }) scheduledHours!: number;
  @Field(() => Int) pendingCount!: number;
  @Field(() => Int) confirmedCount!: number;
  @Field(() => Int) waitlistedCount!: number;
  @Field(() => [ID], { description: 'The waitlist in order: the first is promoted when a place frees up.' }) waitlistedIds!: string[];
  @Field(() => Int) freePlaces!: number;
  @Field(() => Int) passedCount!: number;
  @Field(() => Int) notPassedCount!: number;
  @Field({ description: 'open, completed or cancelled' }) status!: string;
  @Field() plannedOn!: string;
  @Field(() => ID) plannedBy!: string;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
  @Field(() => String, { nullable: true }) cancelledOn!: string | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
}

@ObjectType('CourseConnection')
export class CoursePage extends Paginated(CourseView) {}

@ObjectType('CourseResult', { description: "The learner's outcome, as the course's completion decided it." })
export class CourseResultView {
  @Field() passed!: boolean;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float) attendedHours!: number;
  @Field() completedOn!: string;
}

@ObjectType('CourseEnrolment', { description: 'One learner on one course.' })
export class CourseEnrolmentView {
  @Field(() => ID) courseId!: string;
  @Field(() => ID) personId!: string;
  @Field({ description: 'cadre or volunteer' }) personKind!: string;
  @Field(() => ID, { description: "The learner's own unit, as nominated." }) unitId!: string;
  @Field({ description: 'An online learner outside Vietnam.' }) abroad!: boolean;
  @Field({ description: 'pending, confirmed, waitlisted, declined or withdrawn' }) status!: string;
  @Field(() => Int, { nullable: true, description: '1 for the next to be promoted.' }) waitlistPosition!: number | null;
  @Field() requestedOn!: string;
  @Field(() => ID) requestedBy!: string;
  @Field() changedOn!: string;
  @Field(() => String, { nullable: true, description: 'Why it was declined or withdrawn.' }) reason!: string | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => String, { nullable: true }) assessedOn!: string | null;
  @Field(() => Float, { description: 'Hours of held sessions attended (so far, or as the completion counted them).' }) attendedHours!: number;
  @Field({ description: 'Whether the attended hours reach the minimum share.' }) meetsAttendance!: boolean;
  @Field({ description: 'Before completion: whether they would pass on what is recorded now; after: whether they passed.' }) passing!: boolean;
  @Field(() => CourseResultView, { nullable: true }) result!: CourseResultView | null;
  @Field(() => String, { description: "The course's title." }) courseTitle!: string;
  @Field({ description: "The course's status: open, completed or cancelled." }) courseStatus!: string;
}

@ObjectType('CourseEnrolmentConnection')
export class CourseEnrolmentPage extends Paginated(CourseEnrolmentView) {}

@ObjectType('CourseSessionAttendance')
export class CourseSessionAttendanceView {
  @Field(() => ID) courseId!: string;
  @Field(() => ID) sessionId!: string;
  @Field() date!: string;
  @Field(() => Float) hours!: number;
  @Field() recorded!: boolean;
  @Field(() => [ID]) presentPersonIds!: string[];
  @Field(() => String, { nullable: true }) recordedOn!: string | null;
  @Field(() => ID, { nullable: true }) recordedBy!: string | null;
}
