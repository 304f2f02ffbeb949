import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { COMMENDATION_AWARDS, COMMENDATION_SUBJECT_KINDS } from '@tn/reporting-contracts';

// ---- views ---------------------------------------------------------------------------------

@ObjectType('ReportSectionTemplate')
export class ReportSectionTemplateView {
  @Field() key!: string;
  @Field({ description: "The section's title in the caller's language." }) title!: string;
}

@ObjectType('ReportTemplate', { description: 'A periodic report every unit writes: its cadence, window and sections.' })
export class ReportTemplateView {
  @Field(() => ID) templateId!: string;
  @Field() name!: string;
  @Field({ description: 'half-year (periods H2026-1) or year (Y2026).' }) cadence!: string;
  @Field(() => [Int], { nullable: true, description: 'A review: the only years it is written for.' }) years!: number[] | null;
  @Field(() => Int) opensDaysBeforeEnd!: number;
  @Field(() => Int, { description: 'Deadline of a unit without child units; one with child units gets consolidationDays more.' }) dueDaysAfterEnd!: number;
  @Field(() => Int) consolidationDays!: number;
  @Field(() => Int) closesDaysAfterEnd!: number;
  @Field(() => [ReportSectionTemplateView]) sections!: ReportSectionTemplateView[];
}

@ObjectType('ReportWindow', { description: "A report's days (YYYY-MM-DD, included): entry from opensOn, due by dueOn, nothing taken after closesOn." })
export class ReportWindowView {
  @Field() opensOn!: string;
  @Field() dueOn!: string;
  @Field() closesOn!: string;
}

@ObjectType('ReportSection')
export class ReportSectionView {
  @Field() key!: string;
  @Field() title!: string;
  @Field({ description: "The unit's narrative (empty when none yet)." }) narrative!: string;
}

@ObjectType('ReportCommendation', { description: 'A proposal to commend a unit, group or person of the reporting unit’s subtree.' })
export class ReportCommendationView {
  @Field(() => ID) proposalId!: string;
  @Field({ description: 'unit, group or person.' }) subjectKind!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => String, {
    nullable: true,
    description: "The subject's name, for a caller allowed to read it (a person's: cadres:read or volunteers:read-personal).",
  })
  subjectName!: string | null;
  @Field({ description: 'bang-khen, giay-khen or co-thi-dua.' }) award!: string;
  @Field() reason!: string;
}

@ObjectType('ReportHistoryEntry')
export class ReportHistoryEntryView {
  @Field({ description: 'draft-saved, submitted, returned, approved, excused or reopened.' }) action!: string;
  @Field() at!: string;
  @Field(() => ID, { description: 'The account that acted.' }) by!: string;
  @Field(() => String, { nullable: true, description: 'The comment (returned, approved) or reason (excused, reopened).' }) text!: string | null;
  @Field(() => Int, { nullable: true }) submission!: number | null;
}

@ObjectType('ReportFigure', { description: "One indicator's figure in a report." })
export class ReportFigureView {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Int) version!: number;
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: "'%' for ratios and coverage, else the indicator's unit." }) unit!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
}

@ObjectType('ReportFigureChange', { description: 'An approved figure the live engine now computes otherwise (at the approved structure date).' })
export class ReportFigureChangeView {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Float, { nullable: true }) approved!: number | null;
  @Field(() => Float, { nullable: true }) current!: number | null;
  @Field(() => Float, { nullable: true, description: 'current − approved.' }) difference!: number | null;
}

@ObjectType('ReportDeclaredValue')
export class ReportDeclaredValueView {
  @Field() key!: string;
  @Field(() => Int) value!: number;
}

@ObjectType('ReportChild', { description: "A child unit's report in the consolidation." })
export class ReportChildView {
  @Field(() => ID) unitId!: string;
  @Field() name!: string;
  @Field({ description: 'none, draft, submitted, returned, approved or excused.' }) status!: string;
  @Field(() => Boolean, { nullable: true }) onTime!: boolean | null;
  @Field({ description: 'approved, submitted, live (the engine now) or none: where the values come from.' }) valuesFrom!: string;
  @Field(() => [ReportFigureView]) values!: ReportFigureView[];
}

@ObjectType('ReportConsolidatedFigure', { description: "One indicator summed over the children's figures (ratios taken again from the sums)." })
export class ReportConsolidatedFigureView {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => Int, { description: 'Children with a figure for it.' }) unitsCounted!: number;
}

@ObjectType('Report', { description: "A unit's periodic report: its texts, figures (live, submitted, approved), its children's reports, and its history." })
export class ReportView {
  @Field(() => ID) reportId!: string;
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => ID) templateId!: string;
  @Field() templateName!: string;
  @Field() period!: string;
  @Field({ description: 'none (not begun), draft, submitted, returned, approved or excused.' }) status!: string;
  @Field(() => ReportWindowView) window!: ReportWindowView;
  @Field(() => [ReportSectionView], { description: "Every section of the template, with the unit's text (empty when none yet)." })
  sections!: ReportSectionView[];
  @Field(() => [ReportCommendationView]) commendations!: ReportCommendationView[];
  @Field(() => Int) submissions!: number;
  @Field(() => String, { nullable: true }) submittedAt!: string | null;
  @Field(() => String, { nullable: true }) approvedAt!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the first submission came by the due day.' }) onTime!: boolean | null;
  @Field(() => String, { nullable: true }) excuseReason!: string | null;
  @Field({ description: 'The structure date the prefill is attributed by (today).' }) structureDate!: string;
  @Field(() => [ReportFigureView], {
    description: 'The engine’s figures now (K1–K5 and plan indicators in force), with targets: what a submission would send.',
  })
  prefill!: ReportFigureView[];
  @Field(() => [ReportDeclaredValueView], { description: "The unit's declared values of the period." }) declaredValues!: ReportDeclaredValueView[];
  @Field(() => [ReportFigureView], { description: "The latest submission's figures (empty before any)." }) submittedValues!: ReportFigureView[];
  @Field(() => [ReportFigureView], { description: 'The approved figures, pinned (empty before an approval).' }) approvedValues!: ReportFigureView[];
  @Field(() => [ReportFigureChangeView], { description: 'Approved figures the engine now computes otherwise; empty when none changed.' })
  changesSinceApproval!: ReportFigureChangeView[];
  @Field(() => [ReportChildView]) children!: ReportChildView[];
  @Field(() => [ReportConsolidatedFigureView]) consolidated!: ReportConsolidatedFigureView[];
  @Field(() => [ReportHistoryEntryView]) history!: ReportHistoryEntryView[];
}

@ObjectType('ReportingRateRow')
export class ReportingRateRowView {
  @Field(() => ID) unitId!: string;
  @Field() name!: string;
  @Field() status!: string;
  @Field() dueOn!: string;
  @Field(() => String, { nullable: true }) firstSubmittedOn!: string | null;
  @Field(() => Boolean, { nullable: true }) onTime!: boolean | null;
  @Field(() => String, { nullable: true }) approvedOn!: string | null;
  @Field({ description: 'Not submitted, and past its due day.' }) overdue!: boolean;
}

@ObjectType('ReportingRateTotals', { description: 'DHIS2-like: expected = units − excused; rates in %.' })
export class ReportingRateTotalsView {
  @Field(() => Int) units!: number;
  @Field(() => Int) expected!: number;
  @Field(() => Int, { description: 'Submitted at least once.' }) received!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Int) approved!: number;
  @Field(() => Int) excused!: number;
  @Field(() => Float, { nullable: true, description: 'received / expected × 100.' }) reportingRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'on time / expected × 100.' }) timelinessRate!: number | null;
}

@ObjectType('ReportingRates')
export class ReportingRatesView {
  @Field(() => ID) unitId!: string;
  @Field(() => ID) templateId!: string;
  @Field() period!: string;
  @Field(() => [ReportingRateRowView]) rows!: ReportingRateRowView[];
  @Field(() => ReportingRateTotalsView) totals!: ReportingRateTotalsView;
}

export enum ExportFormat {
  XLSX = 'XLSX',
  PDF = 'PDF',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@ObjectType('ExportFile', { description: 'A generated file, base64-encoded.' })
export class ExportFileView {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field() contentBase64!: string;
}

// ---- inputs --------------------------------------------------------------------------------

/** Which report: a unit's, for a template and period. */
@InputType()
export class ReportKeyInput {
  @Field(() => ID) @IsString() @IsEntityId() unitId!: string;
  @Field(() => ID, { description: 'six-monthly, yearly, mid-term-review or final-review.' }) @IsLineText() templateId!: string;
  @Field({ description: 'H2026-1 (six-monthly) or Y2026.' }) @IsLineText() period!: string;
}

@InputType()
export class ReportSectionInput {
  @Field() @IsLineText() key!: string;
  @Field({ description: 'The narrative of the section: at most 10,000 characters, several lines allowed.' }) @IsProseText() narrative!: string;
}

@InputType()
export class CommendationInput {
  @Field(() => ID) @IsString() @IsEntityId() proposalId!: string;
  @Field({ description: 'unit, group or person.' }) @IsIn(COMMENDATION_SUBJECT_KINDS) subjectKind!: string;
  @Field(() => ID, { description: "A unit, group or person (registry person id) of the reporting unit's subtree." })
  @IsString()
  @IsEntityId()
  subjectId!: string;
  @Field({ description: 'bang-khen, giay-khen or co-thi-dua.' }) @IsIn(COMMENDATION_AWARDS) award!: string;
  @Field() @IsProseText() reason!: string;
}

@InputType({ description: "The report's whole content again, in draft." })
export class SaveReportDraftInput extends ReportKeyInput {
  @Field(() => [ReportSectionInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReportSectionInput)
  sections!: ReportSectionInput[];
  @Field(() => [CommendationInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CommendationInput)
  commendations!: CommendationInput[];
}

@InputType({ description: "Submit the draft to the parent unit with the engine's figures now (the gateway computes them)." })
export class SubmitReportInput extends ReportKeyInput {}

@InputType()
export class ReturnReportInput {
  @Field(() => ID, { description: '<unitId>:<templateId>:<period>' }) @IsString() reportId!: string;
  @Field() @IsProseText() comment!: string;
}

@InputType()
export class ApproveReportInput {
  @Field(() => ID) @IsString() reportId!: string;
  @Field({ nullable: true }) @IsOptional() @IsProseText() comment?: string;
}

@InputType()
export class ExcuseReportInput extends ReportKeyInput {
  @Field() @IsProseText() reason!: string;
}

@InputType()
export class ReopenReportInput {
  @Field(() => ID) @IsString() reportId!: string;
  @Field() @IsProseText() reason!: string;
}
