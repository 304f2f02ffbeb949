import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, Nested, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsIn, IsInt, IsString } from 'class-validator';
import type { TrainingCommandScope } from '../common/command-rights';

/**
 * Capacity rubrics (domain.md §4, "capacity-assessment guidance per level"): what a unit's or a
 * cadre's capacity to manage and coordinate volunteer work is assessed against. One stream per
 * rubric; every revision is a new version and old versions never change, so an assessment names
 * the version it used and stays readable after the rubric moves on.
 */

export const CAPACITY_RUBRIC_STREAM_TYPE = 'capacity-rubric';
export const capacityRubricStreamId = (rubricId: string) => streamIdOf(CAPACITY_RUBRIC_STREAM_TYPE, rubricId);

/** Who a rubric assesses: a unit (a Union or Federation branch) or one cadre. */
export const CAPACITY_SUBJECT_KINDS = ['unit', 'cadre'] as const;
export type CapacitySubjectKind = (typeof CAPACITY_SUBJECT_KINDS)[number];

/** The level of the hierarchy a rubric is written for (the same levels courses run at). */
export const CAPACITY_RUBRIC_LEVELS = ['central', 'province', 'commune', 'grassroots'] as const;
export type CapacityRubricLevel = (typeof CAPACITY_RUBRIC_LEVELS)[number];

// ---- parts ---------------------------------------------------------------------------------

/** The score range of every criterion: whole-number bounds, 0 ≤ min < max ≤ 100 (1..5, 0..10); a score may fall between whole numbers. */
export class CapacityRubricScalePart {
  @IsFiniteNumber() min!: number;
  @IsFiniteNumber() max!: number;
}

/** One criterion; weights are relative (any positive numbers) and normalised when a score is computed. */
export class CapacityRubricCriterionPart {
  @IsString() criterionId!: string;
  @IsString() title!: string;
  @IsFiniteNumber() weight!: number;
}

// ---- commands ------------------------------------------------------------------------------

class CapacityRubricContent {
  @IsString() rubricId!: string;
  @IsString() title!: string;
  @Nested(() => CapacityRubricScalePart) scale!: CapacityRubricScalePart;
  @NestedList(() => CapacityRubricCriterionPart) criteria!: CapacityRubricCriterionPart[];
}

/** Version 1 of a rubric. Its subject kind, level and owner unit never change afterwards. */
export class DefineCapacityRubric extends CapacityRubricContent {
  @IsString() ownerUnitId!: string;
  @IsString() subjectKind!: string;
  @IsString() level!: string;
}

/** The next version: title, scale and criteria as a whole (the same content again adds no version). */
export class ReviseCapacityRubric extends CapacityRubricContent {}

export const capacityRubricCommandTypes = [
  // A new rubric: the permission over the unit that will own it.
  commandType('DefineCapacityRubric', DefineCapacityRubric, {
    streamId: (p) => capacityRubricStreamId(p.rubricId),
    rights: (p): TrainingCommandScope => ({ permission: 'training:write', units: [p.ownerUnitId] }),
  }),
  // A revision: the permission over the rubric's owner unit.
  commandType('ReviseCapacityRubric', ReviseCapacityRubric, {
    streamId: (p) => capacityRubricStreamId(p.rubricId),
    rights: (p): TrainingCommandScope => ({ permission: 'training:write', units: [], catalogueItem: { kind: 'capacity-rubric', id: p.rubricId } }),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

export class CapacityRubricScale {
  @IsFiniteNumber() min!: number;
  @IsFiniteNumber() max!: number;
}

export class CapacityRubricCriterion {
  @IsNonEmptyText() criterionId!: string;
  @IsNonEmptyText() title!: string;
  @IsFiniteNumber() weight!: number;
}

/** Version 1; `definedBy` is the acting user, `definedOn` the server's date. */
export class CapacityRubricDefined {
  @IsNonEmptyText() rubricId!: string;
  @IsInt() version!: number;
  @IsNonEmptyText() title!: string;
  @IsNonEmptyText() ownerUnitId!: string;
  @IsIn(CAPACITY_SUBJECT_KINDS) subjectKind!: CapacitySubjectKind;
  @IsIn(CAPACITY_RUBRIC_LEVELS) level!: CapacityRubricLevel;
  @Nested(() => CapacityRubricScale) scale!: CapacityRubricScale;
  @NestedList(() => CapacityRubricCriterion) criteria!: CapacityRubricCriterion[];
  @IsNonEmptyText() definedBy!: string;
  @IsIsoDate() definedOn!: string;
}

/** The next version (the previous one + 1), whole. */
export class CapacityRubricRevised {
  @IsNonEmptyText() rubricId!: string;
  @IsInt() version!: number;
  @IsNonEmptyText() title!: string;
  @Nested(() => CapacityRubricScale) scale!: CapacityRubricScale;
  @NestedList(() => CapacityRubricCriterion) criteria!: CapacityRubricCriterion[];
  @IsNonEmptyText() revisedBy!: string;
  @IsIsoDate() revisedOn!: string;
}

export const capacityRubricEventTypes = [
  eventType('CapacityRubricDefined', CapacityRubricDefined),
  eventType('CapacityRubricRevised', CapacityRubricRevised),
] as const;
