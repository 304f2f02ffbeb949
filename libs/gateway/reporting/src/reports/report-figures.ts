import type { IndicatorDefinition } from '@tn/reporting-contracts';
import type { ReportValueDoc } from './report.read-model';

/** One indicator whose live figure no longer equals the approved one. */
export interface FigureChange {
  indicatorId: string;
  approved: number | null;
  current: number | null;
  /** current − approved; null when either is none. */
  difference: number | null;
}

/** Figures differing by less than this are the same (a ratio recomputed in another order). */
const SAME = 1e-9;

const differs = (a: number | null, b: number | null): boolean => (a === null || b === null ? a !== b : Math.abs(a - b) > SAME);

/**
 * The approved (pinned) figures against the engine's live ones at the approved structure date:
 * each indicator whose value changed since approval (facts recorded late, corrections), in the
 * approved order; an indicator the live figures no longer have counts as none now. Empty when
 * nothing changed.
 */
export function changesSinceApproval(approved: readonly ReportValueDoc[], live: readonly ReportValueDoc[]): FigureChange[] {
  const liveOf = new Map(live.map((value) => [value.indicatorId, value.value]));
  return approved
    .map((value) => ({ indicatorId: value.indicatorId, approved: value.value, current: liveOf.get(value.indicatorId) ?? null }))
    .filter((change) => differs(change.approved, change.current))
    .map((change) => ({ ...change, difference: change.approved === null || change.current === null ? null : change.current - change.approved }));
}

/** One indicator summed over the children's figures. */
export interface ConsolidatedFigure {
  indicatorId: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** How many children had a figure for it. */
  unitsCounted: number;
}

/** A ratio's or coverage's factor (100 for a percentage), undefined for a count (its values add up). */
export function factorOf(definition: IndicatorDefinition): number | undefined {
  const { formula } = definition;
  return formula.kind === 'count' ? undefined : formula.factor;
}

/**
 * The children's figures added up per indicator: a count's values summed; a ratio's or
 * coverage's numerators and denominators summed and the ratio taken again (never an average of
 * ratios). A child without a figure (not submitted, or approved figures only) adds nothing.
 */
export function consolidatedFigures(
  indicators: readonly { indicatorId: string; factor?: number }[],
  children: readonly (readonly ReportValueDoc[] | null)[],
): ConsolidatedFigure[] {
  return indicators.map(({ indicatorId, factor }) => {
    const figures = children.flatMap((values) => values?.filter((value) => value.indicatorId === indicatorId) ?? []);
    const sum = (pick: (value: ReportValueDoc) => number | null) => {
      const present = figures.map(pick).filter((number): number is number => number !== null);
      return present.length === 0 ? null : present.reduce((total, number) => total + number, 0);
    };
    if (factor === undefined) return { indicatorId, value: sum((value) => value.value), numerator: null, denominator: null, unitsCounted: figures.length };
    const numerator = sum((value) => value.numerator);
    const denominator = sum((value) => value.denominator);
    const value = numerator === null || denominator === null || denominator === 0 ? null : (numerator / denominator) * factor;
    return { indicatorId, value, numerator, denominator, unitsCounted: figures.length };
  });
}
