import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { GatewayContext } from '@tn/gateway-core';
import { today } from '@tn/gateway-registry';
import { childrenAsOf } from '@tn/shared-unit-hierarchy';
import { ReportingCheckpoints } from '../core/reporting-checkpoints';
import { ReportingHierarchy } from '../core/reporting-hierarchy';
import { requireReportingPermission } from '../core/reporting-permissions';
import { waitForFacts } from '../values/value-query-inputs';
import { valueUnitsOf } from '../values/value-units';
import { unitNameOf } from './commendation-subjects';
import { requireReportTemplate } from './report-access';
import { reportsOf } from './report-reads';
import { ReportingRatesView } from './report.models';
import { rateRowOf, rateTotalsOf } from './reporting-rates';
import { reportWindowIn } from '../schedules/report-schedule-reads';

/** Who reported, and in time: a unit's children (or a level's units under it) for one template and period. */
@Resolver(() => ReportingRatesView)
export class ReportingRatesResolver {
  constructor(
    private readonly hierarchy: ReportingHierarchy,
    private readonly checkpoints: ReportingCheckpoints,
  ) {}

  @Query(() => ReportingRatesView, {
    description:
      'Reporting rates (DHIS2-like) of the units below a unit for a report: one row per child unit today, or with `level` per unit of that level under it; totals with the reporting rate (received / expected) and timeliness (on time / expected), excused units not expected.',
  })
  async reportingRates(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('templateId', { type: () => ID }) templateId: string,
    @Args('period') period: string,
    @Args('level', { nullable: true, description: 'A level label ("Đoàn xã"): one row per unit of that level under the unit.' }) level?: string,
  ): Promise<ReportingRatesView> {
    const template = requireReportTemplate(context, templateId, period);
    await requireReportingPermission(context, 'reporting:read', unitId);
    await waitForFacts(this.checkpoints, context);
    const hierarchy = await this.hierarchy.current();
    const day = today();
    const units = level ? valueUnitsOf(hierarchy, unitId, day, level) : childrenAsOf(hierarchy, unitId, day).sort();
    const docs = await reportsOf(context).ofUnits(units, templateId, period);
    const rows = await Promise.all(
      units.map(async (child) => {
        const { dueOn } = await reportWindowIn(context, hierarchy, child, template, period);
        return { ...rateRowOf(child, docs.get(child), dueOn, day), name: unitNameOf(hierarchy, child, context.language) };
      }),
    );
    return { unitId, templateId, period, rows, totals: rateTotalsOf(rows) };
  }
}
