import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';
import { IsEntityId, IsLineText, IsProseText } from '@tn/gateway-core';
import { Paginated } from '@tn/gateway-graphql-kit';

const STATUSES = 'valid, expired-renewable (expired, still inside the renewal window), lapsed, revoked or not-yet-valid';

@ObjectType('QualificationExtension', { description: 'A blanket extension (one policy event): records of the kind expiring in the window move by the months.' })
export class QualificationExtensionView {
  @Field(() => ID) extensionId!: string;
  @Field() expiringFrom!: string;
  @Field() expiringTo!: string;
  @Field(() => Int) extendByMonths!: number;
  @Field() reason!: string;
  @Field() extendedOn!: string;
  @Field(() => ID, { description: 'The account that declared it.' }) extendedBy!: string;
}

@ObjectType('QualificationKind', { description: 'A kind of qualification: how long it lasts, its renewal window, the curricula that grant and renew it.' })
export class QualificationKindView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) ownerUnitId!: string;
  @Field(() => Int) validityYears!: number;
  @Field(() => Int, { description: 'Months after expiry during which a renewing course still renews.' }) renewalWindowMonths!: number;
  @Field(() => [ID]) grantingCurriculumIds!: string[];
  @Field(() => [ID]) renewingCurriculumIds!: string[];
  @Field(() => [ID], { description: 'Kinds a learner must hold valid to enrol in a course that grants this one.' }) prerequisiteKindIds!: string[];
  @Field() isTrainerQualification!: boolean;
  @Field({ description: "Leading a course renews the trainer's qualification." }) leadingRenews!: boolean;
  @Field(() => Int, { description: 'The current terms (1 when defined); records keep the terms they were granted under.' }) revision!: number;
  @Field() definedOn!: string;
  @Field(() => String, { nullable: true }) revisedOn!: string | null;
  @Field(() => [QualificationExtensionView], { description: 'In the order they were declared.' }) extensions!: QualificationExtensionView[];
}

@ObjectType('QualificationRecord', {
  description: 'One record of a trainee: a grant, a renewal or a recognised prior qualification. Records are never rewritten.',
})
export class QualificationRecordView {
  @Field(() => ID) recordId!: string;
  @Field(() => ID) kindId!: string;
  @Field({ description: 'course-completed, course-led (a trainer renewed by leading) or prior-recognition' }) origin!: string;
  @Field(() => Int) kindRevision!: number;
  @Field() grantedOn!: string;
  @Field({ description: 'The last valid day as granted.' }) validUntil!: string;
  @Field({ description: "The last valid day after the kind's blanket extensions." }) effectiveValidUntil!: string;
  @Field({ description: 'The last day a renewal still continues it.' }) renewableUntil!: string;
  @Field({ description: `As of the view's date: ${STATUSES}.` }) status!: string;
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field(() => ID, { nullable: true }) curriculumId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The record it renews.' }) renewsRecordId!: string | null;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => ID, { nullable: true, description: 'The unit the holder learned in (none for a prior recognition).' }) unitId!: string | null;
  @Field(() => String, { nullable: true }) revokedOn!: string | null;
  @Field(() => String, { nullable: true }) revocationReason!: string | null;
}

@ObjectType('Qualification', { description: "A person's standing in one kind as of a date: their best record, and every record of the kind." })
export class QualificationView {
  @Field(() => ID) kindId!: string;
  @Field(() => String, { nullable: true, description: 'Null when the kind is not known to this gateway yet.' }) kindName!: string | null;
  @Field() isTrainerQualification!: boolean;
  @Field({ description: STATUSES }) status!: string;
  @Field({ description: 'The expiry of the record the standing rests on, after blanket extensions.' }) validUntil!: string;
  @Field(() => ID) currentRecordId!: string;
  @Field(() => [QualificationRecordView], { description: 'Every record of the kind, newest first.' }) history!: QualificationRecordView[];
}

@ObjectType('PersonQualifications')
export class PersonQualificationsView {
  @Field(() => ID, { nullable: true, description: 'Null for an account without a person.' }) personId!: string | null;
  @Field(() => String, { nullable: true, description: 'cadre or volunteer' }) personKind!: string | null;
  @Field() asOf!: string;
  @Field(() => [QualificationView]) qualifications!: QualificationView[];
}

@ObjectType('QualificationStatusCount')
export class QualificationStatusCountView {
  @Field() status!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('UnitQualificationHolder')
export class UnitQualificationHolderView {
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true }) personKind!: string | null;
  @Field({ description: STATUSES }) status!: string;
  @Field() validUntil!: string;
  @Field(() => ID) recordId!: string;
  @Field() grantedOn!: string;
  @Field(() => ID, { nullable: true, description: 'The unit the standing record was granted in.' }) unitId!: string | null;
}

@ObjectType('UnitQualificationConnection', {
  description: "Holders of a kind who were trained in a unit's subtree (units merged into it included), each by their best record as of the date.",
})
export class UnitQualificationPage extends Paginated(UnitQualificationHolderView) {
  @Field(() => ID) unitId!: string;
  @Field(() => ID) kindId!: string;
  @Field() asOf!: string;
  @Field(() => [QualificationStatusCountView], { description: 'Holders per status, over every page (and every status filter).' })
  totals!: QualificationStatusCountView[];
}

@ObjectType('QualificationExtensionPreviewItem')
export class ExtensionPreviewItemView {
  @Field(() => ID) personId!: string;
  @Field(() => ID) recordId!: string;
  @Field() grantedOn!: string;
  @Field() oldValidUntil!: string;
  @Field() newValidUntil!: string;
}

@ObjectType('QualificationExtensionPreview', {
  description: 'What extendQualificationValidity would move if declared today: the same rule the status applies once it is.',
})
export class ExtensionPreviewPage extends Paginated(ExtensionPreviewItemView) {
  @Field(() => ID) kindId!: string;
  @Field() declaredOn!: string;
  @Field(() => Int, { description: 'People with at least one record moved.' }) holderCount!: number;
}

// ---- inputs ---------------------------------------------------------------------------------

/** The terms of a kind, stated whole by a definition and by each revision (a revision applies to records granted after it). */
@InputType({ isAbstract: true })
class QualificationKindTermsInput {
  @Field() @IsLineText() name!: string;
  @Field(() => ID) @IsString() @IsEntityId() ownerUnitId!: string;
  @Field(() => Int, { description: '1 to 10.' }) @IsInt() validityYears!: number;
  @Field(() => Int, { description: '0 to 36.' }) @IsInt() renewalWindowMonths!: number;
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @IsEntityId({ each: true }) grantingCurriculumIds!: string[];
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @IsEntityId({ each: true }) renewingCurriculumIds!: string[];
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @IsEntityId({ each: true }) prerequisiteKindIds!: string[];
  @Field({ defaultValue: false }) @IsBoolean() isTrainerQualification!: boolean;
  @Field({ defaultValue: false, description: 'Trainer kinds only.' }) @IsBoolean() leadingRenews!: boolean;
}

@InputType()
export class DefineQualificationKindInput extends QualificationKindTermsInput {
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() kindId?: string;
}

@InputType()
export class ReviseQualificationKindInput extends QualificationKindTermsInput {
  @Field(() => ID) @IsString() @IsEntityId() kindId!: string;
}

@InputType()
export class ExtendQualificationValidityInput {
  @Field(() => ID) @IsString() @IsEntityId() kindId!: string;
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() extensionId?: string;
  @Field() @IsString() expiringFrom!: string;
  @Field() @IsString() expiringTo!: string;
  @Field(() => Int, { description: '1 to 24.' }) @IsInt() extendByMonths!: number;
  @Field() @IsProseText() reason!: string;
}

@InputType({ description: 'A qualification held before the platform (the first trainers of a programme), on evidence.' })
export class RecognisePriorQualificationInput {
  @Field(() => ID) @IsString() @IsEntityId() personId!: string;
  @Field({ description: 'cadre or volunteer' }) @IsString() personKind!: string;
  @Field(() => ID) @IsString() @IsEntityId() kindId!: string;
  @Field(() => ID, { nullable: true, description: 'Generated when absent.' }) @IsOptional() @IsString() @IsEntityId() recordId?: string;
  @Field() @IsString() grantedOn!: string;
  @Field() @IsProseText() evidence!: string;
}

@InputType({ description: "Withdraws the person's qualification of the kind from a date: every record of it they hold." })
export class RevokeQualificationInput {
  @Field(() => ID) @IsString() @IsEntityId() personId!: string;
  @Field(() => ID) @IsString() @IsEntityId() recordId!: string;
  @Field() @IsString() revokedOn!: string;
  @Field() @IsProseText() reason!: string;
}
