import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsBoolean, IsInt, IsString } from 'class-validator';
import type { TrainingCommandScope } from '../common/command-rights';

/**
 * Qualification kinds (one stream per kind): how long a qualification lasts, the renewal window
 * after it expires, the curricula that grant or renew it, and the blanket extensions declared
 * for it. A revision applies to records granted after it; records keep the terms they got.
 */

export const QUALIFICATION_KIND_STREAM_TYPE = 'qualification-kind';
export const qualificationKindStreamId = (kindId: string) => streamIdOf(QUALIFICATION_KIND_STREAM_TYPE, kindId);

/** Bounds the decider enforces (QUALIFICATION.NUMBER_OUT_OF_RANGE names the field). */
export const VALIDITY_YEARS_RANGE = { min: 1, max: 10 } as const;
export const RENEWAL_WINDOW_MONTHS_RANGE = { min: 0, max: 36 } as const;
export const EXTEND_BY_MONTHS_RANGE = { min: 1, max: 24 } as const;

// ---- commands ------------------------------------------------------------------------------

/** A kind's terms, stated whole by its definition and by each revision. */
export class QualificationKindTermsPart {
  @IsString() name!: string;
  @IsString() ownerUnitId!: string;
  @IsFiniteNumber() validityYears!: number;
  @IsFiniteNumber() renewalWindowMonths!: number;
  @IsArray() @IsString({ each: true }) grantingCurriculumIds!: string[];
  @IsArray() @IsString({ each: true }) renewingCurriculumIds!: string[];
  /** Kinds a learner must hold valid to enrol in a course that grants this one. */
  @IsArray() @IsString({ each: true }) prerequisiteKindIds!: string[];
  @IsBoolean() isTrainerQualification!: boolean;
  /** Leading a course renews the trainer's qualification (trainer kinds only). */
  @IsBoolean() leadingRenews!: boolean;
}
export type QualificationKindTerms = QualificationKindTermsPart;

export class DefineQualificationKind extends QualificationKindTermsPart {
  @IsString() kindId!: string;
}
/** New terms for records granted from now on; stating the same terms decides nothing. */
export class ReviseQualificationKind extends QualificationKindTermsPart {
  @IsString() kindId!: string;
}
/**
 * A blanket extension (for example during a disaster): every record of the kind whose expiry
 * falls in [expiringFrom, expiringTo] moves by `extendByMonths`. One policy event; the records
 * are not rewritten (`previewExtension` lists them beforehand).
 */
export class ExtendQualificationValidity {
  @IsString() kindId!: string;
  @IsString() extensionId!: string;
  @IsString() expiringFrom!: string;
  @IsString() expiringTo!: string;
  @IsFiniteNumber() extendByMonths!: number;
  @IsString() reason!: string;
}

const onKind = (kindId: string, units: string[] = []): TrainingCommandScope => ({
  permission: 'training:write',
  units,
  catalogueItem: { kind: 'qualification-kind', id: kindId },
});

export const qualificationKindCommandTypes = [
  commandType('DefineQualificationKind', DefineQualificationKind, {
    streamId: (p) => qualificationKindStreamId(p.kindId),
    rights: (p): TrainingCommandScope => ({ permission: 'training:write', units: [p.ownerUnitId], nationalOnly: p.isTrainerQualification }),
  }),
  // The owner unit may change: the actor needs the permission over the old owner and the new one.
  commandType('ReviseQualificationKind', ReviseQualificationKind, {
    streamId: (p) => qualificationKindStreamId(p.kindId),
    rights: (p) => ({ ...onKind(p.kindId, [p.ownerUnitId]), nationalOnly: p.isTrainerQualification, nationalIfTrainerKind: p.kindId }),
  }),
  // Extending a trainer kind lengthens who may teach everywhere: a system administrator's, as its definition is.
  commandType('ExtendQualificationValidity', ExtendQualificationValidity, {
    streamId: (p) => qualificationKindStreamId(p.kindId),
    rights: (p) => ({ ...onKind(p.kindId), nationalIfTrainerKind: p.kindId }),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

class QualificationKindTermsData {
  @IsNonEmptyText() kindId!: string;
  @IsNonEmptyText() name!: string;
  @IsNonEmptyText() ownerUnitId!: string;
  @IsInt() validityYears!: number;
  @IsInt() renewalWindowMonths!: number;
  @IsArray() @IsString({ each: true }) grantingCurriculumIds!: string[];
  @IsArray() @IsString({ each: true }) renewingCurriculumIds!: string[];
  @IsArray() @IsString({ each: true }) prerequisiteKindIds!: string[];
  @IsBoolean() isTrainerQualification!: boolean;
  @IsBoolean() leadingRenews!: boolean;
}

/** Revision 1 of the kind's terms; `definedBy` is the acting user. */
export class QualificationKindDefined extends QualificationKindTermsData {
  @IsIsoDate() definedOn!: string;
  @IsNonEmptyText() definedBy!: string;
}
/** The kind's terms from `revision` on (2, 3, ...). */
export class QualificationKindRevised extends QualificationKindTermsData {
  @IsInt() revision!: number;
  @IsIsoDate() revisedOn!: string;
  @IsNonEmptyText() revisedBy!: string;
}
/** The policy event of a blanket extension; readers apply it with `effectiveValidUntil`. */
export class QualificationValidityExtended {
  @IsNonEmptyText() kindId!: string;
  @IsNonEmptyText() extensionId!: string;
  @IsIsoDate() expiringFrom!: string;
  @IsIsoDate() expiringTo!: string;
  @IsInt() extendByMonths!: number;
  @IsNonEmptyText() reason!: string;
  @IsIsoDate() extendedOn!: string;
  @IsNonEmptyText() extendedBy!: string;
}

export const qualificationKindEventTypes = [
  eventType('QualificationKindDefined', QualificationKindDefined),
  eventType('QualificationKindRevised', QualificationKindRevised),
  eventType('QualificationValidityExtended', QualificationValidityExtended),
] as const;
