import { commandType, eventType, IsFiniteNumber, IsIsoDateTime, IsNonEmptyText, Nested, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { writingFor, writingOn } from '../common/command-rights';
import type { Target } from '../engine/definition.types';
import { TARGET_DIRECTIONS } from '../engine/formula-vocabulary';
import type { PlanTarget } from './plan-targets';

/**
 * Plans (one stream each): a unit's plan for a phase (2025–2030) or one year, with objectives and
 * the indicators that measure them, each with targets for the owner's subtree or for every unit
 * of a level. Drafted and revised, then published; lower units then adopt it, the way campaign
 * templates are adopted: the adoption is recorded on the published plan's stream, which sees
 * every adoption (one per unit), then the unit's local plan is opened on its own stream with the
 * targets that apply to it, so it needs nothing else. The adopting unit may raise those targets.
 * Command fields are checked for shape only; the decider checks meaning with its own codes.
 */

export const PLAN_STREAM_TYPE = 'plan';
export const planStreamId = (planId: string) => streamIdOf(PLAN_STREAM_TYPE, planId);

// ---- commands ------------------------------------------------------------------------------

/** Whole years: a phase such as 2025–2030, or one year (fromYear = toYear). */
export class PlanPeriodPart {
  @IsFiniteNumber() fromYear!: number;
  @IsFiniteNumber() toYear!: number;
}

export class PlanObjectivePart {
  @IsString() objectiveId!: string;
  @IsString() text!: string;
}

/** `levelLabel` absent: the target for the owner's whole subtree; present: the target each unit of that level should reach. */
export class PlanTargetPart implements PlanTarget {
  @IsFiniteNumber() year!: number;
  @IsFiniteNumber() value!: number;
  @IsOptional() @IsString() direction?: Target['direction'];
  @IsOptional() @IsString() levelLabel?: string;
}

/** A programme indicator (k1…k5-joint-activities) or a plan indicator, under one of the plan's objectives or none. */
export class PlanIndicatorPart {
  @IsString() indicatorId!: string;
  @IsOptional() @IsString() objectiveId?: string;
  @NestedList(() => PlanTargetPart) targets!: PlanTargetPart[];
}

/** What a plan says: everything but its id and owner. */
class PlanContentPart {
  @IsString() title!: string;
  @Nested(() => PlanPeriodPart) period!: PlanPeriodPart;
  @NestedList(() => PlanObjectivePart) objectives!: PlanObjectivePart[];
  @NestedList(() => PlanIndicatorPart) indicators!: PlanIndicatorPart[];
}

/** A new plan of `ownerUnitId`, in draft. */
export class DraftPlan extends PlanContentPart {
  @IsString() planId!: string;
  @IsString() ownerUnitId!: string;
}

/** The whole content again, while the plan is a draft (the owner stays). */
export class RevisePlan extends PlanContentPart {
  @IsString() planId!: string;
}

/** Draft → published: the units below its owner may adopt it from then on. */
export class PublishPlan {
  @IsString() planId!: string;
}

/**
 * Decided on the published plan's stream, which records one adoption per unit; `localPlanId` is
 * the id the unit's local plan will have (opened next with OpenAdoptedPlan).
 */
export class AdoptPlan {
  @IsString() planId!: string;
  @IsString() adoptingUnitId!: string;
  @IsString() localPlanId!: string;
}

/** Second step of an adoption, on the local plan's new stream: the one the published plan recorded for the unit. */
export class OpenAdoptedPlan {
  @IsString() localPlanId!: string;
  @IsString() planId!: string;
  @IsString() adoptingUnitId!: string;
}

/** A local target: for the adopting unit's subtree. */
export class LocalTargetPart implements Target {
  @IsFiniteNumber() year!: number;
  @IsFiniteNumber() value!: number;
  @IsOptional() @IsString() direction?: Target['direction'];
}

/** An adopted plan's targets for one of its indicators, all of them again: never looser than the parent plan's. */
export class SetPlanTargets {
  @IsString() planId!: string;
  @IsString() indicatorId!: string;
  @NestedList(() => LocalTargetPart) targets!: LocalTargetPart[];
}

const onItsPlan = {
  streamId: (p: { planId: string }) => planStreamId(p.planId),
  rights: (p: { planId: string }) => writingOn('plan', p.planId),
};

export const planCommandTypes = [
  commandType('DraftPlan', DraftPlan, { streamId: (p) => planStreamId(p.planId), rights: (p) => writingFor(p.ownerUnitId) }),
  commandType('RevisePlan', RevisePlan, onItsPlan),
  commandType('PublishPlan', PublishPlan, onItsPlan),
  // An adoption is decided on the published plan's stream, with write rights over the adopting unit.
  commandType('AdoptPlan', AdoptPlan, { streamId: (p) => planStreamId(p.planId), rights: (p) => writingFor(p.adoptingUnitId) }),
  commandType('OpenAdoptedPlan', OpenAdoptedPlan, { streamId: (p) => planStreamId(p.localPlanId), rights: (p) => writingFor(p.adoptingUnitId) }),
  commandType('SetPlanTargets', SetPlanTargets, onItsPlan),
] as const;

// ---- events --------------------------------------------------------------------------------

export class PlanPeriodData {
  @IsInt() fromYear!: number;
  @IsInt() toYear!: number;
}

export class PlanObjectiveData {
  @IsNonEmptyText() objectiveId!: string;
  @IsNonEmptyText() text!: string;
}

export class PlanTargetData implements PlanTarget {
  @IsInt() year!: number;
  @IsFiniteNumber() @Min(0) value!: number;
  @IsOptional() @IsIn(TARGET_DIRECTIONS) direction?: Target['direction'];
  @IsOptional() @IsNonEmptyText() levelLabel?: string;
}

export class PlanIndicatorData {
  @IsNonEmptyText() indicatorId!: string;
  @IsOptional() @IsNonEmptyText() objectiveId?: string;
  @NestedList(() => PlanTargetData) targets!: PlanTargetData[];
}

/** A plan's whole content with its id and owner. */
export class PlanContentData {
  @IsNonEmptyText() planId!: string;
  @IsNonEmptyText() ownerUnitId!: string;
  @IsNonEmptyText() title!: string;
  @Nested(() => PlanPeriodData) period!: PlanPeriodData;
  @NestedList(() => PlanObjectiveData) objectives!: PlanObjectiveData[];
  @NestedList(() => PlanIndicatorData) indicators!: PlanIndicatorData[];
}

/** A draft. `draftedBy`: the acting account; `draftedAt`: the server's time. */
export class PlanDrafted extends PlanContentData {
  @IsNonEmptyText() draftedBy!: string;
  @IsIsoDateTime() draftedAt!: string;
}

/** The draft's content from now on. */
export class PlanRevised extends PlanContentData {
  @IsNonEmptyText() revisedBy!: string;
  @IsIsoDateTime() revisedAt!: string;
}

/** The plan as it stands is published: adoptable by the units below its owner. */
export class PlanPublished {
  @IsNonEmptyText() planId!: string;
  @IsNonEmptyText() ownerUnitId!: string;
  @IsNonEmptyText() publishedBy!: string;
  @IsIsoDateTime() publishedAt!: string;
}

/** Recorded on the published plan's stream: this unit's local plan is `localPlanId`. */
export class PlanAdoptionRecorded {
  @IsNonEmptyText() planId!: string;
  @IsNonEmptyText() adoptingUnitId!: string;
  @IsNonEmptyText() localPlanId!: string;
  @IsNonEmptyText() adoptedBy!: string;
  @IsIsoDateTime() adoptedAt!: string;
}

/**
 * The first event of a local plan's own stream: the parent's title, period and objectives, and
 * its indicators with the targets that apply to the adopting unit (its level's, else the
 * subtree's), owned by the adopting unit. `levelLabel`: the adopting unit's level then.
 */
export class PlanAdopted extends PlanContentData {
  @IsNonEmptyText() parentPlanId!: string;
  @IsNonEmptyText() parentOwnerUnitId!: string;
  @IsOptional() @IsNonEmptyText() levelLabel?: string;
  @IsNonEmptyText() adoptedBy!: string;
  @IsIsoDateTime() adoptedAt!: string;
}

/** An adopted plan's targets for one indicator from now on. */
export class PlanTargetsSet {
  @IsNonEmptyText() planId!: string;
  @IsNonEmptyText() ownerUnitId!: string;
  @IsNonEmptyText() indicatorId!: string;
  @NestedList(() => PlanTargetData) targets!: PlanTargetData[];
  @IsNonEmptyText() setBy!: string;
  @IsIsoDateTime() setAt!: string;
}

export const planEventTypes = [
  eventType('PlanDrafted', PlanDrafted),
  eventType('PlanRevised', PlanRevised),
  eventType('PlanPublished', PlanPublished),
  eventType('PlanAdoptionRecorded', PlanAdoptionRecorded),
  eventType('PlanAdopted', PlanAdopted),
  eventType('PlanTargetsSet', PlanTargetsSet),
] as const;
