import type { PlanTarget, Target } from '@tn/reporting-contracts';

export interface PlanPeriod {
  fromYear: number;
  toYear: number;
}

export interface PlanObjective {
  objectiveId: string;
  text: string;
}

export interface PlanIndicator {
  indicatorId: string;
  objectiveId?: string;
  targets: PlanTarget[];
}

/** What a plan says, beside its id and owner. */
export interface PlanContent {
  title: string;
  period: PlanPeriod;
  objectives: PlanObjective[];
  indicators: PlanIndicator[];
}

/**
 * `draft` → `published` for a unit's own plan; `adopted` for a lower unit's local plan, opened
 * from a published one. `none` before the stream's first event.
 */
export type PlanStatus = 'none' | 'draft' | 'published' | 'adopted';

/**
 * A plan as its decisions need it. `ownerUnitId` is the unit whose managers act on it (the
 * authoriser reads it): empty before the plan exists.
 */
export interface PlanState {
  status: PlanStatus;
  planId: string;
  ownerUnitId: string;
  content?: PlanContent;
  /** A published plan: each adopting unit's local plan (one per unit). */
  adoptions: Readonly<Record<string, string>>;
  /** An adopted plan: the plan it came from. */
  parentPlanId?: string;
  /** An adopted plan: by indicator, the targets the parent set for the unit, below which (at-least) its own may not go. */
  parentTargets?: Readonly<Record<string, Target[]>>;
}

export type ExistingPlan = PlanState & { status: Exclude<PlanStatus, 'none'>; content: PlanContent };
