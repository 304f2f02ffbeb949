import { allows } from '@tn/shared-auth';
import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireUser, scopeFor } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import type { TrainingPermission } from '@tn/training-contracts';

const forbidden = (context: GatewayContext, permission: TrainingPermission) => apiError({ code: 'FORBIDDEN', details: { permission } }, context.language);

/** Whether the caller holds the permission over the unit's subtree as of today (its lineage in the gateway's read models). */
export async function trainingAllows(context: GatewayContext, permission: TrainingPermission, unitId: string): Promise<boolean> {
  const user = requireUser(context);
  const lineage = await directoryOf(context).lineage(unitId, today());
  return allows(user.claims.grants, permission, lineage);
}

/** The permission over the unit's subtree, or FORBIDDEN. */
export async function requireTrainingPermission(context: GatewayContext, permission: TrainingPermission, unitId: string): Promise<RequestUser> {
  const user = requireUser(context);
  if (!(await trainingAllows(context, permission, unitId))) throw forbidden(context, permission);
  return user;
}

/**
 * A reader of the national catalogue (curricula, materials, coordination models, rubrics): a
 * signed-in caller holding `training:read` over at least one unit, anywhere in the country.
 * Those items are reference material every unit builds on (a commune runs a course on the
 * province's curriculum, campaigns apply the national models), so they are not narrowed to the
 * reader's subtree; volunteers, partners and group leaders hold no `training:read` and see none.
 */
export function requireTrainingReader(context: GatewayContext): RequestUser {
  const user = requireUser(context);
  const scope = scopeFor(context, 'training:read');
  if (scope !== 'everywhere' && scope.length === 0) throw forbidden(context, 'training:read');
  return user;
}
