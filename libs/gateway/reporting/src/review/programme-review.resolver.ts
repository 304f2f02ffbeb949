import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import type { GatewayContext } from '@tn/gateway-core';
import { today } from '@tn/gateway-registry';
import { periodKey, REPORT_TEMPLATES, type ReportTemplate } from '@tn/reporting-contracts';
import { childrenAsOf } from '@tn/shared-unit-hierarchy';
import { readableUnitsAttributedTo } from '../core/readable-subtree';
import { ReportingCheckpoints } from '../core/reporting-checkpoints';
import { ReportingHierarchy } from '../core/reporting-hierarchy';
import { requireReportingPermission } from '../core/reporting-permissions';
import { unitNameOf } from '../reports/commendation-subjects';
import { reportIndicatorsOf } from '../reports/report-live-values';
import { factsOf } from '../values/fact-reads';
import { waitForFacts } from '../values/value-query-inputs';
import { valueUnitsOf } from '../values/value-units';
import { programmeReviewOf, reviewYears } from './programme-review';
import { ProgrammeReviewView } from './programme-review.models';

/** The review template of a year (mid-term 2025, final 2030), or REPORT_QUERY.REVIEW_YEAR_INVALID. */
export function requireReviewTemplate(context: GatewayContext, year: number): ReportTemplate & { reviewFromYear: number } {
  const template = REPORT_TEMPLATES.find((candidate) => candidate.reviewFromYear !== undefined && candidate.years?.includes(year));
  if (!template) throw apiError({ code: 'REPORT_QUERY.REVIEW_YEAR_INVALID', kind: 'validation', field: 'year', details: { year } }, context.language);
  return template as ReportTemplate & { reviewFromYear: number };
}

/** Programme reviews: the programme's indicators for a unit over the years, against their targets, with the units behind. */
@Resolver(() => ProgrammeReviewView)
export class ProgrammeReviewResolver {
  constructor(
    private readonly hierarchy: ReportingHierarchy,
    private readonly checkpoints: ReportingCheckpoints,
  ) {}

  @Query(() => ProgrammeReviewView, {
    description:
      "A programme review of a unit (2025 mid-term, 2030 final): K1–K5 and the plan indicators in force, each year from 2023 restated to today's structure, the target of the review's year, and each child unit (or each unit of `level`) with whether it reached its target.",
  })
  async programmeReview(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('year', { type: () => Int, description: '2025 (mid-term) or 2030 (final).' }) year: number,
    @Args('level', { nullable: true, description: 'A level label ("Đoàn xã"): one row per unit of that level under the unit.' }) level?: string,
  ): Promise<ProgrammeReviewView> {
    const template = requireReviewTemplate(context, year);
    await requireReportingPermission(context, 'reporting:read', unitId);
    const definitions = await reportIndicatorsOf(context, unitId);
    await waitForFacts(this.checkpoints, context);
    const hierarchy = await this.hierarchy.current();
    const day = today();
    const attributed = readableUnitsAttributedTo(context, 'reporting:read', hierarchy, unitId, day);
    const years = reviewYears(template.reviewFromYear, year);
    const inputs = await factsOf(context).inputsFor(
      hierarchy,
      attributed,
      years,
      years.map((each) => periodKey('year', each)),
    );
    const units = level ? valueUnitsOf(hierarchy, unitId, day, level) : childrenAsOf(hierarchy, unitId, day).sort();
    const rows = programmeReviewOf(definitions, { unitId, year, fromYear: template.reviewFromYear, structureDate: day, today: day }, units, inputs);
    const en = context.language === 'en';
    const nameOf = (id: string) => unitNameOf(hierarchy, id, context.language);
    return {
      unitId,
      unitName: nameOf(unitId),
      year,
      fromYear: template.reviewFromYear,
      title: en ? template.nameEn : template.nameVi,
      structureDate: day,
      indicators: rows.map(({ definition, units: unitValues, ...row }) => ({
        ...row,
        code: definition.code,
        name: en ? definition.nameEn : definition.nameVi,
        unit: definition.unit,
        units: unitValues.map((unitValue) => ({ ...unitValue, name: nameOf(unitValue.unitId) })),
      })),
    };
  }
}
