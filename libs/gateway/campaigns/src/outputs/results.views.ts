import { builtInMeasures, type OutputMeasure } from '@tn/campaigns-contracts';
import type { GatewayContext } from '@tn/gateway-core';
import { campaignsOf } from '../core/campaigns-directory';
import type { OutputMeasureDoc } from './measure.read-model';
import type { ActivityOutputView, OutputMeasureView, ResourceMobilisedView, ResultTotalsView } from './outputs.models';
import { resultTotalsOf, valueVndOf } from './results-totals';
import type { OutputDoc, ResourceDoc } from './results.read-model';

/** The catalogue: the built-ins, then the defined measures in the order they were defined. */
export function catalogueFrom(defined: readonly OutputMeasureDoc[]): OutputMeasure[] {
  const sorted = [...defined].sort((a, b) => a.definedOn.localeCompare(b.definedOn) || a.measureId.localeCompare(b.measureId));
  return [
    ...builtInMeasures(),
    ...sorted.map(({ measureId, nameVi, nameEn, unitVi, unitEn, valueType, builtIn, retired }) => ({
      measureId,
      nameVi,
      nameEn,
      unitVi,
      unitEn,
      valueType,
      builtIn,
      retired,
    })),
  ];
}

/** The catalogue once per request. */
export function catalogueOf(context: GatewayContext): Promise<OutputMeasure[]> {
  let catalogue = context.loaders.get('output-catalogue') as Promise<OutputMeasure[]> | undefined;
  if (!catalogue) {
    catalogue = campaignsOf(context).definedMeasures().then(catalogueFrom);
    context.loaders.set('output-catalogue', catalogue);
  }
  return catalogue;
}

export const measureView = ({ measureId, ...measure }: OutputMeasure): OutputMeasureView => ({ id: measureId, ...measure });

export const outputView = (doc: OutputDoc): ActivityOutputView => ({
  id: doc.outputId,
  kind: doc.kind,
  name: doc.name,
  domain: doc.domain ?? null,
  measures: doc.measures,
  valuationVnd: doc.valuationVnd ?? null,
  completedOn: doc.completedOn,
  withdrawal: doc.withdrawal ?? null,
});

export const resourceView = (doc: ResourceDoc): ResourceMobilisedView => ({
  id: doc.resourceId,
  source: doc.source,
  form: doc.form,
  amountVnd: doc.amountVnd ?? null,
  description: doc.description ?? null,
  quantity: doc.quantity ?? null,
  unit: doc.unit ?? null,
  valuationVnd: doc.valuationVnd ?? null,
  valueVnd: valueVndOf(doc),
  receivedOn: doc.receivedOn,
  donorName: doc.donorName ?? null,
  agreementId: doc.agreementId ?? null,
  withdrawal: doc.withdrawal ?? null,
});

/** What the activities produced and mobilised, as the API shows it. */
export async function resultTotalsView(
  context: GatewayContext,
  activities: readonly { activityId: string; domains: readonly string[] }[],
): Promise<ResultTotalsView> {
  const [results, catalogue] = await Promise.all([campaignsOf(context).resultsOf(activities.map((a) => a.activityId)), catalogueOf(context)]);
  const totals = resultTotalsOf(activities, results, catalogue);
  return {
    ...totals,
    measures: totals.measures.map(({ measure, total, outputCount }) => ({ measure: measureView(measure), total, outputCount })),
  };
}
