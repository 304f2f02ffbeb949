import { type DynamicModule, Module } from '@nestjs/common';
import { gatewaySlice } from '@tn/gateway-core';
import { REPORTING_CONTEXT, reportingEventTypes } from '@tn/reporting-contracts';
import { ReportingCheckpoints } from './core/reporting-checkpoints';
import { ReportingClient } from './core/reporting-client';
import { ReportingHierarchy } from './core/reporting-hierarchy';
import { declaredValueProjection } from './declared/declared-value.read-model';
import { DeclaredValuesResolver } from './declared/declared-values.resolver';
import { indicatorDefinitionProjection } from './definitions/indicator-definition.read-model';
import { IndicatorDefinitionsResolver } from './definitions/indicator-definitions.resolver';
import { reportingFactProjections } from './facts';
import { planProjection } from './plans/plan.read-model';
import { PlansResolver } from './plans/plans.resolver';
import { publishedValuesProjection } from './published/published-values.read-model';
import { PublishedValuesResolver } from './published/published-values.resolver';
import { reportProjection } from './reports/report.read-model';
import { ReportExportsResolver } from './reports/report-exports.resolver';
import { ReportingRatesResolver } from './reports/reporting-rates.resolver';
import { ReportsResolver } from './reports/reports.resolver';
import { ProgrammeReviewResolver } from './review/programme-review.resolver';
import { reportScheduleProjection } from './schedules/report-schedule.read-model';
import { ReportSchedulesResolver } from './schedules/report-schedules.resolver';
import { IndicatorValuesResolver } from './values/indicator-values.resolver';

export interface GatewayReportingOptions {
  /** Consumer group of the indicator facts (one per gateway deployment; a new one replays every event). */
  groupId?: string;
}

/** The contexts whose events the indicator facts are made of, beside the reporting service's own. */
export const FACT_SOURCES = ['registry', 'campaigns', 'training', 'network'] as const;

/** Every read model of the slice: one consumer keeps them, rebuildIndicatorFacts rebuilds them all. */
export const reportingProjections = [
  ...reportingFactProjections,
  indicatorDefinitionProjection,
  declaredValueProjection,
  publishedValuesProjection,
  planProjection,
  reportProjection,
  reportScheduleProjection,
];

/**
 * The reporting service's part of the API (ADR 0021): indicator definitions, declared values, and
 * indicator values evaluated from the facts this slice projects from every context's events.
 * Needs GatewayCoreModule and the registry slice (rights and the unit directory).
 */
@Module({})
export class GatewayReportingModule {
  static forRoot(options: GatewayReportingOptions = {}): DynamicModule {
    return gatewaySlice({
      module: GatewayReportingModule,
      context: REPORTING_CONTEXT,
      alsoFollows: FACT_SOURCES,
      checkpoints: ReportingCheckpoints,
      ownEventTypes: reportingEventTypes.map((definition) => definition.type),
      client: ReportingClient,
      groupId: options.groupId ?? 'gateway-reporting',
      projections: () => reportingProjections,
      providers: [
        ReportingHierarchy,
        IndicatorValuesResolver,
        IndicatorDefinitionsResolver,
        DeclaredValuesResolver,
        PublishedValuesResolver,
        PlansResolver,
        ReportsResolver,
        ReportingRatesResolver,
        ProgrammeReviewResolver,
        ReportExportsResolver,
        ReportSchedulesResolver,
      ],
    });
  }
}
