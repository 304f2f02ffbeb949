import type { GatewayContext, RequestUser } from '@tn/gateway-core';
import { readsOwnedBy, reportingForbidden, requireReportingPermission } from '../core/reporting-permissions';
import { plansOf } from './plan-reads';
import type { PlanDoc } from './plan.read-model';

/**
 * The plan, when the caller may read it: over its owner unit (managers and analysts of the owner
 * and the units above it), or, once published, from a unit below its owner (which may adopt it).
 * FORBIDDEN otherwise, the same answer as for a plan that does not exist.
 */
export async function requireReadablePlan(context: GatewayContext, planId: string): Promise<PlanDoc> {
  const doc = await plansOf(context).one(planId);
  if (!doc || !(await readsOwnedBy(context, doc.ownerUnitId, doc.status === 'published'))) throw reportingForbidden(context, 'reporting:read');
  return doc;
}

/** Write rights over the plan's owner unit (an adopted plan's: the adopting unit); an unknown plan answers as one of another unit. */
export async function requirePlanOwner(context: GatewayContext, planId: string): Promise<{ user: RequestUser; doc: PlanDoc }> {
  const doc = await plansOf(context).one(planId);
  if (!doc) throw reportingForbidden(context, 'reporting:write');
  return { user: await requireReportingPermission(context, 'reporting:write', doc.ownerUnitId), doc };
}
