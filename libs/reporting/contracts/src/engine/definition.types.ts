/** Kinds of flow facts: things that happened on a date within a period, counted (outputs and resources also summed). */
export const FLOW_FACT_KINDS = ['activity', 'campaign', 'output', 'resource', 'joint-activity'] as const;
export type FlowFactKind = (typeof FLOW_FACT_KINDS)[number];

/** Which units count (coverage and unit counts), by their profile on the structure date. Empty: all. */
export interface UnitFilter {
  /** Free level labels ("Đoàn xã", "Đoàn phường"): levels are not hard-coded (domain.md §2). */
  levelLabels?: string[];
  organisations?: string[];
  /** Every flag named must be true on the unit. */
  flags?: { ethnicMinority?: boolean; mountainous?: boolean; border?: boolean; island?: boolean };
}

/** Which flow facts count. Every named condition must hold; lists match when they share a value. */
export interface FlowFilter {
  domains?: string[];
  initiators?: string[];
  namesModel?: boolean;
  modelTrained?: boolean;
  measures?: string[];
  /** The fact's unit (mapped to the structure date) must pass this filter. */
  units?: UnitFilter;
}

/** A number computed for one unit subtree and period. */
export type Measure =
  /** Flow facts in the period: how many, or their summed quantity. */
  | { source: 'flows'; kinds: FlowFactKind[]; filter?: FlowFilter; aggregate: 'count' | 'quantity' }
  /** Units active on the period's last day (in the structure), passing the filter. */
  | { source: 'units'; filter?: UnitFilter }
  /** Dedicated cadres on the period's last day; `qualified`: only those holding a valid qualification (of `kindIds`, or any). */
  | { source: 'cadres'; qualified: boolean; kindIds?: string[] }
  /** Groups hosted on the period's last day, by state: registered (any), verified, active. */
  | { source: 'groups'; state: 'registered' | 'verified' | 'active' }
  /** Distinct partners with an agreement in force with a unit of the subtree on the period's last day. */
  | { source: 'partners' }
  /** The sum of the values units declared for exactly this period under `key`. */
  | { source: 'declared'; key: string };

/**
 * A computable definition (DHIS2's numerator / denominator, plus coverage):
 * - `count`: one measure;
 * - `ratio`: numerator / denominator × factor (100 for a percentage); no value when the denominator is 0;
 * - `coverage`: share (× factor) of units passing `units` whose own measure over the period reaches `atLeast`.
 */
export type Formula =
  | { kind: 'count'; measure: Measure }
  | { kind: 'ratio'; numerator: Measure; denominator: Measure; factor: number }
  | { kind: 'coverage'; units: UnitFilter; condition: Measure; atLeast: number; factor: number };

/** A target for a milestone year (2025 mid-term, 2030 final, or a plan's own years). */
export interface Target {
  year: number;
  value: number;
  /** `at-least` (the default) or `at-most`. */
  direction?: 'at-least' | 'at-most';
}

/** An indicator definition at one version. A change makes a new version; values name the version they came from. */
export interface IndicatorDefinition {
  indicatorId: string;
  version: number;
  code: string;
  nameVi: string;
  nameEn: string;
  formula: Formula;
  /** `%` for percentages, else a unit word. */
  unit: string;
  targets: Target[];
  /** A programme default (K1–K5) or defined by a unit for its plans. */
  origin: 'programme' | 'plan';
  /** For plan indicators: the unit that defined it. */
  ownerUnitId?: string;
}
