import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';
import { CapacityScaleView } from './capacity-rubric.models';

@ObjectType('CapacitySubject', { description: 'Who is assessed: a unit, or a cadre (by id only) with the unit they serve in.' })
export class CapacitySubjectView {
  @Field({ description: 'unit or cadre' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field(() => ID) unitId!: string;
}

@ObjectType('CapacityCriterionScore')
export class CapacityCriterionScoreView {
  @Field(() => ID) criterionId!: string;
  @Field(() => Float, { description: "On the rubric version's scale." }) score!: number;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { description: "The criterion's share of the total weight." }) share!: number;
  @Field(() => String, { nullable: true }) evidence!: string | null;
}

@ObjectType('CapacityAssessmentAmendment')
export class CapacityAssessmentAmendmentView {
  @Field(() => ID) by!: string;
  @Field() on!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('CapacityComparison', {
  description: "The same subject's assessment on the same rubric for the period that ended last before this one started.",
})
export class CapacityComparisonView {
  @Field(() => ID) previousAssessmentId!: string;
  @Field() previousPeriod!: string;
  @Field(() => Float) previousWeightedScore!: number;
  @Field(() => Float, { description: 'This weighted score minus the previous one, in points on 0..100.' }) change!: number;
}

@ObjectType('CapacityAssessment', { description: 'A unit or a cadre scored against one rubric version for one period.' })
export class CapacityAssessmentView {
  @Field(() => ID, { description: '`<rubricId>:<subjectId>:<period>`: one per subject, rubric and period.' }) id!: string;
  @Field(() => CapacitySubjectView) subject!: CapacitySubjectView;
  @Field(() => ID) rubricId!: string;
  @Field(() => Int) rubricVersion!: number;
  @Field({ description: '2026, 2026-H1 or 2026-Q3' }) period!: string;
  @Field() periodStartsOn!: string;
  @Field() periodEndsOn!: string;
  @Field(() => CapacityScaleView) scale!: CapacityScaleView;
  @Field(() => [CapacityCriterionScoreView]) scores!: CapacityCriterionScoreView[];
  @Field(() => Float, { description: 'On 0..100 whatever the scale and weights: comparable across periods and rubric versions.' })
  weightedScore!: number;
  @Field() followUpPlan!: string;
  @Field({ description: 'recorded (amendable) or finalised' }) status!: string;
  @Field(() => ID) assessedBy!: string;
  @Field() assessedOn!: string;
  @Field(() => [CapacityAssessmentAmendmentView]) amendments!: CapacityAssessmentAmendmentView[];
  @Field(() => Int) amendmentCount!: number;
  @Field(() => ID, { nullable: true }) finalisedBy!: string | null;
  @Field(() => String, { nullable: true }) finalisedOn!: string | null;
}

@ObjectType('CapacityAssessmentConnection')
export class CapacityAssessmentPage extends Paginated(CapacityAssessmentView) {}

@InputType()
export class CapacitySubjectInput {
  @Field({ description: 'unit or cadre' }) @IsString() kind!: string;
  @Field(() => ID, { description: 'The unit assessed, or the cadre.' }) @IsString() @IsEntityId() id!: string;
  @Field(() => ID, { nullable: true, description: "The cadre's unit; for a unit, the unit itself (may be left out)." })
  @IsOptional()
  @IsString()
  @IsEntityId()
  unitId?: string;
}

@InputType()
export class CapacityScoreInput {
  @Field(() => ID) @IsString() @IsEntityId() criterionId!: string;
  @Field(() => Float, { description: "Within the rubric version's scale." }) @IsNumber() score!: number;
  @Field({ nullable: true, description: 'The work that shows it.' }) @IsOptional() @IsLineText() evidence?: string;
}

@InputType({
  description: 'A new assessment: every criterion of the rubric version scored once. Its id is derived from the rubric, the subject and the period.',
})
export class RecordCapacityAssessmentInput {
  @Field(() => CapacitySubjectInput) @ValidateNested() @Type(() => CapacitySubjectInput) subject!: CapacitySubjectInput;
  @Field(() => ID) @IsString() @IsEntityId() rubricId!: string;
  @Field(() => Int) @IsInt() rubricVersion!: number;
  @Field({ description: '2026, 2026-H1 or 2026-Q3 (a period that has started).' }) @IsLineText() period!: string;
  @Field(() => [CapacityScoreInput]) @IsArray() @ValidateNested({ each: true }) @Type(() => CapacityScoreInput) scores!: CapacityScoreInput[];
  @Field() @IsLineText() followUpPlan!: string;
}

@InputType({ description: 'New scores (every criterion again) or a new follow-up plan, or both, while the assessment is not finalised.' })
export class AmendCapacityAssessmentInput {
  @Field(() => ID) @IsString() @IsEntityId() assessmentId!: string;
  @Field(() => [CapacityScoreInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CapacityScoreInput)
  scores?: CapacityScoreInput[];
  @Field({ nullable: true }) @IsOptional() @IsLineText() followUpPlan?: string;
  @Field({ nullable: true, description: 'Why.' }) @IsOptional() @IsProseText() note?: string;
}

@InputType()
export class FinaliseCapacityAssessmentInput {
  @Field(() => ID) @IsString() @IsEntityId() assessmentId!: string;
}
