import type { GatewayContext } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import type { IndicatorDefinition, Period } from '@tn/reporting-contracts';
import { readableUnitsAttributedTo } from '../core/readable-subtree';
import type { ReportingCheckpoints } from '../core/reporting-checkpoints';
import type { ReportingHierarchy } from '../core/reporting-hierarchy';
import { seesPlanIndicator } from '../core/visible-indicators';
import { definitionsOf } from '../definitions/definition-reads';
import { evaluateIndicators } from '../engine';
import { indicatorsToPublish, publishedPartOf } from '../published/values-to-publish';
import { factsOf } from '../values/fact-reads';
import { waitForFacts } from '../values/value-query-inputs';
import { type ReportValueDoc, valueDocOf } from './report.read-model';

/** The indicators a unit reports (as it publishes them): K1–K5, then its lineage's plan indicators in force that the caller sees. */
export async function reportIndicatorsOf(context: GatewayContext, unitId: string): Promise<IndicatorDefinition[]> {
  const owned = await definitionsOf(context).ownedBy(await directoryOf(context).lineage(unitId, today()));
  const seen = await Promise.all(owned.map((doc) => seesPlanIndicator(context, doc)));
  return indicatorsToPublish(owned.filter((_, index) => seen[index]));
}

/**
 * The engine's figures now for the report's unit and, from the same read of facts, for units of
 * its subtree (its children, for consolidation), as a reader sees them: computed as
 * `valuesToPublish` computes a submission's (the same indicators, engine and pieces), with
 * reporting:read over every unit counted instead of reporting:write.
 */
export async function liveFiguresOf(
  context: GatewayContext,
  pieces: { hierarchy: ReportingHierarchy; checkpoints: ReportingCheckpoints },
  ask: { unitId: string; roots: readonly string[]; period: Period; structureDate: string; definitions: readonly IndicatorDefinition[] },
): Promise<Map<string, ReportValueDoc[]>> {
  const { unitId, roots, period, structureDate, definitions } = ask;
  await waitForFacts(pieces.checkpoints, context);
  const hierarchy = await pieces.hierarchy.current();
  const attributed = readableUnitsAttributedTo(context, 'reporting:read', hierarchy, unitId, structureDate);
  const inputs = await factsOf(context).inputsFor(hierarchy, attributed, [period.year], [period.key]);
  const day = today();
  return new Map(
    roots.map((rootUnitId) => [
      rootUnitId,
      evaluateIndicators(definitions, { rootUnitId, period: period.key, structureDate, today: day }, inputs).map((value) => valueDocOf(publishedPartOf(value))),
    ]),
  );
}
