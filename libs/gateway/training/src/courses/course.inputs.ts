import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';

@InputType()
export class CourseMaterialInput {
  @Field(() => ID) @IsString() @IsEntityId() materialId!: string;
  @Field(() => Int, { description: 'An approved version of the material.' }) @IsInt() version!: number;
}

@InputType({ description: 'A course of a curriculum run by a unit. Every trainer must hold a valid trainer qualification on every day of its dates.' })
export class PlanCourseInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() courseId?: string;
  @Field(() => ID) @IsString() @IsEntityId() curriculumId!: string;
  @Field() @IsLineText() title!: string;
  @Field(() => ID) @IsString() @IsEntityId() runningUnitId!: string;
  @Field({ description: 'central, province, commune or grassroots' }) @IsString() level!: string;
  @Field({ description: 'in-person, online or mixed' }) @IsString() mode!: string;
  @Field(() => [String], { defaultValue: [], description: 'ethnic-minority, mountain, border, island' })
  @IsArray()
  @IsString({ each: true })
  priorityAreas!: string[];
  @Field(() => Int) @IsInt() capacity!: number;
  @Field({ defaultValue: false }) @IsBoolean() waitlist!: boolean;
  @Field(() => Float, { description: '0 to 100.' }) @IsNumber() passMark!: number;
  @Field(() => Float, { nullable: true, description: '0 to 1; 0.8 when absent.' }) @IsOptional() @IsNumber() minimumAttendanceShare?: number;
  @Field() @IsString() startsOn!: string;
  @Field() @IsString() endsOn!: string;
  @Field(() => [ID], { description: 'At least one.' }) @IsArray() @IsEntityId({ each: true }) trainerIds!: string[];
  @Field(() => [CourseMaterialInput], { defaultValue: [] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CourseMaterialInput)
  materials!: CourseMaterialInput[];
}

@InputType({ description: 'A session within the course dates: a place in person, an https link online, either for a mixed course.' })
export class ScheduleCourseSessionInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() sessionId?: string;
  @Field() @IsString() date!: string;
  @Field(() => Float, { description: '0.5 to 12.' }) @IsNumber() hours!: number;
  @Field({ nullable: true }) @IsOptional() @IsLineText() place?: string;
  @Field({ nullable: true }) @IsOptional() @IsLineText() link?: string;
}

@InputType()
export class CancelCourseSessionInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID) @IsString() @IsEntityId() sessionId!: string;
  @Field({ nullable: true }) @IsOptional() @IsProseText() reason?: string;
}

@InputType()
export class AssignCourseTrainerInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID) @IsString() @IsEntityId() personId!: string;
}

@InputType()
export class RemoveCourseTrainerInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID) @IsString() @IsEntityId() personId!: string;
  @Field({ nullable: true }) @IsOptional() @IsProseText() reason?: string;
}

@InputType({ description: "Ask for a place: for yourself, or nominated by your unit's managers." })
export class RequestEnrolmentInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the signed-in person.' }) @IsOptional() @IsString() @IsEntityId() personId?: string;
  @Field({ nullable: true, description: "cadre or volunteer; defaults to the signed-in person's kind." }) @IsOptional() @IsString() personKind?: string;
  @Field(() => ID, { description: "The learner's own unit." }) @IsString() @IsEntityId() unitId!: string;
  @Field({ defaultValue: false, description: 'An online learner outside Vietnam (online or mixed courses only).' }) @IsBoolean() abroad!: boolean;
}

@InputType()
export class ApproveEnrolmentInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID) @IsString() @IsEntityId() personId!: string;
}

@InputType()
export class DeclineEnrolmentInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID) @IsString() @IsEntityId() personId!: string;
  @Field() @IsProseText() reason!: string;
}

@InputType({ description: 'Give up a place (yourself, or by the running unit): the first waitlisted learner takes it.' })
export class WithdrawEnrolmentInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the signed-in person.' }) @IsOptional() @IsString() @IsEntityId() personId?: string;
  @Field({ nullable: true }) @IsOptional() @IsProseText() reason?: string;
}

@InputType({ description: 'Everyone present at a session that took place (confirmed learners only); a second record replaces the first.' })
export class RecordSessionAttendanceInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID) @IsString() @IsEntityId() sessionId!: string;
  @Field(() => [ID]) @IsArray() @IsEntityId({ each: true }) presentPersonIds!: string[];
}

@InputType({ description: "A confirmed learner's score, 0 to 100; a second one replaces the first." })
export class RecordAssessmentInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field(() => ID) @IsString() @IsEntityId() personId!: string;
  @Field(() => Float) @IsNumber() score!: number;
}

@InputType()
export class CompleteCourseInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field({ nullable: true, description: 'No later than today, not before the last session; today when absent.' })
  @IsOptional()
  @IsString()
  completedOn?: string;
}

@InputType()
export class CancelCourseInput {
  @Field(() => ID) @IsString() @IsEntityId() courseId!: string;
  @Field() @IsProseText() reason!: string;
}
