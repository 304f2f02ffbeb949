import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';

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
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() shiftId?: string;
  @Field(() => ID) @IsString() activityId!: string;
  @Field(() => ShiftRoleInput) role!: ShiftRoleInput;
  @Field() startsAt!: string;
  @Field() endsAt!: string;
  @Field(() => Int) capacity!: number;
  @Field() waitlist!: boolean;
}

@InputType()
export class SignUpForShiftInput {
  @Field(() => ID) @IsString() shiftId!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the signed-in volunteer.' }) @IsOptional() @IsString() volunteerId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() signedUpAt?: string;
}

@InputType()
export class CancelSignUpInput {
  @Field(() => ID) @IsString() shiftId!: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the signed-in volunteer.' }) @IsOptional() @IsString() volunteerId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() cancelledAt?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() reason?: string;
}
