import type { GatewayContext } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import { type IndicatorDefinition, type Period, PROGRAMME_INDICATORS, type PublishedValuePart } from '@tn/reporting-contracts';
import { readableUnitsAttributedTo } from '../core/readable-subtree';
import type { ReportingCheckpoints } from '../core/reporting-checkpoints';
import type { ReportingHierarchy } from '../core/reporting-hierarchy';
import { seesPlanIndicator } from '../core/visible-indicators';
import { definitionsOf } from '../definitions/definition-reads';
import type { IndicatorDefinitionDoc } from '../definitions/indicator-definition.read-model';
import { evaluateIndicators, type IndicatorValue } from '../engine';
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
 * computes them (the same definitions, facts, hierarchy, engine and checks: the plan indicators
 * the caller sees, every unit counted one it may write for today), once the facts show the writes
 * the request's consistency tokens name; with the day the engine counted stocks on.
 */
export async function valuesToPublish(
  context: GatewayContext,
  pieces: { hierarchy: ReportingHierarchy; checkpoints: ReportingCheckpoints },
  ask: { unitId: string; period: Period; structureDate: string },
): Promise<{ stocksOn: string; values: PublishedValuePart[] }> {
  const { unitId, period, structureDate } = ask;
  const lineage = await directoryOf(context).lineage(unitId, today());
  const owned = await definitionsOf(context).ownedBy(lineage);
  const seen = await Promise.all(owned.map((doc) => seesPlanIndicator(context, doc)));
  const definitions = indicatorsToPublish(owned.filter((_, index) => seen[index]));
  await waitForFacts(pieces.checkpoints, context);
  const hierarchy = await pieces.hierarchy.current();
  const attributed = readableUnitsAttributedTo(context, 'reporting:write', hierarchy, unitId, structureDate);
  const inputs = await factsOf(context).inputsFor(hierarchy, attributed, [period.year], [period.key]);
  const values = evaluateIndicators(definitions, { rootUnitId: unitId, period: period.key, structureDate, today: today() }, inputs);
  // Every value of one query is counted on the same day (K1–K5 are always there).
  return { stocksOn: (values[0] as IndicatorValue).stocksOn, values: values.map(publishedPartOf) };
}
