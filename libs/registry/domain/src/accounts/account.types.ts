import { type AccountKind, ROLES, type Role } from '@tn/registry-contracts';

/** The vocabulary of accounts' messages (in the contracts). */
export { ACCOUNT_KINDS, type AccountKind, normaliseUsername, type Role, type SessionEndReason } from '@tn/registry-contracts';

/** The whole country is `unitId: null`, and only a system administrator holds a role that wide. */
export interface RoleGrant {
  role: Role;
  unitId: string | null;
}

/** The kinds of account that belong to a person of the registry (a partner is an organisation, not a person). */
export const PERSON_ACCOUNT_KINDS = ['cadre', 'volunteer'] as const;

export interface SessionRecord {
  refreshTokenHash: string;
  /** Hashes this session already rotated away from: presenting one again means the token was stolen. */
  previousHashes: string[];
  expiresAt: string;
  endedAt?: string;
}

/** Before `AccountOpened`, `kind` and `passwordHash` are absent. */
export interface AccountState {
  opened: boolean;
  closed: boolean;
  kind?: AccountKind;
  personId?: string;
  passwordHash?: string;
  roles: RoleGrant[];
  sessions: Readonly<Record<string, SessionRecord>>;
}

/** 3–64 characters of a–z, 0–9, `.`, `_`, `@`, `-`, after normalising. */
export const USERNAME_PATTERN = /^[a-z0-9._@-]{3,64}$/;

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

export const sameGrant = (a: RoleGrant, b: RoleGrant) => a.role === b.role && a.unitId === b.unitId;

/** The roles an account may act with now: none unless it is open. */
export const accountGrants = (state: AccountState): RoleGrant[] => (state.opened && !state.closed ? state.roles : []);

/** Sessions not ended (expired ones included: they end only by an event). */
export const openSessionIds = (state: AccountState): string[] =>
  Object.entries(state.sessions)
    .filter(([, session]) => session.endedAt === undefined)
    .map(([sessionId]) => sessionId);
