import { allows } from '@tn/shared-auth';
import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireUser, scopeFor } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';

export type ReportingPermission = 'reporting:read' | 'reporting:write';

/** FORBIDDEN for the permission, in the caller's language: the same answer for "unknown" and "not yours". */
export const reportingForbidden = (context: GatewayContext, permission: ReportingPermission) =>
  apiError({ code: 'FORBIDDEN', details: { permission } }, context.language);

/**
 * The permission over the unit's subtree as of today, or FORBIDDEN (a unit merged away answers
 * through its successors' lineage, so its history stays readable by the successor's managers).
 */
export async function requireReportingPermission(context: GatewayContext, permission: ReportingPermission, unitId: string): Promise<RequestUser> {
  const user = requireUser(context);
  const lineage = await directoryOf(context).lineage(unitId, today());
  if (!allows(user.claims.grants, permission, lineage)) throw reportingForbidden(context, permission);
  return user;
}

/**
 * Whether the caller reads what a unit owns, as of today: over the unit (a granted unit in its
 * lineage), or, for what cascades down to the units below it (a published plan, a plan
 * indicator), from under it (the unit in a granted unit's lineage).
 */
export async function readsOwnedBy(context: GatewayContext, ownerUnitId: string, cascadesDown: boolean): Promise<boolean> {
  const roots = scopeFor(context, 'reporting:read');
  if (roots === 'everywhere') return true;
  const directory = directoryOf(context);
  const day = today();
  const ownerLineage = await directory.lineage(ownerUnitId, day);
  if (roots.some((root) => ownerLineage.includes(root))) return true;
  if (!cascadesDown) return false;
  for (const root of roots) if ((await directory.lineage(root, day)).includes(ownerUnitId)) return true;
  return false;
}
