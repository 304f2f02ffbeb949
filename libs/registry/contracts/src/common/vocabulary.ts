/** Vocabulary the registry's messages share (domain.md §9). */

/** Roles of the platform. Each is held within a unit subtree. */
export const ROLES = ['system-admin', 'unit-manager', 'trainer', 'group-leader', 'volunteer', 'partner', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

export const ACCOUNT_KINDS = ['cadre', 'volunteer', 'partner'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export type SessionEndReason = 'sign-out' | 'refresh-token-reuse' | 'password-changed' | 'account-closed' | 'role-revoked';

/** The organisations of the youth movement; the shared unit hierarchy (libs/shared/unit-hierarchy) keeps the same list. */
export const ORGANISATIONS = ['union', 'youth-federation', 'students-association', 'young-pioneers'] as const;
export type Organisation = (typeof ORGANISATIONS)[number];
