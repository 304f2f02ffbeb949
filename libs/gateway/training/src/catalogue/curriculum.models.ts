import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsNumber, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

const TARGET_GROUPS = 'province-cadres, commune-cadres, grassroots-cadres, group-leaders, volunteers, pioneer-leaders or trainers';

@ObjectType('CurriculumModule')
export class CurriculumModuleView {
  @Field(() => ID) moduleId!: string;
  @Field() title!: string;
  @Field(() => Float) hours!: number;
  @Field(() => [String], { description: 'Its learning outcomes.' }) outcomes!: string[];
}

@ObjectType('CurriculumRevision', { description: 'Who wrote a revision of the content, and when (revision 1 is the definition).' })
export class CurriculumRevisionView {
  @Field(() => Int) revision!: number;
  @Field(() => ID, { description: 'The account that wrote it.' }) by!: string;
  @Field() on!: string;
}

@ObjectType('Curriculum', { description: 'A curriculum for one target group, with its modules and learning outcomes.' })
export class CurriculumView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: TARGET_GROUPS }) targetGroup!: string;
  @Field(() => ID) ownerUnitId!: string;
  @Field({ description: 'published or retired (a retired curriculum takes no new course, material or model).' }) status!: string;
  @Field(() => Int, { description: 'The current revision of the content (1 when defined).' }) revision!: number;
  @Field(() => [CurriculumModuleView]) modules!: CurriculumModuleView[];
  @Field(() => Int) moduleCount!: number;
  @Field(() => Float) totalHours!: number;
  @Field(() => [CurriculumRevisionView], { description: 'Every revision, oldest first.' }) revisions!: CurriculumRevisionView[];
  @Field(() => ID) definedBy!: string;
  @Field() definedOn!: string;
  @Field(() => ID, { nullable: true }) retiredBy!: string | null;
  @Field(() => String, { nullable: true }) retiredOn!: string | null;
  @Field(() => String, { nullable: true }) retireReason!: string | null;
}

@ObjectType('CurriculumConnection')
export class CurriculumPage extends Paginated(CurriculumView) {}

@InputType()
export class CurriculumModuleInput {
  @Field(() => ID, { description: 'Unique within the curriculum.' }) @IsString() @IsEntityId() moduleId!: string;
  @Field() @IsLineText() title!: string;
  @Field(() => Float, { description: 'More than 0.' }) @IsNumber() hours!: number;
  @Field(() => [String], { description: 'At least one learning outcome.' }) @IsArray() @IsLineText({ each: true }) outcomes!: string[];
}

@InputType()
export class DefineCurriculumInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() curriculumId?: string;
  @Field() @IsLineText() title!: string;
  @Field({ description: TARGET_GROUPS }) @IsString() targetGroup!: string;
  @Field(() => ID, { description: 'The unit that owns it (its managers revise and retire it).' }) @IsString() @IsEntityId() ownerUnitId!: string;
  @Field(() => [CurriculumModuleInput], { description: 'At least one.' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CurriculumModuleInput)
  modules!: CurriculumModuleInput[];
}

@InputType({ description: 'The whole new content: the title and every module (the target group and the owner stay).' })
export class ReviseCurriculumInput {
  @Field(() => ID) @IsString() @IsEntityId() curriculumId!: string;
  @Field() @IsLineText() title!: string;
  @Field(() => [CurriculumModuleInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CurriculumModuleInput)
  modules!: CurriculumModuleInput[];
}

@InputType()
export class RetireCurriculumInput {
  @Field(() => ID) @IsString() @IsEntityId() curriculumId!: string;
  @Field({ nullable: true }) @IsOptional() @IsProseText() reason?: string;
}
