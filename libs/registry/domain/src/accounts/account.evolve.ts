import { assertNever } from '@tn/shared-decider';
import type { AccountEvent } from './account.events';
import { type AccountState, type Role, type RoleGrant, sameGrant, type SessionRecord } from './account.types';

export const initialAccount = (): AccountState => ({ opened: false, closed: false, roles: [], sessions: {} });

function withSession(state: AccountState, sessionId: string, change: (session: SessionRecord) => SessionRecord): AccountState {
  const session = state.sessions[sessionId];
  if (!session) return state;
  return { ...state, sessions: { ...state.sessions, [sessionId]: change(session) } };
}

/** A stored country-wide grant may come back without its `null` unit. */
const grantOf = (data: { role: Role; unitId?: string | null }): RoleGrant => ({ role: data.role, unitId: data.unitId ?? null });

/** The username (personal, erasable) never reaches the state. */
export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountOpened': {
      const { kind, personId, passwordHash } = event.data;
      return { ...state, opened: true, kind, passwordHash, ...(personId === undefined ? {} : { personId }) };
    }
    case 'RoleGranted': {
      const granted = grantOf(event.data);
      return state.roles.some((grant) => sameGrant(grant, granted)) ? state : { ...state, roles: [...state.roles, granted] };
    }
    case 'RoleRevoked': {
      const revoked = grantOf(event.data);
      return { ...state, roles: state.roles.filter((grant) => !sameGrant(grant, revoked)) };
    }
    case 'SessionStarted': {
      const { sessionId, refreshTokenHash, expiresAt } = event.data;
      return { ...state, sessions: { ...state.sessions, [sessionId]: { refreshTokenHash, previousHashes: [], expiresAt } } };
    }
    case 'SessionRefreshed':
      return withSession(state, event.data.sessionId, (session) => ({
        ...session,
        refreshTokenHash: event.data.refreshTokenHash,
        previousHashes: [...session.previousHashes, session.refreshTokenHash],
        expiresAt: event.data.expiresAt,
      }));
    case 'SessionEnded':
      return withSession(state, event.data.sessionId, (session) => ({ ...session, endedAt: event.data.endedAt }));
    case 'PasswordChanged':
      return { ...state, passwordHash: event.data.passwordHash };
    case 'AccountClosed':
      return { ...state, closed: true };
    default:
      return assertNever(event);
  }
}
