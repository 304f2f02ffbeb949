import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { IsEntityId, IsLineText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

const PARTNER_KIND_WORDS = 'business, social-organisation, agency, school, international-organisation or overseas-vietnamese';

@ObjectType('NetworkPartner', { description: 'A partner organisation of the units (no contact person is recorded).' })
export class PartnerView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: PARTNER_KIND_WORDS }) kind!: string;
  @Field({ description: 'ISO 3166-1 alpha-2 (VN, US, JP…).' }) countryCode!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => ID, { description: 'The unit whose managers keep the record.' }) ownerUnitId!: string;
  @Field(() => [ID], { nullable: true, description: 'The registry accounts that read as this partner: shown to network:read over the owner unit only.' })
  accountIds!: string[] | null;
  @Field(() => ID) registeredBy!: string;
  @Field() registeredOn!: string;
  @Field(() => ID, { nullable: true }) revisedBy!: string | null;
  @Field(() => String, { nullable: true }) revisedOn!: string | null;
}

@ObjectType('NetworkPartnerConnection')
export class PartnerPage extends Paginated(PartnerView) {}

@InputType()
export class RegisterPartnerInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() partnerId?: string;
  @Field() @IsLineText() name!: string;
  @Field({ description: PARTNER_KIND_WORDS }) @IsString() kind!: string;
  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2; VN when absent.' }) @IsOptional() @IsLineText() countryCode?: string;
  @Field(() => ID) @IsString() @IsEntityId() ownerUnitId!: string;
  @Field({ nullable: true, description: 'An http or https address.' }) @IsOptional() @IsLineText() website?: string;
}

@InputType({ description: "The partner's whole profile again (its owner unit stays): a website left out is removed." })
export class RevisePartnerInput {
  @Field(() => ID) @IsString() @IsEntityId() partnerId!: string;
  @Field() @IsLineText() name!: string;
  @Field({ description: PARTNER_KIND_WORDS }) @IsString() kind!: string;
  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2; VN when absent.' }) @IsOptional() @IsLineText() countryCode?: string;
  @Field({ nullable: true, description: 'An http or https address.' }) @IsOptional() @IsLineText() website?: string;
}

@InputType({ description: "A registry account of kind 'partner' (open, linked to no other partner) to read as the partner; or to stop reading as it." })
export class PartnerAccountInput {
  @Field(() => ID) @IsString() @IsEntityId() partnerId!: string;
  @Field(() => ID) @IsString() @IsEntityId() accountId!: string;
}
