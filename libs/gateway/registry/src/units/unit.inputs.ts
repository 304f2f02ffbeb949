import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCleanText, IsEntityId, MaxTextLength } from '@tn/gateway-core';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Edge validation names the field and a stable code (read by the validation pipe's error factory). */
export const IsIsoDate = () => Matches(ISO_DATE, { context: { code: 'DATE.INVALID' } });

@InputType()
export class AreaFlagsInput {
  @Field({ defaultValue: false }) @IsBoolean() ethnicMinority!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() mountainous!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() border!: boolean;
  @Field({ defaultValue: false }) @IsBoolean() island!: boolean;
}

@InputType()
export class UnitProfileInput {
  @Field() @IsString() @IsNotEmpty({ context: { code: 'UNIT.NAME_REQUIRED' } }) @MaxLength(200) @IsCleanText() @MaxTextLength() nameVi!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) @IsCleanText() @MaxTextLength() nameEn?: string;
  @Field({ description: 'union, youth-federation, students-association or young-pioneers.' })
  @IsIn(['union', 'youth-federation', 'students-association', 'young-pioneers'], { context: { code: 'UNIT.ORGANISATION_UNKNOWN' } })
  organisation!: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(100) @IsCleanText() @MaxTextLength() levelLabel!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20) @IsCleanText() @MaxTextLength() areaCode?: string;
  @Field(() => AreaFlagsInput, { nullable: true }) @IsOptional() flags?: AreaFlagsInput;
}

@InputType()
export class CreateUnitInput extends UnitProfileInput {
  @Field(() => ID, { nullable: true, description: 'Made up when absent.' }) @IsOptional() @IsString() @IsEntityId() unitId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() parentId?: string;
  @Field() @IsIsoDate() effectiveFrom!: string;
}

@InputType()
export class RenameUnitInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field() @IsString() @IsNotEmpty({ context: { code: 'UNIT.NAME_REQUIRED' } }) @IsCleanText() @MaxTextLength() nameVi!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @IsCleanText() @MaxTextLength() nameEn?: string;
  @Field() @IsIsoDate() effectiveFrom!: string;
}

@InputType()
export class MoveUnitInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field(() => ID) @IsString() @IsEntityId() newParentId!: string;
  @Field() @IsIsoDate() effectiveFrom!: string;
}

@InputType()
export class NewSuccessorInput extends UnitProfileInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() newUnitId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() parentId?: string;
}

@InputType({ description: 'Merge two or more units into a new successor, or one or more into an existing unit.' })
export class MergeUnitsInput {
  @Field(() => [ID]) @IsString({ each: true }) @IsEntityId({ each: true }) sourceUnitIds!: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @IsEntityId() intoExistingUnitId?: string;
  @Field(() => NewSuccessorInput, { nullable: true }) @IsOptional() intoNewUnit?: NewSuccessorInput;
  @Field() @IsIsoDate() effectiveFrom!: string;
}

@InputType()
export class SplitPartInput extends UnitProfileInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field(() => [ID], { description: 'Children of the split unit this part takes over.', defaultValue: [] })
  @IsString({ each: true })
  @IsEntityId({ each: true })
  takesChildren!: string[];
}

@InputType()
export class SplitUnitInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field(() => [SplitPartInput]) into!: SplitPartInput[];
  @Field() @IsIsoDate() effectiveFrom!: string;
}

@InputType()
export class DissolveUnitInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field() @IsIsoDate() effectiveFrom!: string;
}
