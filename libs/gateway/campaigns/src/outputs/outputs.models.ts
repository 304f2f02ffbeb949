import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { IsEntityId } from '@tn/gateway-core';

/** VND amounts are whole numbers that may pass 2^31: GraphQL `Float` carries them exactly up to 2^53. */
const VND = 'Whole VND (no minor unit).';

@ObjectType('OutputMeasure', { description: 'What outputs are measured in: a built-in measure or one an administrator defined.' })
export class OutputMeasureView {
  @Field(() => ID) id!: string;
  @Field() nameVi!: string;
  @Field() nameEn!: string;
  @Field() unitVi!: string;
  @Field() unitEn!: string;
  @Field({ description: 'count (whole numbers) or quantity (decimals)' }) valueType!: string;
  @Field() builtIn!: boolean;
  @Field({ description: 'A retired measure takes no new outputs; outputs already recorded keep it.' }) retired!: boolean;
}

@ObjectType('MeasureValue')
export class MeasureValueView {
  @Field(() => ID) measureId!: string;
  @Field(() => Float) value!: number;
}

@ObjectType('Withdrawal')
export class WithdrawalView {
  @Field() reason!: string;
  @Field() withdrawnOn!: string;
}

@ObjectType('ActivityOutput', { description: 'A youth work (công trình) or task (phần việc thanh niên) an activity produced.' })
export class ActivityOutputView {
  @Field(() => ID) id!: string;
  @Field({ description: 'youth-work or youth-task' }) kind!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) domain!: string | null;
  @Field(() => [MeasureValueView]) measures!: MeasureValueView[];
  @Field(() => Float, { nullable: true, description: VND }) valuationVnd!: number | null;
  @Field() completedOn!: string;
  @Field(() => WithdrawalView, { nullable: true, description: 'Set when the output was withdrawn: it no longer counts.' }) withdrawal!: WithdrawalView | null;
}

@ObjectType('ResourceMobilised', { description: 'Cash or goods mobilised from society (xã hội hóa) for an activity.' })
export class ResourceMobilisedView {
  @Field(() => ID) id!: string;
  @Field({ description: 'business, individual, international, vietnamese-abroad or other-organisation' }) source!: string;
  @Field({ description: 'cash or in-kind' }) form!: string;
  @Field(() => Float, { nullable: true, description: `Cash: the amount. ${VND}` }) amountVnd!: number | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Float, { nullable: true }) quantity!: number | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => Float, { nullable: true, description: `Goods: their valuation. ${VND}` }) valuationVnd!: number | null;
  @Field(() => Float, { description: `What the gift is worth: the cash amount or the goods' valuation. ${VND}` }) valueVnd!: number;
  @Field() receivedOn!: string;
  @Field(() => String, { nullable: true, description: 'Organisations only; people who give are counted without a name.' }) donorName!: string | null;
  @Field(() => ID, { nullable: true, description: "The network's agreement it came under, when named." }) agreementId!: string | null;
  @Field(() => WithdrawalView, { nullable: true }) withdrawal!: WithdrawalView | null;
}

@ObjectType('KeyCount')
export class KeyCountView {
  @Field() key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('MeasureTotal')
export class MeasureTotalView {
  @Field(() => OutputMeasureView) measure!: OutputMeasureView;
  @Field(() => Float) total!: number;
  @Field(() => Int, { description: 'How many outputs carry the measure.' }) outputCount!: number;
}

@ObjectType('ResourceTotal')
export class ResourceTotalView {
  @Field() source!: string;
  @Field() form!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: VND }) totalVnd!: number;
}

@ObjectType('ResultTotals', { description: 'What activities produced and mobilised; withdrawn records do not count.' })
export class ResultTotalsView {
  @Field(() => Int) outputCount!: number;
  @Field(() => [KeyCountView], { description: 'Outputs by kind (youth-work, youth-task).' }) outputsByKind!: KeyCountView[];
  @Field(() => [KeyCountView], { description: "Outputs by domain: the output's own, or else each of its activity's domains." })
  outputsByDomain!: KeyCountView[];
  @Field(() => [MeasureTotalView], { description: 'Per measure, in catalogue order.' }) measures!: MeasureTotalView[];
  @Field(() => [ResourceTotalView], { description: 'Per source and form.' }) resources!: ResourceTotalView[];
  @Field(() => Float, { description: `Cash and the valuation of goods together. ${VND}` }) resourcesTotalVnd!: number;
}

@InputType()
export class DefineOutputMeasureInput {
  @Field(() => ID, { description: 'Lower-case words joined by hyphens, e.g. clean-water-wells.' }) @IsString() @IsEntityId() measureId!: string;
  @Field() @IsString() nameVi!: string;
  @Field() @IsString() nameEn!: string;
  @Field() @IsString() unitVi!: string;
  @Field() @IsString() unitEn!: string;
  @Field({ description: 'count or quantity' }) @IsString() valueType!: string;
  @Field() @IsString() definedOn!: string;
}

@InputType()
export class RetireOutputMeasureInput {
  @Field(() => ID) @IsString() @IsEntityId() measureId!: string;
  @Field() @IsString() reason!: string;
  @Field() @IsString() retiredOn!: string;
}

@InputType()
export class MeasureValueInput {
  @Field(() => ID) @IsString() @IsEntityId() measureId!: string;
  @Field(() => Float) value!: number;
}

@InputType()
export class RecordActivityOutputInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field(() => ID, { nullable: true, description: 'Your id for the output (a repeat with the same id records nothing); generated when absent.' })
  @IsOptional()
  @IsString()
  outputId?: string;
  @Field({ description: 'youth-work or youth-task' }) @IsString() kind!: string;
  @Field() @IsString() name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() domain?: string;
  @Field(() => [MeasureValueInput], { defaultValue: [] }) measures!: MeasureValueInput[];
  @Field(() => Float, { nullable: true, description: VND }) valuationVnd?: number;
  @Field() @IsString() completedOn!: string;
}

@InputType()
export class WithdrawActivityOutputInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field(() => ID) @IsString() @IsEntityId() outputId!: string;
  @Field() @IsString() reason!: string;
  @Field() @IsString() withdrawnOn!: string;
}

@InputType()
export class RecordResourceMobilisedInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field(() => ID, { nullable: true, description: 'Your id for the record (a repeat with the same id records nothing); generated when absent.' })
  @IsOptional()
  @IsString()
  resourceId?: string;
  @Field({ description: 'business, individual, international, vietnamese-abroad or other-organisation' }) @IsString() source!: string;
  @Field({ description: 'cash (give amountVnd) or in-kind (give description and valuationVnd)' }) @IsString() form!: string;
  @Field(() => Float, { nullable: true, description: VND }) amountVnd?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() description?: string;
  @Field(() => Float, { nullable: true }) quantity?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() unit?: string;
  @Field(() => Float, { nullable: true, description: VND }) valuationVnd?: number;
  @Field() @IsString() receivedOn!: string;
  @Field({ nullable: true, description: 'Organisations only: a name is refused for individuals and Vietnamese abroad.' })
  @IsOptional()
  @IsString()
  donorName?: string;
  @Field(() => ID, {
    nullable: true,
    description: "The network's agreement it came under: in force on receivedOn, and binding the activity's unit or a unit above it.",
  })
  @IsOptional()
  @IsString()
  @IsEntityId()
  agreementId?: string;
}

@InputType()
export class WithdrawResourceMobilisedInput {
  @Field(() => ID) @IsString() @IsEntityId() activityId!: string;
  @Field(() => ID) @IsString() @IsEntityId() resourceId!: string;
  @Field() @IsString() reason!: string;
  @Field() @IsString() withdrawnOn!: string;
}
