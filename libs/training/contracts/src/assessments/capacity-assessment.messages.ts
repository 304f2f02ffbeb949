import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, Nested, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import type { TrainingCommandScope } from '../common/command-rights';
import { CAPACITY_SUBJECT_KINDS, type CapacitySubjectKind, CapacityRubricScale } from './capacity-rubric.messages';

/**
 * Capacity assessments: a unit or a cadre scored against one version of a rubric for one period
 * (`2026`, `2026-H1`, `2026-Q3`), with evidence, an assessor and a follow-up plan. One stream per
 * assessment, whose id is `${rubricId}:${subject.id}:${period}` (capacityAssessmentIdOf): one
 * subject has one assessment per rubric per period. Amendable until finalised.
 */

export const CAPACITY_ASSESSMENT_STREAM_TYPE = 'capacity-assessment';
export const capacityAssessmentStreamId = (assessmentId: string) => streamIdOf(CAPACITY_ASSESSMENT_STREAM_TYPE, assessmentId);

// ---- parts ---------------------------------------------------------------------------------

/**
 * Who is assessed: a unit (`id` is the unit, `unitId` the same unit) or a cadre (`id` is the
 * person, `unitId` the unit they serve in). By id only: no names reach the events.
 */
export class CapacitySubjectPart {
  @IsString() kind!: string;
  @IsString() id!: string;
  @IsString() unitId!: string;
}

/** One criterion's score on the rubric's scale; evidence describes the work that shows it. */
export class CapacityScorePart {
  @IsString() criterionId!: string;
  @IsFiniteNumber() score!: number;
  @IsOptional() @IsString() evidence?: string;
}

// ---- commands ------------------------------------------------------------------------------

class CapacityAssessmentPayload {
  @IsString() assessmentId!: string;
}

/**
 * A new assessment. `assessmentId` must be `${rubricId}:${subject.id}:${period}`. Every criterion of
 * the rubric version is scored exactly once, within its scale; the weighted score is computed.
 */
export class RecordCapacityAssessment extends CapacityAssessmentPayload {
  @Nested(() => CapacitySubjectPart) subject!: CapacitySubjectPart;
  @IsString() rubricId!: string;
  @IsFiniteNumber() rubricVersion!: number;
  @IsString() period!: string;
  @NestedList(() => CapacityScorePart) scores!: CapacityScorePart[];
  @IsString() followUpPlan!: string;
}

/** New scores (every criterion again, as a whole) or a new follow-up plan, or both; `note` says why. */
export class AmendCapacityAssessment extends CapacityAssessmentPayload {
  @IsOptional() @NestedList(() => CapacityScorePart) scores?: CapacityScorePart[];
  @IsOptional() @IsString() followUpPlan?: string;
  @IsOptional() @IsString() note?: string;
}

/** The assessment stands as it is: no amendment afterwards. */
export class FinaliseCapacityAssessment extends CapacityAssessmentPayload {}

/** Commands on an existing assessment: the permission over the unit of its subject. */
const onItsAssessment = {
  streamId: (p: CapacityAssessmentPayload) => capacityAssessmentStreamId(p.assessmentId),
  rights: (p: CapacityAssessmentPayload): TrainingCommandScope => ({ permission: 'training:write', units: [], capacityAssessmentId: p.assessmentId }),
};

export const capacityAssessmentCommandTypes = [
  // The permission over the subject's unit; a cadre assessed must exist in the registry.
  commandType('RecordCapacityAssessment', RecordCapacityAssessment, {
    streamId: (p) => capacityAssessmentStreamId(p.assessmentId),
    rights: (p): TrainingCommandScope => ({
      permission: 'training:write',
      units: [p.subject.unitId],
      ...(p.subject.kind === 'cadre' ? { people: [p.subject.id] } : {}),
    }),
  }),
  commandType('AmendCapacityAssessment', AmendCapacityAssessment, onItsAssessment),
  commandType('FinaliseCapacityAssessment', FinaliseCapacityAssessment, onItsAssessment),
] as const;

// ---- events --------------------------------------------------------------------------------

export class CapacitySubject {
  @IsIn(CAPACITY_SUBJECT_KINDS) kind!: CapacitySubjectKind;
  @IsNonEmptyText() id!: string;
  @IsNonEmptyText() unitId!: string;
}

/** A score with the criterion's weight in the rubric version used, so reads need no rubric to recompute. */
export class CapacityCriterionScore {
  @IsNonEmptyText() criterionId!: string;
  @IsFiniteNumber() score!: number;
  @IsFiniteNumber() weight!: number;
  @IsOptional() @IsString() evidence?: string;
}

/**
 * `weightedScore` is on 0..100 (weightedCapacityScore), comparable across periods and rubric
 * versions; `scale` is the rubric version's. `assessedBy` is the acting user, `assessedOn` the server's date.
 */
export class CapacityAssessmentRecorded {
  @IsNonEmptyText() assessmentId!: string;
  @Nested(() => CapacitySubject) subject!: CapacitySubject;
  @IsNonEmptyText() rubricId!: string;
  @IsInt() rubricVersion!: number;
  @IsNonEmptyText() period!: string;
  @Nested(() => CapacityRubricScale) scale!: CapacityRubricScale;
  @NestedList(() => CapacityCriterionScore) scores!: CapacityCriterionScore[];
  @IsFiniteNumber() weightedScore!: number;
  @IsNonEmptyText() followUpPlan!: string;
  @IsNonEmptyText() assessedBy!: string;
  @IsIsoDate() assessedOn!: string;
}

/** The assessment after the amendment, whole (scores, weighted score and plan), so a read replaces what it had. */
export class CapacityAssessmentAmended {
  @IsNonEmptyText() assessmentId!: string;
  @NestedList(() => CapacityCriterionScore) scores!: CapacityCriterionScore[];
  @IsFiniteNumber() weightedScore!: number;
  @IsNonEmptyText() followUpPlan!: string;
  @IsOptional() @IsString() note?: string;
  @IsNonEmptyText() amendedBy!: string;
  @IsIsoDate() amendedOn!: string;
}

/** The final weighted score, which reporting compares across periods. */
export class CapacityAssessmentFinalised {
  @IsNonEmptyText() assessmentId!: string;
  @IsFiniteNumber() weightedScore!: number;
  @IsNonEmptyText() finalisedBy!: string;
  @IsIsoDate() finalisedOn!: string;
}

export const capacityAssessmentEventTypes = [
  eventType('CapacityAssessmentRecorded', CapacityAssessmentRecorded),
  eventType('CapacityAssessmentAmended', CapacityAssessmentAmended),
  eventType('CapacityAssessmentFinalised', CapacityAssessmentFinalised),
] as const;
