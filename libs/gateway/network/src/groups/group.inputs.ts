import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString } from 'class-validator';
import { GROUP_LEADERS_MAX } from '@tn/network-contracts';

/** A list of ids, each by the platform's grammar. */
const IsIdList = () => applyDecorators(IsArray(), IsString({ each: true }), IsEntityId({ each: true }));

/** What registration and revision state of a group. */
@InputType({ isAbstract: true })
class GroupProfileInput {
  @Field() @IsLineText() name!: string;
  @Field(() => [String], { description: 'Its fields of work (at least one).' }) @IsArray() @IsString({ each: true }) fields!: string[];
  @Field(() => Int, { description: 'Members (at least 1).' }) @IsInt() size!: number;
  @Field(() => [ID], { description: `Its leaders, people of the registry (1 to ${GROUP_LEADERS_MAX}).` })
  @IsIdList()
  @ArrayMinSize(1)
  @ArrayMaxSize(GROUP_LEADERS_MAX)
  leaderPersonIds!: string[];
}

@InputType({ description: 'Register a group the unit hosts: verified by the signed-in manager and affiliated from today.' })
export class RegisterGroupInput extends GroupProfileInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() groupId?: string;
  @Field({ description: 'club, team or group' }) @IsString() kind!: string;
  @Field({ description: 'union-founded, self-formed or school' }) @IsString() origin!: string;
  @Field(() => ID) @IsString() @IsEntityId() hostUnitId!: string;
  @Field(() => [ID], { nullable: true, description: 'The units whose territory it serves; the host alone when absent.' })
  @IsOptional()
  @IsIdList()
  areaUnitIds?: string[];
  @Field({ nullable: true, description: 'YYYY-MM-DD, no later than today.' }) @IsOptional() @IsString() foundedOn?: string;
}

@InputType({ description: 'Register your own group (you are one of its leaders), proposing the unit to host it: pending until its managers verify it.' })
export class SelfRegisterGroupInput extends GroupProfileInput {
  @Field(() => ID, { nullable: true, description: 'Ignored: the server always makes a fresh id (read it from the result).' })
  @IsOptional()
  @IsString()
  @IsEntityId()
  groupId?: string;
  @Field({ description: 'club, team or group' }) @IsString() kind!: string;
  @Field({ description: 'union-founded, self-formed or school' }) @IsString() origin!: string;
  @Field(() => ID) @IsString() @IsEntityId() proposedHostUnitId!: string;
  @Field(() => [ID], { nullable: true, description: 'The units whose territory it serves; the proposed host alone when absent.' })
  @IsOptional()
  @IsIdList()
  areaUnitIds?: string[];
  @Field({ nullable: true, description: 'YYYY-MM-DD, no later than today.' }) @IsOptional() @IsString() foundedOn?: string;
}

@InputType({ description: 'Verify a group registered by its leader: hosted by its proposed host from today.' })
export class VerifyGroupInput {
  @Field(() => ID) @IsString() @IsEntityId() groupId!: string;
}

@InputType()
export class DeclineGroupVerificationInput {
  @Field(() => ID) @IsString() @IsEntityId() groupId!: string;
  @Field() @IsProseText() reason!: string;
}

@InputType({ description: 'The profile as it now is (kind and origin stay as registered).' })
export class ReviseGroupProfileInput extends GroupProfileInput {
  @Field(() => ID) @IsString() @IsEntityId() groupId!: string;
  @Field(() => [ID], { description: 'The units whose territory it serves.' }) @IsIdList() areaUnitIds!: string[];
}

@InputType({ description: 'Move a group to another host from a date (today or earlier, not before its current host took it).' })
export class MoveGroupHostInput {
  @Field(() => ID) @IsString() @IsEntityId() groupId!: string;
  @Field(() => ID) @IsString() @IsEntityId() newHostUnitId!: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD; today (Vietnam) when absent.' }) @IsOptional() @IsString() from?: string;
}

@InputType({ description: 'Declare a verified group active, dormant or dissolved (final).' })
export class DeclareGroupStatusInput {
  @Field(() => ID) @IsString() @IsEntityId() groupId!: string;
  @Field({ description: 'active, dormant or dissolved' }) @IsString() status!: string;
  @Field() @IsProseText() reason!: string;
}
