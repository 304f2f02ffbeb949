import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsEntityId, IsLineText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType('CapacityScale', { description: 'The score range of every criterion (whole-number bounds within 0..100).' })
export class CapacityScaleView {
  @Field(() => Int) min!: number;
  @Field(() => Int) max!: number;
}

@ObjectType('CapacityRubricCriterion')
export class CapacityRubricCriterionView {
  @Field(() => ID) criterionId!: string;
  @Field() title!: string;
  @Field(() => Float, { description: 'Its relative weight, as the rubric states it.' }) weight!: number;
  @Field(() => Float, { description: "Its share of the version's total weight (the shares add up to 1)." }) share!: number;
}

@ObjectType('CapacityRubricVersion', { description: 'One version of a rubric (versions never change; an assessment names the one it used).' })
export class CapacityRubricVersionView {
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field(() => CapacityScaleView) scale!: CapacityScaleView;
  @Field(() => [CapacityRubricCriterionView]) criteria!: CapacityRubricCriterionView[];
  @Field(() => ID, { description: 'The account that defined or revised it.' }) by!: string;
  @Field() on!: string;
}

@ObjectType('CapacityRubric', { description: "What a unit's or a cadre's capacity to manage and coordinate volunteer work is assessed against." })
export class CapacityRubricView {
  @Field(() => ID) id!: string;
  @Field(() => ID) ownerUnitId!: string;
  @Field({ description: 'unit or cadre' }) subjectKind!: string;
  @Field({ description: 'central, province, commune or grassroots' }) level!: string;
  @Field(() => Int) currentVersion!: number;
  @Field({ description: "The current version's title." }) title!: string;
  @Field(() => CapacityRubricVersionView, { description: 'The current version.' }) current!: CapacityRubricVersionView;
  @Field(() => [CapacityRubricVersionView], { description: 'Every version, oldest first.' }) versions!: CapacityRubricVersionView[];
  @Field(() => Int) versionCount!: number;
  @Field(() => ID) definedBy!: string;
  @Field() definedOn!: string;
}

@ObjectType('CapacityRubricConnection')
export class CapacityRubricPage extends Paginated(CapacityRubricView) {}

@InputType()
export class CapacityScaleInput {
  @Field(() => Int, { description: '0 to 99.' }) @IsInt() min!: number;
  @Field(() => Int, { description: 'Above min, at most 100.' }) @IsInt() max!: number;
}

@InputType()
export class CapacityRubricCriterionInput {
  @Field(() => ID, { description: 'Unique within the rubric.' }) @IsString() @IsEntityId() criterionId!: string;
  @Field() @IsLineText() title!: string;
  @Field(() => Float, { description: 'Any positive number: weights are relative, normalised when a score is computed.' }) @IsNumber() weight!: number;
}

@InputType({ description: 'The whole content of a version: title, scale and at least one criterion.' })
export class ReviseCapacityRubricInput {
  @Field(() => ID) @IsString() @IsEntityId() rubricId!: string;
  @Field() @IsLineText() title!: string;
  @Field(() => CapacityScaleInput) @ValidateNested() @Type(() => CapacityScaleInput) scale!: CapacityScaleInput;
  @Field(() => [CapacityRubricCriterionInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CapacityRubricCriterionInput)
  criteria!: CapacityRubricCriterionInput[];
}

@InputType({ description: 'Version 1 of a rubric; its owner, subject kind and level never change afterwards.' })
export class DefineCapacityRubricInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() rubricId?: string;
  @Field() @IsLineText() title!: string;
  @Field(() => ID) @IsString() @IsEntityId() ownerUnitId!: string;
  @Field({ description: 'unit or cadre' }) @IsString() subjectKind!: string;
  @Field({ description: 'central, province, commune or grassroots' }) @IsString() level!: string;
  @Field(() => CapacityScaleInput) @ValidateNested() @Type(() => CapacityScaleInput) scale!: CapacityScaleInput;
  @Field(() => [CapacityRubricCriterionInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CapacityRubricCriterionInput)
  criteria!: CapacityRubricCriterionInput[];
}
