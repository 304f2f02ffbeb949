import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType('CoordinationModel', { description: 'A model of managing and coordinating volunteer work (the K3 list), taught by a curriculum.' })
export class CoordinationModelView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => ID, { description: 'The curriculum that teaches it.' }) curriculumId!: string;
  @Field(() => ID) ownerUnitId!: string;
  @Field({ description: 'draft, published or retired (campaigns apply published models only).' }) status!: string;
  @Field(() => ID) draftedBy!: string;
  @Field() draftedOn!: string;
  @Field(() => Int, { description: 'How often its content was revised after drafting.' }) revisionCount!: number;
  @Field(() => ID, { nullable: true }) revisedBy!: string | null;
  @Field(() => String, { nullable: true }) revisedOn!: string | null;
  @Field(() => ID, { nullable: true }) publishedBy!: string | null;
  @Field(() => String, { nullable: true }) publishedOn!: string | null;
  @Field(() => ID, { nullable: true }) retiredBy!: string | null;
  @Field(() => String, { nullable: true }) retiredOn!: string | null;
  @Field(() => String, { nullable: true }) retireReason!: string | null;
}

@ObjectType('CoordinationModelConnection')
export class CoordinationModelPage extends Paginated(CoordinationModelView) {}

@InputType()
export class DraftCoordinationModelInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() modelId?: string;
  @Field() @IsLineText() name!: string;
  @Field() @IsProseText() description!: string;
  @Field(() => ID, { description: 'The curriculum that teaches it (published, not retired).' }) @IsString() @IsEntityId() curriculumId!: string;
  @Field(() => ID) @IsString() @IsEntityId() ownerUnitId!: string;
}

@InputType({ description: 'The whole new content, while the model is a draft or published.' })
export class ReviseCoordinationModelInput {
  @Field(() => ID) @IsString() @IsEntityId() modelId!: string;
  @Field() @IsLineText() name!: string;
  @Field() @IsProseText() description!: string;
  @Field(() => ID) @IsString() @IsEntityId() curriculumId!: string;
}

@InputType()
export class PublishCoordinationModelInput {
  @Field(() => ID) @IsString() @IsEntityId() modelId!: string;
}

@InputType()
export class RetireCoordinationModelInput {
  @Field(() => ID) @IsString() @IsEntityId() modelId!: string;
  @Field() @IsProseText() reason!: string;
}
