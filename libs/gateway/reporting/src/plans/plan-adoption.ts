import { apiError } from '@tn/gateway-graphql-kit';
import { freshIdOf, type GatewayContext } from '@tn/gateway-core';
import type { PlanReads } from './plan-reads';
import type { PlanDoc } from './plan.read-model';

/**
 * Whether a unit (its lineage today) is offered the plan to adopt: a published plan of a unit
 * above it (its own the service refuses by name). A draft is not offered, as `plan` and
 * `unitPlans` do not show it below its owner.
 */
export const isOfferedTo = (plan: PlanDoc, adoptingLineage: readonly string[]): boolean =>
  plan.status === 'published' && adoptingLineage.includes(plan.ownerUnitId);

/**
 * The id the unit's local plan opens under: the one asked, else the one an adoption cut short
 * recorded (its local plan never opened), else a fresh one. An asked id that names another plan
 * is refused before anything is sent, as the service says it (PLAN.ALREADY_EXISTS): AdoptPlan
 * would be recorded and OpenAdoptedPlan refused for good, leaving an adoption that never opens.
 * The unit's own local plan of this parent is no other plan: asking with its id again is a retry.
 */
export async function localPlanIdFor(
  context: GatewayContext,
  reads: PlanReads,
  parent: PlanDoc,
  adoption: { adoptingUnitId: string; localPlanId?: string | null },
): Promise<string> {
  const { adoptingUnitId, localPlanId: asked } = adoption;
  const recorded = parent.adoptions.find((candidate) => candidate.unitId === adoptingUnitId)?.localPlanId;
  const pending = recorded && !(await reads.one(recorded)) ? recorded : undefined;
  if (asked === undefined || asked === null) return pending ?? freshIdOf(context);
  const existing = asked === pending ? undefined : await reads.one(asked);
  if (existing && !(existing.parentPlanId === parent.planId && existing.ownerUnitId === adoptingUnitId)) {
    throw apiError({ code: 'PLAN.ALREADY_EXISTS', kind: 'illegal-state', field: 'localPlanId', details: { planId: asked } }, context.language);
  }
  return asked;
}
