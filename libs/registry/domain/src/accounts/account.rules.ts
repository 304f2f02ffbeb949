import { forbiddenError, illegalStateAt, illegalStateError, notFoundError, validationError } from '../common/errors';
import { requireText } from '../cadres/person.rules';
import { ACCOUNT_KINDS, type AccountState, isRole, PERSON_ACCOUNT_KINDS, type RoleGrant, type SessionRecord } from './account.types';

/** An account that was opened and (unless `closedIsFine`) is not closed. */
export function requireOpenAccount(state: AccountState, accountId: string, closedIsFine = false): void {
  if (!state.opened) throw notFoundError('ACCOUNT.NOT_FOUND', `account ${accountId} does not exist`, { accountId });
  if (state.closed && !closedIsFine) throw illegalStateError('ACCOUNT.CLOSED', `account ${accountId} is closed`, { accountId });
}

export function requireKind(kind: string): void {
  if (!(ACCOUNT_KINDS as readonly string[]).includes(kind)) {
    throw validationError('ACCOUNT.KIND_UNKNOWN', 'kind', `kind must be one of ${ACCOUNT_KINDS.join(', ')}`);
  }
}

/**
 * An account linked to a person must be of a person's kind (cadre or volunteer): a partner
 * account belongs to an organisation. Whether the person exists, and is of that kind, is
 * checked by the registry's authoriser, which can read the person's stream.
 */
export function requirePersonOfKind(kind: string, personId: string | undefined): void {
  if (personId === undefined) return;
  requireText(personId, 'ACCOUNT.PERSON_ID_INVALID', 'personId', 'a person id');
  if (!(PERSON_ACCOUNT_KINDS as readonly string[]).includes(kind)) {
    throw validationError(
      'ACCOUNT.PERSON_KIND_MISMATCH',
      'personId',
      `a ${kind} account is not linked to a person; only ${PERSON_ACCOUNT_KINDS.join(' and ')} accounts are`,
    );
  }
}

/** `field` names the password the hash was made from: the payload never carries the hash. */
export const requirePasswordHash = (passwordHash: string) => requireText(passwordHash, 'ACCOUNT.PASSWORD_REQUIRED', 'password', 'a password');

/** A known role; a unit scope for every role but system-admin, whose scope is the whole country (null). */
export function requireGrant(grant: Pick<RoleGrant, 'role'> & { unitId?: string | null }, prefix = ''): void {
  if (!isRole(grant?.role)) throw validationError('ACCOUNT.ROLE_UNKNOWN', `${prefix}role`, `unknown role "${String(grant?.role)}"`);
  const countryWide = grant.unitId === null || grant.unitId === undefined;
  if (grant.role === 'system-admin' && !countryWide) {
    throw validationError('ACCOUNT.ROLE_SCOPE_INVALID', `${prefix}unitId`, 'system-admin is held for the whole country (no unit)');
  }
  if (grant.role !== 'system-admin' && (countryWide || !grant.unitId?.trim())) {
    throw validationError('ACCOUNT.ROLE_SCOPE_REQUIRED', `${prefix}unitId`, `role ${grant.role} needs a unit`);
  }
}

/** A session that exists and has not ended; anything else is refused as a forbidden use of the session. */
export function requireLiveSession(state: AccountState, sessionId: string): SessionRecord {
  const session = state.sessions[sessionId];
  if (!session || session.endedAt !== undefined || state.closed) {
    throw forbiddenError('AUTH.SESSION_ENDED', `session ${sessionId} has ended or does not exist`, { sessionId });
  }
  return session;
}

/** A new expiry must lie after the moment it is set. */
export function requireExpiryAfter(expiresAt: string, at: string): void {
  if (Date.parse(expiresAt) <= Date.parse(at)) {
    throw validationError('AUTH.SESSION_EXPIRY', 'expiresAt', 'a session must expire after it starts', { expiresAt, at });
  }
}

export const usernameTaken = () => illegalStateAt('ACCOUNT.USERNAME_TAKEN', 'username', 'an account with this username already exists');
