import type { OutputMeasure } from '@tn/campaigns-contracts';
import type { ActivityResultsDoc, ResourceDoc } from './results.read-model';

export interface MeasureTotal {
  measure: OutputMeasure;
  total: number;
  /** How many outputs carry the measure. */
  outputCount: number;
}
export interface KeyCount {
  key: string;
  count: number;
}
export interface ResourceTotal {
  source: string;
  form: string;
  count: number;
  totalVnd: number;
}
export interface ResultTotals {
  outputCount: number;
  outputsByKind: KeyCount[];
  /** An output counts in its own domain, or else in each of its activity's domains. */
  outputsByDomain: KeyCount[];
  measures: MeasureTotal[];
  resources: ResourceTotal[];
  resourcesTotalVnd: number;
}

/** Sums of decimals (km of road) drift in binary: totals are kept to six decimals. */
const rounded = (value: number): number => Math.round(value * 1e6) / 1e6;

/** What a gift is worth in VND: the cash amount, or the valuation of the goods. */
export const valueVndOf = (resource: Pick<ResourceDoc, 'form' | 'amountVnd' | 'valuationVnd'>): number =>
  (resource.form === 'cash' ? resource.amountVnd : resource.valuationVnd) ?? 0;

function counted(keys: string[]): KeyCount[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Totals of what the activities produced and mobilised, withdrawn records left out: outputs per
 * kind, per domain and per measure (in catalogue order; a measure the catalogue no longer lists is
 * still shown by its id), and resources per source and form in VND.
 */
export function resultTotalsOf(
  activities: readonly { activityId: string; domains: readonly string[] }[],
  results: readonly ActivityResultsDoc[],
  catalogue: readonly OutputMeasure[],
): ResultTotals {
  const domainsOf = new Map(activities.map((activity) => [activity.activityId, activity.domains]));
  const wanted = results.filter((doc) => domainsOf.has(doc.activityId));
  const outputs = wanted.flatMap((doc) => doc.outputs.filter((o) => !o.withdrawal).map((output) => ({ output, activityId: doc.activityId })));
  const resources = wanted.flatMap((doc) => doc.resources.filter((r) => !r.withdrawal));

  const sums = new Map<string, { total: number; outputCount: number }>();
  for (const { output } of outputs) {
    for (const { measureId, value } of output.measures) {
      const sum = sums.get(measureId) ?? { total: 0, outputCount: 0 };
      sums.set(measureId, { total: sum.total + value, outputCount: sum.outputCount + 1 });
    }
  }
  const known = new Map(catalogue.map((measure) => [measure.measureId, measure]));
  const order = [...catalogue.map((m) => m.measureId), ...[...sums.keys()].filter((id) => !known.has(id)).sort()];
  const measures = order.flatMap((measureId) => {
    const sum = sums.get(measureId);
    if (!sum) return [];
    const measure = known.get(measureId) ?? {
      measureId,
      nameVi: measureId,
      nameEn: measureId,
      unitVi: '',
      unitEn: '',
      valueType: 'quantity' as const,
      builtIn: false,
      retired: true,
    };
    return [{ measure, total: rounded(sum.total), outputCount: sum.outputCount }];
  });

  const bySourceAndForm = new Map<string, ResourceTotal>();
  for (const resource of resources) {
    const key = `${resource.source}/${resource.form}`;
    const total = bySourceAndForm.get(key) ?? { source: resource.source, form: resource.form, count: 0, totalVnd: 0 };
    bySourceAndForm.set(key, { ...total, count: total.count + 1, totalVnd: total.totalVnd + valueVndOf(resource) });
  }

  return {
    outputCount: outputs.length,
    outputsByKind: counted(outputs.map(({ output }) => output.kind)),
    outputsByDomain: counted(outputs.flatMap(({ output, activityId }) => (output.domain ? [output.domain] : [...(domainsOf.get(activityId) ?? [])]))),
    measures,
    resources: [...bySourceAndForm.values()].sort((a, b) => a.source.localeCompare(b.source) || a.form.localeCompare(b.form)),
    resourcesTotalVnd: resources.reduce((sum, resource) => sum + valueVndOf(resource), 0),
  };
}
