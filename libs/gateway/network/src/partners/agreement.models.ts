import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType('NetworkAgreementCommitment', { description: 'What the partner commits: a quantity of people, items or money.' })
export class AgreementCommitmentView {
  @Field(() => ID) commitmentId!: string;
  @Field({ description: 'people, items or money' }) kind!: string;
  @Field() description!: string;
  @Field(() => Float) quantity!: number;
  @Field({ description: 'What the quantity counts (người, bộ, VND…).' }) measure!: string;
}

@ObjectType('NetworkAgreement', { description: 'A cooperation agreement with a partner, led by one unit and binding its party units.' })
export class AgreementView {
  @Field(() => ID) id!: string;
  @Field(() => ID) partnerId!: string;
  @Field() title!: string;
  @Field() scope!: string;
  @Field(() => [String], { description: 'Fields of volunteer work it covers.' }) fields!: string[];
  @Field(() => ID) leadUnitId!: string;
  @Field(() => [ID]) partyUnitIds!: string[];
  @Field() signedOn!: string;
  @Field({ description: 'First day in force.' }) validFrom!: string;
  @Field({ description: 'Last day in force (as amended).' }) validTo!: string;
  @Field(() => [AgreementCommitmentView]) commitments!: AgreementCommitmentView[];
  @Field({ description: 'not-yet-in-force, in-force, expired or terminated, on `asOf`.' }) status!: string;
  @Field({ description: 'The date the status is judged on.' }) asOf!: string;
  @Field(() => String, { nullable: true, description: 'The first day it is no longer in force, once terminated.' }) terminatedFrom!: string | null;
  @Field(() => String, { nullable: true }) terminationReason!: string | null;
  @Field(() => ID, { nullable: true }) terminatedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'When the termination was recorded.' }) terminatedOn!: string | null;
  @Field(() => ID) recordedBy!: string;
  @Field() recordedOn!: string;
  @Field(() => Int) amendmentCount!: number;
  @Field(() => ID, { nullable: true }) amendedBy!: string | null;
  @Field(() => String, { nullable: true }) amendedOn!: string | null;
}

@ObjectType('NetworkAgreementConnection')
export class AgreementPage extends Paginated(AgreementView) {}

@InputType({ description: 'A commitment: ids unique within the agreement, a quantity above 0 (people in whole numbers).' })
export class AgreementCommitmentInput {
  @Field(() => ID) @IsString() @IsEntityId() commitmentId!: string;
  @Field({ description: 'people, items or money' }) @IsString() kind!: string;
  @Field() @IsProseText() description!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) quantity!: number;
  @Field({ description: 'What the quantity counts (người, bộ, VND…).' }) @IsLineText() measure!: string;
}

@InputType({ description: 'Sign an agreement: network:write over the lead unit and every party unit; the partner must be registered.' })
export class SignAgreementInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() agreementId?: string;
  @Field(() => ID) @IsString() @IsEntityId() partnerId!: string;
  @Field() @IsLineText() title!: string;
  @Field() @IsProseText() scope!: string;
  @Field(() => [String], { description: 'Fields of volunteer work it covers.' }) @IsArray() @IsString({ each: true }) fields!: string[];
  @Field(() => ID) @IsString() @IsEntityId() leadUnitId!: string;
  @Field(() => [ID], { description: 'The other units bound by it (not the lead).' })
  @IsArray()
  @IsString({ each: true })
  @IsEntityId({ each: true })
  partyUnitIds!: string[];
  @Field({ description: 'YYYY-MM-DD, not after today.' }) @IsString() signedOn!: string;
  @Field({ description: 'First day in force (YYYY-MM-DD).' }) @IsString() validFrom!: string;
  @Field({ description: 'Last day in force (YYYY-MM-DD).' }) @IsString() validTo!: string;
  @Field(() => [AgreementCommitmentInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AgreementCommitmentInput)
  commitments!: AgreementCommitmentInput[];
}

@InputType({ description: 'The new end date, scope and every commitment (the whole list) of an agreement not terminated.' })
export class AmendAgreementInput {
  @Field(() => ID) @IsString() @IsEntityId() agreementId!: string;
  @Field({ description: 'Last day in force (YYYY-MM-DD), not before its first.' }) @IsString() validTo!: string;
  @Field() @IsProseText() scope!: string;
  @Field(() => [AgreementCommitmentInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AgreementCommitmentInput)
  commitments!: AgreementCommitmentInput[];
}

@InputType({ description: 'End an agreement from a day within its validity (it may be ahead of today: a notice).' })
export class TerminateAgreementInput {
  @Field(() => ID) @IsString() @IsEntityId() agreementId!: string;
  @Field({ description: 'The first day it is no longer in force (YYYY-MM-DD).' }) @IsString() on!: string;
  @Field() @IsProseText() reason!: string;
}
