import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';

@InputType({ description: "A figure a unit states for a period (activities-held: K2's denominator); a later one supersedes it." })
export class DeclareValueInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field({ description: 'Period key: Y2025, H2025-1, Q2025-3 or M2025-07.' }) @IsLineText() period!: string;
  @Field({ description: 'activities-held' }) @IsLineText() key!: string;
  @Field(() => Int) @IsInt() value!: number;
  @Field({ nullable: true }) @IsOptional() @IsProseText() note?: string;
}

@ObjectType('DeclaredValue', { description: 'The latest figure a unit declared for a period, with who declared it and when.' })
export class DeclaredValueView {
  @Field(() => ID) unitId!: string;
  @Field() period!: string;
  @Field() key!: string;
  @Field(() => Int) value!: number;
  @Field(() => ID) declaredBy!: string;
  @Field() declaredAt!: string;
}
