import { allows, type Grant, type Permission } from '@tn/shared-auth';
import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireUser } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';

/** Campaign permissions are the platform's (libs/shared/auth), checked here over the unit's whole lineage. */
export type CampaignPermission = Extract<Permission, `campaigns:${string}`>;

export const campaignAllows = (grants: readonly Grant[], permission: CampaignPermission, unitLineage: readonly string[]): boolean =>
  allows(grants, permission, unitLineage);

/** The permission over the unit's subtree as of today (the gateway's read models), or FORBIDDEN. */
export async function requireCampaignPermission(context: GatewayContext, permission: CampaignPermission, unitId: string): Promise<RequestUser> {
  const user = requireUser(context);
  const lineage = await directoryOf(context).lineage(unitId, today());
  if (!campaignAllows(user.claims.grants, permission, lineage)) throw apiError({ code: 'FORBIDDEN', details: { permission } }, context.language);
  return user;
}
