import { periodContains } from '@tn/reporting-contracts';
import type { EvaluationContext } from './evaluation-context';

/** One measure's total over a subtree and period: outputs by their measure, resources by their value in VND. */
export interface ResultTotal {
  kind: 'output' | 'resource';
  measure: string;
  quantity: number;
  /** How many results (an output's one measure value, one mobilisation) made it up. */
  count: number;
}

/**
 * The outputs and resources recorded in the period by activities whose organiser the structure
 * date attributes to the subtree (a province's totals include its communes' work, a merged
 * commune's its predecessors'), per kind and measure. Cancelled activities count for nothing.
 */
export function resultTotalsOf(context: EvaluationContext): ResultTotal[] {
  const totals = new Map<string, ResultTotal>();
  for (const activity of context.inputs.activities) {
    if (activity.cancelled) continue;
    for (const result of Object.values(activity.results)) {
      if (!periodContains(context.period, result.on)) continue;
      const carrier = context.attribution.carrierOf(activity.organiserUnitId, result.on);
      if (carrier === undefined || !context.subtreeIds.has(carrier)) continue;
      const key = `${result.kind}|${result.measure}`;
      const total = totals.get(key) ?? { kind: result.kind, measure: result.measure, quantity: 0, count: 0 };
      total.quantity += result.quantity;
      total.count += 1;
      totals.set(key, total);
    }
  }
  return [...totals.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.measure.localeCompare(b.measure));
}
