import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResultView, type GatewayContext, readerOf } from '@tn/gateway-core';
import { today } from '@tn/gateway-registry';
import { DECLARED_VALUE_KEYS, declaredValueIdOf, parsePeriod, type Period, REPORT_TEMPLATES, reportCommandTypes, reportIdOf } from '@tn/reporting-contracts';
import { childrenAsOf } from '@tn/shared-unit-hierarchy';
import { ReportingCheckpoints } from '../core/reporting-checkpoints';
import { ReportingClient } from '../core/reporting-client';
import { ReportingReads } from '../core/reporting-collections';
import { ReportingHierarchy } from '../core/reporting-hierarchy';
import { requireReportingPermission } from '../core/reporting-permissions';
import { declaredValueProjection } from '../declared/declared-value.read-model';
import type { DeclaredValueDoc } from '../facts';
import { valuesToPublish } from '../published/values-to-publish';
import { waitForFacts } from '../values/value-query-inputs';
import { requireCommendationSubjects, subjectNameOf, unitNameOf } from './commendation-subjects';
import { reportKeyOf, requireReportApprover, requireReportTemplate } from './report-access';
import { liveFiguresOf, reportIndicatorsOf } from './report-live-values';
import { reportsOf } from './report-reads';
import { reportViewOf } from './report-view';
import { reportWindowIn } from '../schedules/report-schedule-reads';
import {
  ApproveReportInput,
  ExcuseReportInput,
  ReopenReportInput,
  ReportTemplateView,
  ReportView,
  ReportWindowView,
  ReturnReportInput,
  SaveReportDraftInput,
  SubmitReportInput,
} from './report.models';

/**
 * Periodic reports (issue 17): a unit writes its report for a template and period, submits it
 * with the engine's figures then, and its parent unit returns or approves it (approval pins the
 * figures). The report reads with the figures now, what changed since approval, and the
 * consolidation of its children's reports.
 */
@Resolver(() => ReportView)
export class ReportsResolver {
  constructor(
    private readonly client: ReportingClient,
    private readonly hierarchy: ReportingHierarchy,
    private readonly checkpoints: ReportingCheckpoints,
  ) {}

  @Query(() => [ReportTemplateView], { description: 'The periodic reports every unit writes, with their windows and sections.' })
  reportTemplates(@Context() context: GatewayContext): ReportTemplateView[] {
    const en = context.language === 'en';
    return REPORT_TEMPLATES.map((template) => ({
      templateId: template.templateId,
      name: en ? template.nameEn : template.nameVi,
      cadence: template.cadence,
      years: template.years ? [...template.years] : null,
      opensDaysBeforeEnd: template.opensDaysBeforeEnd,
      dueDaysAfterEnd: template.dueDaysAfterEnd,
      consolidationDays: template.consolidationDays,
      closesDaysAfterEnd: template.closesDaysAfterEnd,
      sections: template.sections.map((section) => ({ key: section.key, title: en ? section.titleEn : section.titleVi })),
    }));
  }

  @Query(() => ReportWindowView, { description: "A unit's window for a report: a unit with child units today is due later (to consolidate theirs)." })
  async reportWindow(
    @Context() context: GatewayContext,
    @Args('templateId', { type: () => ID }) templateId: string,
    @Args('period') period: string,
    @Args('unitId', { type: () => ID }) unitId: string,
  ): Promise<ReportWindowView> {
    const template = requireReportTemplate(context, templateId, period);
    await requireReportingPermission(context, 'reporting:read', unitId);
    const hierarchy = await this.hierarchy.current();
    return reportWindowIn(context, hierarchy, unitId, template, period);
  }

  @Query(() => ReportView, {
    description:
      "A unit's report for a template and period (status none before anything was written), for those who read the unit (its managers and those above). With approvedOnly, the children's consolidation counts approved figures only.",
  })
  async report(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('templateId', { type: () => ID }) templateId: string,
    @Args('period') period: string,
    @Args('approvedOnly', { type: () => Boolean, defaultValue: false }) approvedOnly: boolean,
  ): Promise<ReportView> {
    const template = requireReportTemplate(context, templateId, period);
    await requireReportingPermission(context, 'reporting:read', unitId);
    await waitForFacts(this.checkpoints, context);
    const hierarchy = await this.hierarchy.current();
    const day = today();
    const childIds = childrenAsOf(hierarchy, unitId, day).sort();
    const reads = reportsOf(context);
    const reportId = reportIdOf(unitId, templateId, period);
    const [doc, childDocs, definitions] = await Promise.all([
      reads.one(reportId),
      reads.ofUnits(childIds, templateId, period),
      reportIndicatorsOf(context, unitId),
    ]);
    const asked = parsePeriod(period) as Period;
    const pieces = { hierarchy: this.hierarchy, checkpoints: this.checkpoints };
    const live = await liveFiguresOf(context, pieces, { unitId, roots: [unitId, ...childIds], period: asked, structureDate: day, definitions });
    const approved = doc?.approved;
    const atApproval = approved
      ? approved.structureDate === day
        ? live
        : await liveFiguresOf(context, pieces, { unitId, roots: [unitId], period: asked, structureDate: approved.structureDate, definitions })
      : undefined;
    const commendations = doc?.commendations ?? [];
    const names = await Promise.all(commendations.map((commendation) => subjectNameOf(context, hierarchy, unitId, commendation)));
    const subjectNames = new Map(commendations.map((commendation, index) => [commendation.subjectId, names[index] ?? null]));
    return reportViewOf({
      reportId,
      unitId,
      unitName: unitNameOf(hierarchy, unitId, context.language),
      template,
      period,
      window: await reportWindowIn(context, hierarchy, unitId, template, period),
      doc,
      language: context.language,
      structureDate: day,
      definitions,
      prefill: live.get(unitId) ?? [],
      declaredValues: await this.declaredOf(context, unitId, period),
      liveAtApproval: atApproval?.get(unitId),
      children: childIds.map((childId) => ({
        unitId: childId,
        name: unitNameOf(hierarchy, childId, context.language),
        doc: childDocs.get(childId),
        live: live.get(childId),
      })),
      approvedOnly,
      subjectNames,
    });
  }

  @Mutation(() => CommandResultView, {
    description: "Save the report's whole content in draft (sections, commendation proposals): the unit's managers, within its window.",
  })
  async saveReportDraft(@Context() context: GatewayContext, @Args('input') input: SaveReportDraftInput): Promise<CommandResultView> {
    requireReportTemplate(context, input.templateId, input.period);
    const user = await requireReportingPermission(context, 'reporting:write', input.unitId);
    await requireCommendationSubjects(context, await this.hierarchy.current(), input.unitId, input.commendations);
    const payload = {
      unitId: input.unitId,
      templateId: input.templateId,
      period: input.period,
      sections: input.sections.map(({ key, narrative }) => ({ key, narrative })),
      commendations: input.commendations.map(({ proposalId, subjectKind, subjectId, award, reason }) => ({
        proposalId,
        subjectKind,
        subjectId,
        award,
        reason,
      })),
    };
    const outcome = await this.client.send(reportCommandTypes, 'SaveReportDraft', payload, user, context.language);
    return { id: reportIdOf(input.unitId, input.templateId, input.period), ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description: "Submit the draft to the parent unit with the engine's figures now (K1–K5 and plan indicators in force, attributed to today's structure).",
  })
  async submitReport(@Context() context: GatewayContext, @Args('input') input: SubmitReportInput): Promise<CommandResultView> {
    requireReportTemplate(context, input.templateId, input.period);
    const user = await requireReportingPermission(context, 'reporting:write', input.unitId);
    const structureDate = today();
    const { stocksOn, values } = await valuesToPublish(
      context,
      { hierarchy: this.hierarchy, checkpoints: this.checkpoints },
      { unitId: input.unitId, period: parsePeriod(input.period) as Period, structureDate },
    );
    const payload = { unitId: input.unitId, templateId: input.templateId, period: input.period, structureDate, stocksOn, values };
    const outcome = await this.client.send(reportCommandTypes, 'SubmitReport', payload, user, context.language);
    return { id: reportIdOf(input.unitId, input.templateId, input.period), ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Return a submitted report to its unit with a comment: the managers of the unit above it.' })
  async returnReport(@Context() context: GatewayContext, @Args('input') input: ReturnReportInput): Promise<CommandResultView> {
    const user = await this.requireApproverOf(context, input.reportId);
    const outcome = await this.client.send(reportCommandTypes, 'ReturnReport', { reportId: input.reportId, comment: input.comment }, user, context.language);
    return { id: input.reportId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Approve a submitted report (its figures are pinned): the managers of the unit above it.' })
  async approveReport(@Context() context: GatewayContext, @Args('input') input: ApproveReportInput): Promise<CommandResultView> {
    const user = await this.requireApproverOf(context, input.reportId);
    const payload = { reportId: input.reportId, ...(input.comment ? { comment: input.comment } : {}) };
    const outcome = await this.client.send(reportCommandTypes, 'ApproveReport', payload, user, context.language);
    return { id: input.reportId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Excuse a unit from a report it has not submitted, with the reason: the managers of the unit above it.' })
  async excuseReport(@Context() context: GatewayContext, @Args('input') input: ExcuseReportInput): Promise<CommandResultView> {
    requireReportTemplate(context, input.templateId, input.period);
    const user = await requireReportApprover(context, await this.hierarchy.current(), input.unitId);
    const payload = { unitId: input.unitId, templateId: input.templateId, period: input.period, reason: input.reason };
    const outcome = await this.client.send(reportCommandTypes, 'ExcuseReport', payload, user, context.language);
    return { id: reportIdOf(input.unitId, input.templateId, input.period), ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description: 'Reopen an approved report with the reason (it is returned to its unit): the managers of the unit above it.',
  })
  async reopenReport(@Context() context: GatewayContext, @Args('input') input: ReopenReportInput): Promise<CommandResultView> {
    const user = await this.requireApproverOf(context, input.reportId);
    const outcome = await this.client.send(reportCommandTypes, 'ReopenReport', { reportId: input.reportId, reason: input.reason }, user, context.language);
    return { id: input.reportId, ...outcome };
  }

  /** Write rights over the approving unit of the report's unit; an id naming no report answers as one of another unit. */
  private async requireApproverOf(context: GatewayContext, reportId: string) {
    const { unitId } = reportKeyOf(context, reportId);
    return requireReportApprover(context, await this.hierarchy.current(), unitId);
  }

  private async declaredOf(context: GatewayContext, unitId: string, period: string): Promise<{ key: string; value: number }[]> {
    const reads = readerOf(context, 'reporting:declared', (readModels) => new ReportingReads(readModels.connection));
    const found = await Promise.all(
      DECLARED_VALUE_KEYS.map((key) => reads.one<DeclaredValueDoc>(declaredValueProjection, declaredValueIdOf(unitId, period, key))),
    );
    return found.filter((doc): doc is DeclaredValueDoc => doc !== undefined).map(({ key, value }) => ({ key, value }));
  }
}
