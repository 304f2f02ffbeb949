import type { CampaignPermission } from '@tn/campaigns-contracts';
import { allows, type Grant, permissionsOf } from '@tn/shared-auth';

export type { CampaignPermission } from '@tn/campaigns-contracts';

/**
 * The campaigns context's permissions come from the platform's one role table
 * (libs/shared/auth), which the gateway checks too, so the two checks cannot drift apart:
 * system administrators and unit managers hold all three; group leaders read and record
 * attendance; trainers and analysts read. A volunteer needs none to sign themselves up or
 * cancel their own sign-up (see the authoriser). CampaignPermission itself is declared in the
 * contracts, beside the rights each command type needs.
 */

export const campaignPermissionsOf = (role: string): readonly CampaignPermission[] =>
  permissionsOf(role).filter((permission): permission is CampaignPermission => permission.startsWith('campaigns:'));

/** `allows` over this context's permissions: the lineage is the unit, then its ancestors. */
export const campaignAllows = (grants: readonly Grant[], permission: CampaignPermission, unitLineage: readonly string[]): boolean =>
  allows(grants, permission, unitLineage);
