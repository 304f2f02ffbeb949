import type { Grant } from '@tn/shared-auth';

/**
 * The campaigns context's own permissions. They are not in `@tn/shared-auth` (whose table lists
 * the registry's); the roles are the same, granted over a unit, and mean here:
 *
 * | role          | campaigns:read | campaigns:write | campaigns:record-attendance |
 * |---------------|:--------------:|:---------------:|:---------------------------:|
 * | system-admin  | yes (anywhere) | yes (anywhere)  | yes (anywhere)              |
 * | unit-manager  | yes            | yes             | yes                         |
 * | group-leader  | yes            |                 | yes                         |
 * | trainer       | yes            |                 |                             |
 * | analyst       | yes            |                 |                             |
 * | volunteer     |                |                 |                             |
 * | partner       |                |                 |                             |
 *
 * `campaigns:write` covers campaigns, templates, activities, shifts, approvals and certificates;
 * a group leader (team captain) takes the attendance of their team and nothing else. A volunteer
 * needs no permission to sign themselves up or cancel their own sign-up (see the authoriser).
 */
export const CAMPAIGN_PERMISSIONS = ['campaigns:read', 'campaigns:write', 'campaigns:record-attendance'] as const;
export type CampaignPermission = (typeof CAMPAIGN_PERMISSIONS)[number];

const ROLE_CAMPAIGN_PERMISSIONS: Readonly<Record<string, readonly CampaignPermission[]>> = {
  'system-admin': CAMPAIGN_PERMISSIONS,
  'unit-manager': CAMPAIGN_PERMISSIONS,
  'group-leader': ['campaigns:read', 'campaigns:record-attendance'],
  trainer: ['campaigns:read'],
  analyst: ['campaigns:read'],
};

export const campaignPermissionsOf = (role: string): readonly CampaignPermission[] => ROLE_CAMPAIGN_PERMISSIONS[role] ?? [];

/**
 * Whether the grants allow `permission` on the unit whose lineage (itself, then ancestors) is
 * given; the same rule as `allows` in `@tn/shared-auth`, over this context's permissions. A grant
 * without a unit counts only for a system administrator.
 */
export function campaignAllows(grants: readonly Grant[], permission: CampaignPermission, unitLineage: readonly string[]): boolean {
  return grants.some(
    (grant) =>
      campaignPermissionsOf(grant.role).includes(permission) && (grant.unitId === null ? grant.role === 'system-admin' : unitLineage.includes(grant.unitId)),
  );
}
