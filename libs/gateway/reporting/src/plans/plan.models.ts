import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsEntityId, IsLineText } from '@tn/gateway-core';

// ---- views ---------------------------------------------------------------------------------

@ObjectType('PlanPeriod', { description: 'Whole years: a phase (2025–2030) or one year.' })
export class PlanPeriodView {
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
}

@ObjectType('PlanObjective')
export class PlanObjectiveView {
  @Field(() => ID) objectiveId!: string;
  @Field() text!: string;
}

@ObjectType('PlanTarget')
export class PlanTargetView {
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
  @Field({ description: 'at-least (the default) or at-most.' }) direction!: string;
  @Field(() => String, {
    nullable: true,
    description: "Null: the target for the owner's whole subtree; a level label: the target each unit of that level should reach.",
  })
  levelLabel!: string | null;
}

@ObjectType('PlanIndicator')
export class PlanIndicatorView {
  @Field(() => ID, { description: 'A programme indicator (k1…) or a plan indicator.' }) indicatorId!: string;
  @Field(() => ID, { nullable: true }) objectiveId!: string | null;
  @Field(() => [PlanTargetView]) targets!: PlanTargetView[];
}

@ObjectType('PlanAdoption', { description: 'A unit that adopted a published plan, and its local plan.' })
export class PlanAdoptionView {
  @Field(() => ID) unitId!: string;
  @Field(() => ID) localPlanId!: string;
  @Field() adoptedAt!: string;
}

@ObjectType('Plan', {
  description:
    "A unit's plan for a phase or a year: objectives, and indicators with targets per level. Published, it is adopted by the units below its owner, each into a local plan of its own.",
})
export class PlanView {
  @Field(() => ID) planId!: string;
  @Field(() => ID) ownerUnitId!: string;
  @Field({ description: 'draft, published, or adopted (a local plan taken from a higher unit’s).' }) status!: string;
  @Field() title!: string;
  @Field(() => PlanPeriodView) period!: PlanPeriodView;
  @Field(() => [PlanObjectiveView]) objectives!: PlanObjectiveView[];
  @Field(() => [PlanIndicatorView]) indicators!: PlanIndicatorView[];
  @Field(() => ID, { nullable: true, description: 'A local plan: the plan it was adopted from.' }) parentPlanId!: string | null;
  @Field(() => ID, { nullable: true }) parentOwnerUnitId!: string | null;
  @Field(() => String, { nullable: true, description: "A local plan: the unit's level when it adopted (whose targets it took)." }) levelLabel!: string | null;
  @Field(() => [PlanAdoptionView], { description: 'A published plan: the units that adopted it.' }) adoptions!: PlanAdoptionView[];
}

@ObjectType('UnitPlan', { description: "One of a unit's plans, or a published plan of a unit above it that it may adopt." })
export class UnitPlanView {
  @Field(() => PlanView) plan!: PlanView;
  @Field({ description: "The unit's own plan (its own or one it adopted)." }) own!: boolean;
  @Field({ description: 'A plan from above: whether the unit adopted it.' }) adopted!: boolean;
  @Field(() => ID, { nullable: true, description: 'Its local plan, once adopted.' }) localPlanId!: string | null;
}

@ObjectType('PlanProgress', { description: "A plan indicator's value for a unit with its subtree and a period, against the plan's target for that unit." })
export class PlanProgressView {
  @Field(() => ID) planId!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => Int, { description: 'The definition version the value came from.' }) version!: number;
  @Field() code!: string;
  @Field({ description: "The indicator's name in the caller's language." }) name!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => String, { nullable: true, description: 'The unit’s level on the structure date (which target applies).' }) levelLabel!: string | null;
  @Field() period!: string;
  @Field() structureDate!: string;
  @Field({
    description:
      "The day stocks (cadres, groups, partners, units) were counted (YYYY-MM-DD): the period's last day, or today (Vietnam) for a period under way.",
  })
  stocksOn!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => Float, { nullable: true, description: "The plan's target for the unit in the period's year, else its next one." }) target!: number | null;
  @Field(() => Int, { nullable: true }) targetYear!: number | null;
  @Field(() => String, { nullable: true }) direction!: string | null;
  @Field(() => Float, { nullable: true, description: 'value / target (1 = reached).' }) progress!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the value meets the target (null without either): false marks a unit behind.' }) reached!:
    boolean | null;
}

// ---- inputs --------------------------------------------------------------------------------

@InputType()
export class PlanPeriodInput {
  @Field(() => Int) @IsNumber() fromYear!: number;
  @Field(() => Int) @IsNumber() toYear!: number;
}

@InputType()
export class PlanObjectiveInput {
  @Field(() => ID) @IsString() @IsEntityId() objectiveId!: string;
  @Field() @IsLineText() text!: string;
}

@InputType()
export class PlanTargetInput {
  @Field(() => Int) @IsNumber() year!: number;
  @Field(() => Float) @IsNumber() value!: number;
  @Field({ nullable: true, description: 'at-least (the default) or at-most.' }) @IsOptional() @IsString() direction?: string;
  @Field({ nullable: true, description: 'Absent: for the owner\'s whole subtree; a level label ("Đoàn xã"): for each unit of that level.' })
  @IsOptional()
  @IsLineText()
  levelLabel?: string;
}

@InputType()
export class PlanIndicatorInput {
  @Field(() => ID, { description: 'A programme indicator (k1…k5-joint-activities) or a plan indicator.' }) @IsString() @IsEntityId() indicatorId!: string;
  @Field(() => ID, { nullable: true, description: 'One of the plan’s objectives.' }) @IsOptional() @IsString() @IsEntityId() objectiveId?: string;
  @Field(() => [PlanTargetInput]) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PlanTargetInput) targets!: PlanTargetInput[];
}

@InputType({ description: 'What a plan says, whole.' })
export class PlanContentInput {
  @Field() @IsLineText() title!: string;
  @Field(() => PlanPeriodInput) @ValidateNested() @Type(() => PlanPeriodInput) period!: PlanPeriodInput;
  @Field(() => [PlanObjectiveInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanObjectiveInput)
  objectives!: PlanObjectiveInput[];
  @Field(() => [PlanIndicatorInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanIndicatorInput)
  indicators!: PlanIndicatorInput[];
}

@InputType()
export class DraftPlanInput extends PlanContentInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() planId?: string;
  @Field(() => ID, { description: 'The unit whose plan it is (its managers revise and publish it).' }) @IsString() @IsEntityId() ownerUnitId!: string;
}

@InputType()
export class RevisePlanInput extends PlanContentInput {
  @Field(() => ID) @IsString() @IsEntityId() planId!: string;
}

@InputType()
export class PublishPlanInput {
  @Field(() => ID) @IsString() @IsEntityId() planId!: string;
}

@InputType({ description: 'A unit below the owner adopts a published plan into a local plan of its own.' })
export class AdoptPlanInput {
  @Field(() => ID) @IsString() @IsEntityId() planId!: string;
  @Field(() => ID) @IsString() @IsEntityId() adoptingUnitId!: string;
  @Field(() => ID, { nullable: true, description: 'The local plan’s id; generated when absent.' }) @IsOptional() @IsString() @IsEntityId() localPlanId?: string;
}

@InputType()
export class LocalPlanTargetInput {
  @Field(() => Int) @IsNumber() year!: number;
  @Field(() => Float) @IsNumber() value!: number;
  @Field({ nullable: true, description: 'at-least (the default) or at-most: the parent plan’s for a year it set.' })
  @IsOptional()
  @IsString()
  direction?: string;
}

@InputType({ description: "An adopted plan's targets for one of its indicators, all of them: never looser than the parent plan's." })
export class SetPlanTargetsInput {
  @Field(() => ID) @IsString() @IsEntityId() planId!: string;
  @Field(() => ID) @IsString() @IsEntityId() indicatorId!: string;
  @Field(() => [LocalPlanTargetInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LocalPlanTargetInput)
  targets!: LocalPlanTargetInput[];
}
