import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsOptional, IsString } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType('Network', { description: 'A network or coalition of groups, units and partners, from any province (membership is not affiliation).' })
export class NetworkView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'network or coalition' }) kind!: string;
  @Field({ description: 'local, provincial, national or international' }) reach!: string;
  @Field(() => ID, { description: 'The unit whose managers act on it.' }) ownerUnitId!: string;
  @Field(() => [String], { description: 'The fields of volunteer work it serves.' }) fields!: string[];
  @Field() purpose!: string;
  @Field({ description: 'active or dissolved' }) status!: string;
  @Field(() => Int, { description: 'Memberships open now.' }) currentMemberCount!: number;
  @Field(() => ID) formedBy!: string;
  @Field() formedOn!: string;
  @Field(() => String, { nullable: true, description: 'Its last day, and that of every membership then open.' }) dissolvedOn!: string | null;
  @Field(() => ID, { nullable: true }) dissolvedBy!: string | null;
  @Field(() => String, { nullable: true }) dissolveReason!: string | null;
}

@ObjectType('NetworkConnection')
export class NetworkPage extends Paginated(NetworkView) {}

@ObjectType('NetworkMember', { description: 'A member as of a date: the membership in force on it.' })
export class NetworkMemberView {
  @Field({ description: 'group, unit or partner' }) memberKind!: string;
  @Field(() => ID) memberId!: string;
  @Field({ description: 'The first day of this membership.' }) from!: string;
  @Field(() => String, { nullable: true, description: 'Its last day, once ended.' }) to!: string | null;
}

@ObjectType('NetworkMembershipPeriod', { description: 'One membership of a member, with its dates; a member that left and rejoined has several.' })
export class NetworkMembershipPeriodView {
  @Field() from!: string;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => ID) admittedBy!: string;
  @Field() admittedOn!: string;
  @Field(() => ID, { nullable: true }) endedBy!: string | null;
  @Field(() => String, { nullable: true }) endedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ended, or network-dissolved' }) endCause!: string | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
}

@ObjectType('NetworkMembership', { description: "A member's memberships of one network, in order." })
export class NetworkMembershipView {
  @Field(() => ID) networkId!: string;
  @Field({ description: 'group, unit or partner' }) memberKind!: string;
  @Field(() => ID) memberId!: string;
  @Field({ description: 'Whether a membership is open now.' }) current!: boolean;
  @Field(() => [NetworkMembershipPeriodView]) periods!: NetworkMembershipPeriodView[];
}

@ObjectType('NetworkMembershipConnection')
export class NetworkMembershipPage extends Paginated(NetworkMembershipView) {}

@InputType()
export class FormNetworkInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() networkId?: string;
  @Field() @IsLineText() name!: string;
  @Field({ description: 'network or coalition' }) @IsString() kind!: string;
  @Field({ description: 'local, provincial, national or international' }) @IsString() reach!: string;
  @Field(() => ID) @IsString() @IsEntityId() ownerUnitId!: string;
  @Field(() => [String], { description: 'At least one field of volunteer work.' }) @IsArray() @IsString({ each: true }) fields!: string[];
  @Field() @IsLineText() purpose!: string;
}

@InputType({ description: 'Admit a group (verified), a unit or a partner, from any province.' })
export class AdmitNetworkMemberInput {
  @Field(() => ID) @IsString() @IsEntityId() networkId!: string;
  @Field({ description: 'group, unit or partner' }) @IsString() memberKind!: string;
  @Field(() => ID) @IsString() @IsEntityId() memberId!: string;
  @Field({ nullable: true, description: 'The first day of the membership (YYYY-MM-DD, today when absent; not after today).' })
  @IsOptional()
  @IsString()
  from?: string;
}

@InputType({ description: "End a member's current membership." })
export class EndNetworkMembershipInput {
  @Field(() => ID) @IsString() @IsEntityId() networkId!: string;
  @Field({ description: 'group, unit or partner' }) @IsString() memberKind!: string;
  @Field(() => ID) @IsString() @IsEntityId() memberId!: string;
  @Field({ nullable: true, description: 'Its last day (YYYY-MM-DD, today when absent; not before it began, not after today).' })
  @IsOptional()
  @IsString()
  to?: string;
  @Field() @IsProseText() reason!: string;
}

@InputType({ description: 'Dissolve a network: every membership still open ends that day.' })
export class DissolveNetworkInput {
  @Field(() => ID) @IsString() @IsEntityId() networkId!: string;
  @Field({ nullable: true, description: 'Its last day (YYYY-MM-DD, today when absent; not after today).' }) @IsOptional() @IsString() on?: string;
  @Field() @IsProseText() reason!: string;
}
