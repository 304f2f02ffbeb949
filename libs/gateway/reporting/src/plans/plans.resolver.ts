import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import { type Period, planCommandTypes } from '@tn/reporting-contracts';
import { readableUnitsAttributedTo } from '../core/readable-subtree';
import { ReportingCheckpoints } from '../core/reporting-checkpoints';
import { ReportingClient } from '../core/reporting-client';
import { ReportingHierarchy } from '../core/reporting-hierarchy';
import { reportingForbidden, requireReportingPermission } from '../core/reporting-permissions';
import { requireVisibleIndicators } from '../core/visible-indicators';
import { factsOf } from '../values/fact-reads';
import { periodsOf, structureDateOf, waitForFacts } from '../values/value-query-inputs';
import { valueUnitsOf } from '../values/value-units';
import { requirePlanOwner, requireReadablePlan } from './plan-access';
import { isOfferedTo, localPlanIdFor } from './plan-adoption';
import { planProgressOf } from './plan-progress';
import { plansOf } from './plan-reads';
import {
  AdoptPlanInput,
  DraftPlanInput,
  type PlanContentInput,
  PlanProgressView,
  PlanView,
  PublishPlanInput,
  RevisePlanInput,
  SetPlanTargetsInput,
  UnitPlanView,
} from './plan.models';
import type { PlanDoc } from './plan.read-model';

export function planView(doc: PlanDoc): PlanView {
  return {
    planId: doc.planId,
    ownerUnitId: doc.ownerUnitId,
    status: doc.status,
    title: doc.title,
    period: doc.period,
    objectives: doc.objectives,
    indicators: doc.indicators.map((indicator) => ({
      indicatorId: indicator.indicatorId,
      objectiveId: indicator.objectiveId ?? null,
      targets: indicator.targets.map((target) => ({
        year: target.year,
        value: target.value,
        direction: target.direction ?? 'at-least',
        levelLabel: target.levelLabel ?? null,
      })),
    })),
    parentPlanId: doc.parentPlanId,
    parentOwnerUnitId: doc.parentOwnerUnitId,
    levelLabel: doc.levelLabel,
    adoptions: doc.adoptions,
  };
}

/** The input's content as the command states it (the service's decider checks its meaning). */
function contentOf(input: PlanContentInput) {
  return {
    title: input.title,
    period: { fromYear: input.period.fromYear, toYear: input.period.toYear },
    objectives: input.objectives.map(({ objectiveId, text }) => ({ objectiveId, text })),
    indicators: input.indicators.map(({ indicatorId, objectiveId, targets }) => ({
      indicatorId,
      ...(objectiveId ? { objectiveId } : {}),
      targets: targets.map(({ year, value, direction, levelLabel }) => ({
        year,
        value,
        ...(direction ? { direction: direction as never } : {}),
        ...(levelLabel !== undefined && levelLabel !== null ? { levelLabel } : {}),
      })),
    })),
  };
}

const byPeriodThenTitle = (a: PlanDoc, b: PlanDoc) => b.period.fromYear - a.period.fromYear || a.title.localeCompare(b.title);

/**
 * Plans (issue 16): a unit's plan for a phase or a year, published to the units below it, which
 * adopt it into local plans of their own (raising targets as they choose), and its progress: the
 * engine's values measured against the plan's targets for each unit.
 */
@Resolver(() => PlanView)
export class PlansResolver {
  constructor(
    private readonly client: ReportingClient,
    private readonly hierarchy: ReportingHierarchy,
    private readonly checkpoints: ReportingCheckpoints,
  ) {}

  @Query(() => PlanView, {
    description:
      'A plan, for those over its owner unit and (once published) for the units below it. FORBIDDEN for another unit’s, as for one that does not exist.',
  })
  async plan(@Context() context: GatewayContext, @Args('planId', { type: () => ID }) planId: string): Promise<PlanView> {
    return planView(await requireReadablePlan(context, planId));
  }

  @Query(() => [UnitPlanView], {
    description: "The unit's own plans (drafts, published and adopted ones), then the published plans of the units above it, with whether it adopted each.",
  })
  async unitPlans(@Context() context: GatewayContext, @Args('unitId', { type: () => ID }) unitId: string): Promise<UnitPlanView[]> {
    await requireReportingPermission(context, 'reporting:read', unitId);
    const lineage = await directoryOf(context).lineage(unitId, today());
    const reads = plansOf(context);
    const own = (await reads.ownedBy([unitId])).sort(byPeriodThenTitle);
    const above = (await reads.ownedBy(lineage.filter((ancestor) => ancestor !== unitId))).filter((doc) => doc.status === 'published').sort(byPeriodThenTitle);
    const localPlanOf = new Map(own.filter((doc) => doc.parentPlanId).map((doc) => [doc.parentPlanId, doc.planId]));
    return [
      ...own.map((doc) => ({ plan: planView(doc), own: true, adopted: false, localPlanId: null })),
      ...above.map((doc) => ({ plan: planView(doc), own: false, adopted: localPlanOf.has(doc.planId), localPlanId: localPlanOf.get(doc.planId) ?? null })),
    ];
  }

  @Query(() => [PlanView], { description: "The local plans the units below adopted from a plan (with the targets they set), for those over the plan's owner." })
  async adoptedPlans(@Context() context: GatewayContext, @Args('planId', { type: () => ID }) planId: string): Promise<PlanView[]> {
    const doc = await plansOf(context).one(planId);
    if (!doc) throw reportingForbidden(context, 'reporting:read');
    await requireReportingPermission(context, 'reporting:read', doc.ownerUnitId);
    return (await plansOf(context).adoptedFrom(planId)).sort((a, b) => a.ownerUnitId.localeCompare(b.ownerUnitId)).map(planView);
  }

  @Query(() => [PlanProgressView], {
    description:
      "Each plan indicator's value for a unit with its subtree and a period (attributed to the structure date's hierarchy, today when absent), against the plan's target for that unit: its level's, else the owner's subtree target. With `level`, one row per unit of that level: those behind show `reached: false`.",
  })
  async planProgress(
    @Context() context: GatewayContext,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('unitId', { type: () => ID, description: "The plan's owner or a unit below it." }) unitId: string,
    @Args('period', { description: 'Period key: Y2025, H2025-1, Q2025-3 or M2025-07.' }) period: string,
    @Args('structureDate', { nullable: true, description: 'YYYY-MM-DD; today (Vietnam) when absent.' }) structureDate?: string,
    @Args('level', { nullable: true, description: 'A level label ("Đoàn xã"): one row per unit of that level under the unit.' }) level?: string,
  ): Promise<PlanProgressView[]> {
    const [asked] = periodsOf(context, [period], 'period') as [Period];
    const structure = structureDateOf(context, structureDate);
    const plan = await requireReadablePlan(context, planId);
    await requireReportingPermission(context, 'reporting:read', unitId);
    if (!(await directoryOf(context).lineage(unitId, today())).includes(plan.ownerUnitId)) {
      throw apiError(
        { code: 'PLAN_QUERY.UNIT_OUTSIDE_PLAN', kind: 'validation', field: 'unitId', details: { unitId, ownerUnitId: plan.ownerUnitId } },
        context.language,
      );
    }
    const definitions = await requireVisibleIndicators(
      context,
      plan.indicators.map((indicator) => indicator.indicatorId),
      'planId',
    );
    await waitForFacts(this.checkpoints, context);
    const hierarchy = await this.hierarchy.current();
    const attributed = readableUnitsAttributedTo(context, 'reporting:read', hierarchy, unitId, structure);
    const inputs = await factsOf(context).inputsFor(hierarchy, attributed, [asked.year], [asked.key]);
    const rows = planProgressOf(
      plan,
      definitions,
      valueUnitsOf(hierarchy, unitId, structure, level),
      { period: asked.key, structureDate: structure, today: today() },
      inputs,
    );
    return rows.map(({ nameVi, nameEn, ...row }) => ({ ...row, name: context.language === 'en' ? nameEn : nameVi }));
  }

  @Mutation(() => CommandResultView, { description: "Draft a unit's plan for a phase (fromYear–toYear) or a year." })
  async draftPlan(@Context() context: GatewayContext, @Args('input') input: DraftPlanInput): Promise<CommandResultView> {
    const user = await requireReportingPermission(context, 'reporting:write', input.ownerUnitId);
    const planId = input.planId ?? freshIdOf(context);
    const outcome = await this.client.send(
      planCommandTypes,
      'DraftPlan',
      { planId, ownerUnitId: input.ownerUnitId, ...contentOf(input) },
      user,
      context.language,
    );
    return { id: planId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Revise a draft plan: its whole content again.' })
  async revisePlan(@Context() context: GatewayContext, @Args('input') input: RevisePlanInput): Promise<CommandResultView> {
    const { user } = await requirePlanOwner(context, input.planId);
    const outcome = await this.client.send(planCommandTypes, 'RevisePlan', { planId: input.planId, ...contentOf(input) }, user, context.language);
    return { id: input.planId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Publish a draft plan: the units below its owner may adopt it from then on.' })
  async publishPlan(@Context() context: GatewayContext, @Args('input') input: PublishPlanInput): Promise<CommandResultView> {
    const { user } = await requirePlanOwner(context, input.planId);
    const outcome = await this.client.send(planCommandTypes, 'PublishPlan', { planId: input.planId }, user, context.language);
    return { id: input.planId, ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description:
      "Adopt a published plan of a unit above: recorded on the plan (one adoption per unit), then the unit's local plan opened with the targets that apply to its level. Returns the local plan's id.",
  })
  async adoptPlan(@Context() context: GatewayContext, @Args('input') input: AdoptPlanInput): Promise<CommandResultView> {
    const user = await requireReportingPermission(context, 'reporting:write', input.adoptingUnitId);
    const reads = plansOf(context);
    const parent = await reads.one(input.planId);
    // A plan not offered to the unit (not published, or not of a unit above) is answered as one that does not exist.
    const lineage = await directoryOf(context).lineage(input.adoptingUnitId, today());
    if (!parent || !isOfferedTo(parent, lineage)) throw reportingForbidden(context, 'reporting:write');
    const localPlanId = await localPlanIdFor(context, reads, parent, input);
    const adoption = { planId: input.planId, adoptingUnitId: input.adoptingUnitId, localPlanId };
    await this.client.send(planCommandTypes, 'AdoptPlan', adoption, user, context.language);
    const outcome = await this.client.send(planCommandTypes, 'OpenAdoptedPlan', adoption, user, context.language);
    return { id: localPlanId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "Set an adopted plan's targets for one indicator (all of them): never looser than the parent plan's." })
  async setPlanTargets(@Context() context: GatewayContext, @Args('input') input: SetPlanTargetsInput): Promise<CommandResultView> {
    const { user } = await requirePlanOwner(context, input.planId);
    const targets = input.targets.map(({ year, value, direction }) => ({ year, value, ...(direction ? { direction: direction as never } : {}) }));
    const outcome = await this.client.send(
      planCommandTypes,
      'SetPlanTargets',
      { planId: input.planId, indicatorId: input.indicatorId, targets },
      user,
      context.language,
    );
    return { id: input.planId, ...outcome };
  }
}
