import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, Matches } from 'class-validator';
import { IsEntityId } from '@tn/gateway-core';

@ObjectType('Shift')
export class ShiftView {
  @Field(() => ID) id!: string;
  @Field(() => ID) activityId!: string;
  @Field(() => ID) roleId!: string;
  @Field() roleName!: string;
  @Field(() => [String]) requiredSkills!: string[];
  @Field(() => Int, { nullable: true }) minimumAge!: number | null;
  @Field() requiresApproval!: boolean;
  @Field() startsAt!: string;
  @Field() endsAt!: string;
  @Field(() => Int) capacity!: number;
  @Field() waitlist!: boolean;
  @Field(() => Int) confirmedCount!: number;
  @Field(() => Int) waitlistedCount!: number;
  @Field(() => Int) pendingCount!: number;
  @Field(() => [ID], { description: 'Volunteers in the order they were confirmed.' }) confirmed!: string[];
  @Field(() => [ID], { description: 'The waitlist: the first is promoted when a place frees up.' }) waitlisted!: string[];
  @Field(() => [ID]) pending!: string[];
}

@InputType()
export class ShiftRoleInput {
  @Field(() => ID) roleId!: string;
  @Field() name!: string;
  @Field(() => [String], { defaultValue: [] }) requiredSkills!: string[];
  @Field(() => Int, { nullable: true }) minimumAge?: number;
  @Field({ defaultValue: false }) requiresApproval!: boolean;
}

@InputType()
export class ScheduleShiftInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() shiftId?: string;
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field(() => ShiftRoleInput) role!: ShiftRoleInput;
  @Field() startsAt!: string;
  @Field() endsAt!: string;
  @Field(() => Int) capacity!: number;
  @Field() waitlist!: boolean;
}

@InputType()
export class SignUpForShiftInput {
  @Field(() => ID) @IsString() @IsEntityId() shiftId!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the signed-in volunteer.' }) @IsOptional() @IsString() @IsEntityId() volunteerId?: string;
}

@InputType()
export class CancelSignUpInput {
  @Field(() => ID) @IsString() @IsEntityId() shiftId!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the signed-in volunteer.' }) @IsOptional() @IsString() @IsEntityId() volunteerId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() reason?: string;
}

@InputType()
export class ChangeShiftCapacityInput {
  @Field(() => ID) @IsString() @IsEntityId() shiftId!: string;
  @Field(() => Int, { description: 'Raising it promotes waitlisted volunteers, first in first; it cannot drop below the confirmed count.' }) capacity!: number;
}

@InputType()
export class ApproveSignUpInput {
  @Field(() => ID) @IsString() @IsEntityId() shiftId!: string;
  @Field(() => ID) @IsString() @IsEntityId() volunteerId!: string;
}

@InputType()
export class RejectSignUpInput {
  @Field(() => ID) @IsString() @IsEntityId() shiftId!: string;
  @Field(() => ID) @IsString() @IsEntityId() volunteerId!: string;
  @Field() reason!: string;
}

@InputType()
export class WeeklySlotInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' }) weekday!: number;
  @Field({ description: 'Local time in Vietnam, HH:MM.' }) start!: string;
  @Field({ description: 'Local time in Vietnam, HH:MM; not after the start means the shift ends the next day.' }) end!: string;
}

/** Template ids become part of shift ids and consistency tokens: plain characters only. */
const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;

@InputType()
export class ScheduleRecurringShiftsInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Letters, digits, - and _. Name it to make a retry safe; the shift ids are <activityId>-<templateId>-<YYYYMMDD>-<HHMM>.',
  })
  @IsOptional()
  @Matches(TEMPLATE_ID)
  templateId?: string;
  @Field(() => ShiftRoleInput) role!: ShiftRoleInput;
  @Field(() => [WeeklySlotInput]) @ArrayMinSize(1, { context: { code: 'SHIFT.SLOTS_REQUIRED' } }) @ArrayMaxSize(21) slots!: WeeklySlotInput[];
  @Field({ description: 'First date (YYYY-MM-DD), inclusive.' }) from!: string;
  @Field({ description: 'Last date (YYYY-MM-DD), inclusive; at most a year and a day after the first.' }) to!: string;
  @Field(() => Int) capacity!: number;
  @Field() waitlist!: boolean;
}

@ObjectType('RecurringShifts')
export class RecurringShiftsView {
  @Field(() => [ID], { description: 'Every occurrence in date and start-time order, whether scheduled now or by an earlier run.' }) shiftIds!: string[];
  @Field(() => [String], {
    description: 'One per shift written now: send them back in the `tn-consistency-token` header to read them (at most 100 per request).',
  })
  consistencyTokens!: string[];
}
