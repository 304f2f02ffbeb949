import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IMPORT_UNITS_MAX } from '@tn/registry-contracts';
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
  @Field(() => ID, {
    nullable: true,
    description:
      "The new part (one of `into`, by its unitId) that carries the split unit's history (its past activities, results and counts) " +
      'in figures restated to a later structure. The first part listed when absent; any other id is refused (UNIT.SPLIT_HISTORY_NOT_A_PART).',
  })
  @IsOptional()
  @IsString()
  @IsEntityId()
  historyUnitId?: string;
  @Field() @IsIsoDate() effectiveFrom!: string;
}

@InputType()
export class DissolveUnitInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field() @IsIsoDate() effectiveFrom!: string;
}

@InputType({ description: 'A unit of an imported subtree.' })
export class ImportedUnitInput extends UnitProfileInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field(() => ID, { nullable: true, description: "The import's parent when absent; else a unit listed before this one." })
  @IsOptional()
  @IsString()
  @IsEntityId()
  parentId?: string;
}

@InputType({ description: 'A subtree of new units (a province, a district and its communes) created at once, on one date.' })
export class ImportUnitsInput {
  @Field(() => ID, { nullable: true, description: 'The existing unit the subtree hangs under; absent for new provinces.' })
  @IsOptional()
  @IsString()
  @IsEntityId()
  parentId?: string;
  @Field(() => [ImportedUnitInput], { description: `1 to ${IMPORT_UNITS_MAX} units, each after its parent.` })
  @ArrayMinSize(1, { context: { code: 'UNIT.IMPORT_SIZE' } })
  @ArrayMaxSize(IMPORT_UNITS_MAX, { context: { code: 'UNIT.IMPORT_SIZE' } })
  @ValidateNested({ each: true })
  @Type(() => ImportedUnitInput)
  units!: ImportedUnitInput[];
  @Field() @IsIsoDate() effectiveFrom!: string;
}
