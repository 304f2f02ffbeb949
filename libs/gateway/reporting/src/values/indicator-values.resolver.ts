import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import type { GatewayContext } from '@tn/gateway-core';
import { today } from '@tn/gateway-registry';
import type { IndicatorDefinition, Period } from '@tn/reporting-contracts';
import { readableUnitsAttributedTo } from '../core/readable-subtree';
import { ReportingCheckpoints } from '../core/reporting-checkpoints';
import { ReportingHierarchy } from '../core/reporting-hierarchy';
import { requireReportingPermission } from '../core/reporting-permissions';
import { requireVisibleIndicators } from '../core/visible-indicators';
import { evaluateIndicators, evaluationContextOf, type IndicatorValue, resultTotalsOf } from '../engine';
import { factsOf } from './fact-reads';
import { IndicatorValueView, SubtreeResultTotalsView } from './indicator-value.models';
import { periodsOf, structureDateOf, waitForFacts } from './value-query-inputs';
import { valueUnitsOf } from './value-units';

/** At most this much in one request: each unit reads its subtree's facts. */
const MAX = { indicatorIds: 20, periods: 12, unitIds: 20 } as const;

function requireAtMost(context: GatewayContext, field: keyof typeof MAX, values: readonly string[]): void {
  if (values.length > MAX[field])
    throw apiError({ code: 'INDICATOR_QUERY.TOO_LARGE', kind: 'validation', field, details: { max: MAX[field] } }, context.language);
}

function viewOf(value: IndicatorValue, definition: IndicatorDefinition): IndicatorValueView {
  return {
    indicatorId: value.indicatorId,
    version: value.version,
    code: definition.code,
    unitId: value.unitId,
    period: value.period,
    structureDate: value.structureDate,
    stocksOn: value.stocksOn,
    value: value.value,
    numerator: value.numerator ?? null,
    denominator: value.denominator ?? null,
    target: value.target?.value ?? null,
    targetYear: value.target?.year ?? null,
    progress: value.progress ?? null,
  };
}

/** Indicator values for units with their subtrees, periods and a structure date, computed from the maintained facts. */
@Resolver(() => IndicatorValueView)
export class IndicatorValuesResolver {
  constructor(
    private readonly hierarchy: ReportingHierarchy,
    private readonly checkpoints: ReportingCheckpoints,
  ) {}

  @Query(() => [IndicatorValueView], {
    description:
      "Values of indicators (K1–K5, plan indicators) for each unit with its subtree and each period, attributed to the hierarchy of the structure date (today when absent: restated to today's structure; a past date: as the hierarchy was then). With `level`, one value for each unit of that level label in each unit's subtree.",
  })
  async indicatorValues(
    @Context() context: GatewayContext,
    @Args('indicatorIds', { type: () => [ID] }) indicatorIds: string[],
    @Args('periods', { type: () => [String], description: 'Period keys: Y2025, H2025-1, Q2025-3, M2025-07.' }) periods: string[],
    @Args('unitIds', { type: () => [ID] }) unitIds: string[],
    @Args('structureDate', { nullable: true, description: 'YYYY-MM-DD; today (Vietnam) when absent.' }) structureDate?: string,
    @Args('level', { nullable: true, description: 'A level label ("Đoàn xã"): one value per unit of that level under each unit.' }) level?: string,
  ): Promise<IndicatorValueView[]> {
    requireAtMost(context, 'indicatorIds', indicatorIds);
    requireAtMost(context, 'periods', periods);
    requireAtMost(context, 'unitIds', unitIds);
    const asked = periodsOf(context, periods);
    const structure = structureDateOf(context, structureDate);
    for (const unitId of unitIds) await requireReportingPermission(context, 'reporting:read', unitId);
    const definitions = await requireVisibleIndicators(context, indicatorIds, 'indicatorIds');
    await waitForFacts(this.checkpoints, context);
    const hierarchy = await this.hierarchy.current();
    // Every root's subtree is checked before anything is computed: a refusal shows no value at all.
    const attributedByRoot = unitIds.map((rootUnitId) => readableUnitsAttributedTo(context, 'reporting:read', hierarchy, rootUnitId, structure));
    const years = [...new Set(asked.map((period) => period.year))];
    const day = today();
    // One read for every root: the engine keeps each fact for the root its attribution puts it
    // under, and the country's provinces together are read by year rather than unit by unit.
    const inputs = await factsOf(context).inputsFor(hierarchy, [...new Set(attributedByRoot.flat())], years, periods);
    const views: IndicatorValueView[] = [];
    for (const rootUnitId of unitIds) {
      for (const unitId of valueUnitsOf(hierarchy, rootUnitId, structure, level)) {
        for (const period of asked) {
          const values = evaluateIndicators(definitions, { rootUnitId: unitId, period: period.key, structureDate: structure, today: day }, inputs);
          definitions.forEach((definition, index) => views.push(viewOf(values[index] as IndicatorValue, definition)));
        }
      }
    }
    return views;
  }

  @Query(() => SubtreeResultTotalsView, {
    description:
      "Outputs and resources summed by measure for a unit with its subtree and a period, attributed by the structure date (today when absent): a province's totals include its communes' work.",
  })
  async subtreeResultTotals(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('period', { description: 'Period key: Y2025, H2025-1, Q2025-3, M2025-07.' }) period: string,
    @Args('structureDate', { nullable: true, description: 'YYYY-MM-DD; today (Vietnam) when absent.' }) structureDate?: string,
  ): Promise<SubtreeResultTotalsView> {
    const [asked] = periodsOf(context, [period]) as [Period];
    const structure = structureDateOf(context, structureDate);
    await requireReportingPermission(context, 'reporting:read', unitId);
    await waitForFacts(this.checkpoints, context);
    const hierarchy = await this.hierarchy.current();
    const attributed = readableUnitsAttributedTo(context, 'reporting:read', hierarchy, unitId, structure);
    const inputs = await factsOf(context).inputsFor(hierarchy, attributed, [asked.year], []);
    const totals = resultTotalsOf(evaluationContextOf({ rootUnitId: unitId, period: asked.key, structureDate: structure, today: today() }, inputs));
    return { unitId, period: asked.key, structureDate: structure, totals };
  }
}
