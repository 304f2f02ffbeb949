import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEntityId, IsLineText } from '@tn/gateway-core';
import { IsString } from 'class-validator';

@InputType({ description: "The entry window of a template's reports for a period in the unit's subtree (the nearest unit's schedule applies)." })
export class ScheduleReportsInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field(() => ID, { description: 'six-monthly, yearly, mid-term-review or final-review.' }) @IsLineText() templateId!: string;
  @Field({ description: 'Period key: H2026-1 (six-monthly) or Y2026.' }) @IsLineText() period!: string;
  @Field({ description: 'YYYY-MM-DD: drafts and submissions are taken from this day.' }) @IsLineText() opensOn!: string;
  @Field({ description: 'YYYY-MM-DD: submitted after this day counts as late; units with units below get the template’s consolidation days more.' })
  @IsLineText()
  dueOn!: string;
  @Field({ description: 'YYYY-MM-DD: nothing is taken after this day.' }) @IsLineText() closesOn!: string;
}
