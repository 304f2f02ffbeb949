import type { GatewayContext } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import { type IndicatorDefinition, type Period, PROGRAMME_INDICATORS, type PublishedValuePart } from '@tn/reporting-contracts';
import type { ReportingCheckpoints } from '../core/reporting-checkpoints';
import type { ReportingHierarchy } from '../core/reporting-hierarchy';
import { definitionsOf } from '../definitions/definition-reads';
import type { IndicatorDefinitionDoc } from '../definitions/indicator-definition.read-model';
import { evaluateIndicators, type IndicatorValue, unitsAttributedTo } from '../engine';
import { factsOf } from '../values/fact-reads';
import { waitForFacts } from '../values/value-query-inputs';

/**
 * K1–K5, then the plan indicators in force that the units of the lineage own (each at its latest
 * version): the indicators `indicatorDefinitions(unitId)` offers the unit, a retired one aside
 * (no longer in use, so not published again).
 */
export function indicatorsToPublish(plans: readonly IndicatorDefinitionDoc[]): IndicatorDefinition[] {
  const inForce = plans.filter((doc) => !doc.retired).map((doc) => doc.current);
  const byId = new Map(inForce.map((definition) => [definition.indicatorId, definition]));
  return [...PROGRAMME_INDICATORS, ...byId.values()];
}

/** An engine value as the publication carries it: every number, null when there is none. */
export const publishedPartOf = (value: IndicatorValue): PublishedValuePart => ({
  indicatorId: value.indicatorId,
  version: value.version,
  value: value.value,
  numerator: value.numerator ?? null,
  denominator: value.denominator ?? null,
  target: value.target?.value ?? null,
});

/**
 * The values a unit publishes for a period and structure date, computed as `indicatorValues`
 * computes them (the same definitions reads, facts, hierarchy and engine), once the facts show
 * the writes the request's consistency tokens name.
 */
export async function valuesToPublish(
  context: GatewayContext,
  pieces: { hierarchy: ReportingHierarchy; checkpoints: ReportingCheckpoints },
  ask: { unitId: string; period: Period; structureDate: string },
): Promise<PublishedValuePart[]> {
  const { unitId, period, structureDate } = ask;
  const lineage = await directoryOf(context).lineage(unitId, today());
  const definitions = indicatorsToPublish(await definitionsOf(context).ownedBy(lineage));
  await waitForFacts(pieces.checkpoints, context);
  const hierarchy = await pieces.hierarchy.current();
  const inputs = await factsOf(context).inputsFor(hierarchy, unitsAttributedTo(hierarchy, unitId, structureDate), [period.year], [period.key]);
  return evaluateIndicators(definitions, { rootUnitId: unitId, period: period.key, structureDate }, inputs).map(publishedPartOf);
}
