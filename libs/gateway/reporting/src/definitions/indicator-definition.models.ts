import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsNumber, IsOptional, IsString } from 'class-validator';
import { IsEntityId, IsLineText } from '@tn/gateway-core';

@ObjectType('IndicatorTarget')
export class IndicatorTargetView {
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
  @Field({ description: 'at-least (the default) or at-most.' }) direction!: string;
}

@ObjectType('IndicatorDefinition', { description: 'A computable indicator at one version: a programme indicator (K1–K5) or a plan indicator a unit defined.' })
export class IndicatorDefinitionView {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Int) version!: number;
  @Field() code!: string;
  @Field() nameVi!: string;
  @Field() nameEn!: string;
  @Field({ description: "The name in the caller's language." }) name!: string;
  @Field({ description: '% for a percentage, else a unit word.' }) unit!: string;
  @Field({ description: 'programme or plan.' }) origin!: string;
  @Field(() => ID, { nullable: true }) ownerUnitId!: string | null;
  @Field() retired!: boolean;
  @Field({ description: 'The formula as JSON (count, ratio or coverage over measures of flows, units, cadres, groups, partners and declared values).' })
  formula!: string;
  @Field(() => [IndicatorTargetView]) targets!: IndicatorTargetView[];
}

@InputType()
export class IndicatorTargetInput {
  @Field(() => Int) @IsNumber() year!: number;
  @Field(() => Float) @IsNumber() value!: number;
  @Field({ nullable: true, description: 'at-least (the default) or at-most.' }) @IsOptional() @IsString() direction?: string;
}

@InputType({ description: 'A plan indicator: its whole definition at this version.' })
export class IndicatorContentInput {
  @Field() @IsLineText() code!: string;
  @Field() @IsLineText() nameVi!: string;
  @Field() @IsLineText() nameEn!: string;
  @Field({ description: '% for a percentage, else a unit word.' }) @IsLineText() unit!: string;
  @Field({
    description:
      'JSON of the formula: {"kind":"count","measure":…}, {"kind":"ratio","numerator":…,"denominator":…,"factor":100} or {"kind":"coverage","units":{…},"condition":…,"atLeast":1,"factor":100}.',
  })
  @IsString()
  formula!: string;
  @Field(() => [IndicatorTargetInput]) @ArrayMaxSize(20) targets!: IndicatorTargetInput[];
}

@InputType()
export class DefineIndicatorInput extends IndicatorContentInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() indicatorId?: string;
  @Field(() => ID, { description: 'The unit whose plans use it (its managers revise it).' }) @IsString() @IsEntityId() ownerUnitId!: string;
}

@InputType()
export class ReviseIndicatorInput extends IndicatorContentInput {
  @Field(() => ID) @IsString() @IsEntityId() indicatorId!: string;
}

@InputType()
export class RetireIndicatorInput {
  @Field(() => ID) @IsString() @IsEntityId() indicatorId!: string;
  @Field() @IsLineText() reason!: string;
}
