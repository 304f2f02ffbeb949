import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsEmail, IsNotEmpty, IsOptional, IsString, MinLength } from 'class-validator';
import { IsCleanText, IsEntityId, MaxTextLength } from '@tn/gateway-core';
import { IsIsoDate } from '../units/unit.inputs';
import { GuardianInput } from './people.models';

// Inputs of the commands that change cadres, volunteers and accounts after they exist. The
// field names are those of the registry's command payloads (libs/registry/write people-routes).

@InputType()
export class TransferCadreInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() cadreId!: string;
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() positionId!: string;
  @Field(() => ID, { description: 'The unit the position moves to.' })
  @IsString()
  @IsNotEmpty({ context: { code: 'CADRE.UNIT_REQUIRED' } })
  @IsEntityId()
  toUnitId!: string;
  @Field() @IsIsoDate() effectiveFrom!: string;
}

@InputType()
export class EndCadreTermInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() cadreId!: string;
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() positionId!: string;
  @Field({ description: 'The first day the cadre no longer holds the position.' }) @IsIsoDate() endedOn!: string;
}

@InputType()
export class GiveVolunteerConsentInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() volunteerId!: string;
  @Field() @IsString() @IsNotEmpty({ context: { code: 'VOLUNTEER.CONSENT_PURPOSE_REQUIRED' } }) @IsCleanText() @MaxTextLength() purpose!: string;
  @Field({ description: 'A date or a date-time.' }) @IsString() @IsCleanText() @MaxTextLength() givenAt!: string;
  @Field(() => GuardianInput, { nullable: true, description: 'Required while the volunteer is under 18 (the registry checks its fields).' })
  @IsOptional()
  guardian?: GuardianInput;
  @Field({ nullable: true, description: 'The day the age is judged on; the day of givenAt when absent.' }) @IsOptional() @IsIsoDate() onDate?: string;
}

@InputType()
export class WithdrawVolunteerConsentInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() volunteerId!: string;
  @Field() @IsString() @IsNotEmpty({ context: { code: 'VOLUNTEER.CONSENT_PURPOSE_REQUIRED' } }) @IsCleanText() @MaxTextLength() purpose!: string;
  @Field({ description: 'A date or a date-time.' }) @IsString() @IsCleanText() @MaxTextLength() withdrawnAt!: string;
}

@InputType()
export class UpdateVolunteerSkillsInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() volunteerId!: string;
  @Field(() => [String], { description: 'The whole new list (replaces the old one).' })
  @IsArray()
  @IsString({ each: true })
  @IsCleanText({ each: true })
  @MaxTextLength(undefined, { each: true })
  skills!: string[];
  @Field(() => [String], { description: 'The whole new list (replaces the old one).' })
  @IsArray()
  @IsString({ each: true })
  @IsCleanText({ each: true })
  @MaxTextLength(undefined, { each: true })
  professions!: string[];
}

@InputType()
export class ChangeVolunteerContactInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() volunteerId!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsCleanText() @MaxTextLength() phone?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { context: { code: 'VOLUNTEER.EMAIL_INVALID' } }) @IsCleanText() @MaxTextLength() email?: string;
}

@InputType()
export class ChangeVolunteerHomeUnitInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() volunteerId!: string;
  @Field(() => ID) @IsString() @IsNotEmpty({ context: { code: 'VOLUNTEER.UNIT_REQUIRED' } }) @IsEntityId() homeUnitId!: string;
  @Field() @IsIsoDate() effectiveFrom!: string;
}

@InputType()
export class RoleChangeInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() accountId!: string;
  @Field() @IsString() @IsNotEmpty() @IsCleanText() @MaxTextLength() role!: string;
  @Field(() => ID, { nullable: true, description: 'The subtree the role covers; null (the whole country) only for system-admin.' })
  @IsOptional()
  @IsString()
  unitId?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => ID, { nullable: true, description: "Your own account when absent (no permission needed); another account's needs accounts:write." })
  @IsOptional()
  @IsString()
  accountId?: string;
  @Field() @IsString() @MinLength(10, { context: { code: 'ACCOUNT.PASSWORD_TOO_SHORT' } }) newPassword!: string;
}

@InputType()
export class CloseAccountInput {
  @Field(() => ID) @IsString() @IsNotEmpty() @IsEntityId() accountId!: string;
  @Field() @IsIsoDate() closedOn!: string;
}
