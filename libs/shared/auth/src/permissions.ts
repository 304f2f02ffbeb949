/**
 * Who may do what, where. A grant gives a role over a unit's subtree (unitId null = the whole
 * country, for system administrators). Both the gateway and the owning service check with these
 * functions, so the two checks cannot drift apart.
 */
export type RoleName = 'system-admin' | 'unit-manager' | 'trainer' | 'group-leader' | 'volunteer' | 'partner' | 'analyst';

export interface Grant {
  role: string;
  unitId: string | null;
}

const PERMISSIONS = [
  'units:read',
  'units:write',
  'cadres:read',
  'cadres:write',
  'volunteers:read',
  'volunteers:read-personal',
  'volunteers:write',
  'personal-data:erase',
  'accounts:read',
  'accounts:write',
  // Campaigns context: campaigns, templates, activities, shifts, approvals, certificates…
  'campaigns:read',
  'campaigns:write',
  // …and the attendance a team captain takes for their team.
  'campaigns:record-attendance',
  // Training context: curricula, models, courses, qualifications, assessments…
  'training:read',
  'training:write',
  // …and what a trainer records in a course they teach (attendance, assessment).
  'training:teach',
  // Network context: groups, networks, partners and agreements, needs and their matches.
  'network:read',
  'network:write',
  // Reporting context: indicator definitions, declared values, indicator values.
  'reporting:read',
  'reporting:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<RoleName, readonly Permission[]> = {
  'system-admin': PERMISSIONS,
  'unit-manager': PERMISSIONS,
  trainer: ['units:read', 'cadres:read', 'campaigns:read', 'training:read', 'training:teach', 'network:read', 'reporting:read'],
  // Team captains call their volunteers, so they see contact details in their subtree.
  'group-leader': [
    'units:read',
    'volunteers:read',
    'volunteers:read-personal',
    'campaigns:read',
    'campaigns:record-attendance',
    'network:read',
    'reporting:read',
  ],
  // A volunteer signs themselves up without a permission (each service checks "self").
  volunteer: ['units:read'],
  // A partner organisation reads what its agreements share with it (the network slice checks by agreement, not by unit).
  partner: ['units:read'],
  // Analysts see structure and counts, never people.
  analyst: ['units:read', 'volunteers:read', 'campaigns:read', 'training:read', 'network:read', 'reporting:read'],
};

export const permissionsOf = (role: string): readonly Permission[] => ROLE_PERMISSIONS[role as RoleName] ?? [];

/** Whether the grants allow `permission` on the unit whose lineage (itself, then ancestors) is given. */
export function allows(grants: readonly Grant[], permission: Permission, unitLineage: readonly string[]): boolean {
  return grants.some(
    (grant) => permissionsOf(grant.role).includes(permission) && (grant.unitId === null ? grant.role === 'system-admin' : unitLineage.includes(grant.unitId)),
  );
}

/** The subtrees where `permission` holds: 'everywhere', or the roots of the allowed subtrees. */
export function scopeOf(grants: readonly Grant[], permission: Permission): 'everywhere' | string[] {
  const roots: string[] = [];
  for (const grant of grants) {
    if (!permissionsOf(grant.role).includes(permission)) continue;
    if (grant.unitId === null) {
      if (grant.role === 'system-admin') return 'everywhere';
      continue;
    }
    if (!roots.includes(grant.unitId)) roots.push(grant.unitId);
  }
  return roots;
}
