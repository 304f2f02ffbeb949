import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, parseConsistencyToken } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import { type IndicatorDefinition, parsePeriod, planCommandTypes } from '@tn/reporting-contracts';
import { isIsoDate } from '@tn/shared-event-contracts';
import { ReportingCheckpoints } from '../core/reporting-checkpoints';
import { ReportingClient } from '../core/reporting-client';
import { ReportingHierarchy } from '../core/reporting-hierarchy';
import { reportingForbidden, requireReportingPermission } from '../core/reporting-permissions';
import { definitionsOf } from '../definitions/definition-reads';
import { unitsAttributedTo } from '../engine';
import { factsOf } from '../values/fact-reads';
import { requirePlanOwner, requireReadablePlan } from './plan-access';
import { planProgressOf, progressUnitsOf } from './plan-progress';
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

/** How long a progress query waits for the indicator facts to show the writes its consistency tokens name. */
const FACTS_WAIT_MS = 5000;

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
    const asked = parsePeriod(period);
    if (!asked) throw apiError({ code: 'INDICATOR_QUERY.PERIOD_INVALID', kind: 'validation', field: 'period', details: { value: period } }, context.language);
    const structure = structureDate ?? today();
    if (!isIsoDate(structure)) {
      throw apiError({ code: 'INDICATOR_QUERY.DATE_INVALID', kind: 'validation', field: 'structureDate', details: { value: structure } }, context.language);
    }
    const plan = await requireReadablePlan(context, planId);
    await requireReportingPermission(context, 'reporting:read', unitId);
    if (!(await directoryOf(context).lineage(unitId, today())).includes(plan.ownerUnitId)) {
      throw apiError(
        { code: 'PLAN_QUERY.UNIT_OUTSIDE_PLAN', kind: 'validation', field: 'unitId', details: { unitId, ownerUnitId: plan.ownerUnitId } },
        context.language,
      );
    }
    const definitions = await this.definitions(context, plan);
    await this.waitForFacts(context);
    const hierarchy = await this.hierarchy.current();
    const inputs = await factsOf(context).inputsFor(hierarchy, unitsAttributedTo(hierarchy, unitId, structure), [asked.year], [asked.key]);
    const rows = planProgressOf(
      plan,
      definitions,
      progressUnitsOf(hierarchy, unitId, structure, level),
      { period: asked.key, structureDate: structure },
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
    // A plan not of a unit above (or the unit's own) is not offered to it: answered as one that does not exist.
    const lineage = await directoryOf(context).lineage(input.adoptingUnitId, today());
    if (!parent || !lineage.includes(parent.ownerUnitId)) throw reportingForbidden(context, 'reporting:write');
    // An adoption recorded whose local plan was never opened (a request cut short) is completed, not refused.
    const recorded = parent.adoptions.find((adoption) => adoption.unitId === input.adoptingUnitId)?.localPlanId;
    const pending = recorded && !(await reads.one(recorded)) ? recorded : undefined;
    const localPlanId = input.localPlanId ?? pending ?? freshIdOf(context);
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

  /** Each plan indicator's latest definition; one the definitions' read model does not show yet is refused by name. */
  private definitions(context: GatewayContext, plan: PlanDoc): Promise<IndicatorDefinition[]> {
    const reads = definitionsOf(context);
    return Promise.all(
      plan.indicators.map(async ({ indicatorId }) => {
        const definition = await reads.latest(indicatorId);
        if (!definition) {
          throw apiError({ code: 'INDICATOR_QUERY.UNKNOWN_INDICATOR', kind: 'validation', field: 'planId', details: { indicatorId } }, context.language);
        }
        return definition;
      }),
    );
  }

  /** Waits (bounded) until the indicator facts show the writes the request's tokens name; the core waited for the other read models. */
  private async waitForFacts(context: GatewayContext): Promise<void> {
    const positions = context.consistencyTokens.map(parseConsistencyToken).filter((position) => position !== undefined);
    await Promise.all(positions.map((position) => this.checkpoints.waitFor(position.streamId, position.version, FACTS_WAIT_MS)));
  }
}
