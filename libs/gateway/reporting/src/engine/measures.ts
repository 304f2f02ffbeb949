import type { Measure } from '@tn/reporting-contracts';
import type { EvaluationContext } from './evaluation-context';
import { flowTally } from './flows';
import { cadreTally, groupTally, partnerTally, unitTally } from './stocks';
import { Tally } from './tally';

/** The values units declared for exactly this period under `key`, summed by carrier (dated the period's last day). */
export function declaredTally(key: string, context: EvaluationContext): Tally {
  const tally = new Tally(false);
  for (const declared of context.inputs.declared) {
    if (declared.key !== key || declared.period !== context.period.key) continue;
    tally.add(context.attribution.carrierOf(declared.unitId, context.lastDay), declared.value);
  }
  return tally;
}

function computeTally(measure: Measure, context: EvaluationContext): Tally {
  switch (measure.source) {
    case 'flows':
      return flowTally(measure.kinds, measure.filter, measure.aggregate, context);
    case 'units':
      return unitTally(measure.filter, context);
    case 'cadres':
      return cadreTally(measure.qualified, measure.kindIds, context);
    case 'groups':
      return groupTally(measure.state, context);
    case 'partners':
      return partnerTally(context);
    case 'declared':
      return declaredTally(measure.key, context);
  }
}

/** A measure's amounts by carrier for the query, computed once per context (definitions of one query share their parts). */
export function tallyOf(measure: Measure, context: EvaluationContext): Tally {
  const key = `measure:${JSON.stringify(measure)}`;
  const known = context.memo.get(key);
  if (known instanceof Tally) return known;
  const tally = computeTally(measure, context);
  context.memo.set(key, tally);
  return tally;
}
