import { allows } from '@tn/shared-auth';
import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireUser } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';

type ReportingPermission = 'reporting:read' | 'reporting:write';

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
