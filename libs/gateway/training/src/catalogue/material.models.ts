import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsInt, IsOptional, IsString } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

@ObjectType('TrainingMaterialVersion', { description: 'One version of a material: its file by reference (never changed once added), and its approval.' })
export class TrainingMaterialVersionView {
  @Field(() => Int) version!: number;
  @Field({ description: 'The https address of the file.' }) url!: string;
  @Field({ description: 'SHA-256 of the file, lower-case hexadecimal: check the file you fetched against it.' }) sha256!: string;
  @Field() note!: string;
  @Field(() => ID) addedBy!: string;
  @Field() addedOn!: string;
  @Field() approved!: boolean;
  @Field(() => ID, { nullable: true }) approvedBy!: string | null;
  @Field(() => String, { nullable: true }) approvedOn!: string | null;
}

@ObjectType('TrainingMaterial', { description: 'A material or handbook, versioned: a course records the version it taught.' })
export class TrainingMaterialView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'handbook, slides, video, worksheet or other' }) kind!: string;
  @Field(() => ID, { nullable: true }) curriculumId!: string | null;
  @Field(() => [String], { description: 'The target groups it is written for.' }) targetGroups!: string[];
  @Field(() => ID) ownerUnitId!: string;
  @Field({ description: 'registered or retired' }) status!: string;
  @Field(() => [TrainingMaterialVersionView], { description: 'Every version, in order.' }) versions!: TrainingMaterialVersionView[];
  @Field(() => Int) versionCount!: number;
  @Field(() => Int) approvedVersionCount!: number;
  @Field(() => Int, { nullable: true, description: 'The highest approved version: what a new course takes.' }) latestApprovedVersion!: number | null;
  @Field(() => ID) registeredBy!: string;
  @Field() registeredOn!: string;
  @Field(() => ID, { nullable: true }) retiredBy!: string | null;
  @Field(() => String, { nullable: true }) retiredOn!: string | null;
  @Field(() => String, { nullable: true }) retireReason!: string | null;
}

@ObjectType('TrainingMaterialConnection')
export class TrainingMaterialPage extends Paginated(TrainingMaterialView) {}

@InputType()
export class RegisterMaterialInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() materialId?: string;
  @Field() @IsLineText() title!: string;
  @Field({ description: 'handbook, slides, video, worksheet or other' }) @IsString() kind!: string;
  @Field(() => ID, { nullable: true, description: 'The curriculum it serves (published, not retired).' })
  @IsOptional()
  @IsString()
  @IsEntityId()
  curriculumId?: string;
  @Field(() => [String], { description: 'At least one target group.' }) @IsArray() @IsString({ each: true }) targetGroups!: string[];
  @Field(() => ID) @IsString() @IsEntityId() ownerUnitId!: string;
}

@InputType({ description: 'The next version only (1 for the first), by reference: an https address and the SHA-256 of the file.' })
export class AddMaterialVersionInput {
  @Field(() => ID) @IsString() @IsEntityId() materialId!: string;
  @Field(() => Int) @IsInt() version!: number;
  @Field() @IsLineText() url!: string;
  @Field({ description: '64 hexadecimal digits.' }) @IsLineText() sha256!: string;
  @Field({ description: 'What the version is, or what changed.' }) @IsProseText() note!: string;
}

@InputType({ description: 'Approve a version: by the signed-in account, today.' })
export class ApproveMaterialVersionInput {
  @Field(() => ID) @IsString() @IsEntityId() materialId!: string;
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class RetireMaterialInput {
  @Field(() => ID) @IsString() @IsEntityId() materialId!: string;
  @Field({ nullable: true }) @IsOptional() @IsProseText() reason?: string;
}
