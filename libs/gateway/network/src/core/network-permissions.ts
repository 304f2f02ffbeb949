import { allows } from '@tn/shared-auth';
import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireUser, scopeFor } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import type { NetworkPermission } from '@tn/network-contracts';

const forbidden = (context: GatewayContext, permission: NetworkPermission) => apiError({ code: 'FORBIDDEN', details: { permission } }, context.language);

/** Whether the caller holds the permission over the unit's subtree as of today (its lineage in the gateway's read models). */
export async function networkAllows(context: GatewayContext, permission: NetworkPermission, unitId: string): Promise<boolean> {
  const user = requireUser(context);
  const lineage = await directoryOf(context).lineage(unitId, today());
  return allows(user.claims.grants, permission, lineage);
}

/** Whether the caller holds the permission over at least one of the units (an agreement's parties, a group's areas). */
export async function networkAllowsAny(context: GatewayContext, permission: NetworkPermission, unitIds: readonly string[]): Promise<boolean> {
  for (const unitId of unitIds) if (await networkAllows(context, permission, unitId)) return true;
  return false;
}

/** The permission over the unit's subtree, or FORBIDDEN. */
export async function requireNetworkPermission(context: GatewayContext, permission: NetworkPermission, unitId: string): Promise<RequestUser> {
  const user = requireUser(context);
  if (!(await networkAllows(context, permission, unitId))) throw forbidden(context, permission);
  return user;
}

/** FORBIDDEN for the permission, in the caller's language (the same answer for "unknown" and "not yours"). */
export const networkForbidden = forbidden;

/**
 * A caller holding `network:read` over at least one unit: groups and networks are listed for
 * every unit that may join or match them, so a verified group's profile (no personal data: its
 * leaders are ids) is visible to readers across provinces, as a network admits members from
 * anywhere. Partner accounts hold no `network:read`; they read by agreement only.
 */
export function requireNetworkReader(context: GatewayContext): RequestUser {
  const user = requireUser(context);
  const scope = scopeFor(context, 'network:read');
  if (scope !== 'everywhere' && scope.length === 0) throw forbidden(context, 'network:read');
  return user;
}

/** The signed-in caller's account when it is a partner organisation's, else undefined. */
export function partnerAccountOf(context: GatewayContext): RequestUser | undefined {
  const user = context.user;
  return user && user.claims.kind === 'partner' ? user : undefined;
}
