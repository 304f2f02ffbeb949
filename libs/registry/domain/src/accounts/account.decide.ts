import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, validationError } from '../common/errors';
import { requirePlausibleDates } from '../calendar/date-window.rules';
import { requireIsoDate, requireIsoDateTime, requireText } from '../cadres/person.rules';
import type { AccountCommand, ChangePassword, CloseAccount, GrantRole, OpenAccount, RevokeRole } from './account.commands';
import type { AccountEvent } from './account.events';
import { evolveAccount, initialAccount } from './account.evolve';
import { requireGrant, requireKind, requireOpenAccount, requirePasswordHash, requirePersonOfKind, usernameTaken } from './account.rules';
import { endOpenSessions, endSession, refreshSession, startSession } from './account.sessions';
import { type AccountState, normaliseUsername, type RoleGrant, sameGrant, USERNAME_PATTERN } from './account.types';

/** Opening: the account (with its normalised username), then one grant per distinct role. */
function open(command: OpenAccount, state: AccountState): AccountEvent[] {
  requireText(command.accountId, 'ACCOUNT.ID_REQUIRED', 'accountId', 'an account id');
  if (state.opened) throw usernameTaken();
  const username = normaliseUsername(typeof command.username === 'string' ? command.username : '');
  if (!USERNAME_PATTERN.test(username)) {
    throw validationError('ACCOUNT.USERNAME_INVALID', 'username', 'a username is 3–64 characters of a–z, 0–9, ".", "_", "@", "-"');
  }
  requireKind(command.kind);
  requirePersonOfKind(command.kind, command.personId);
  requirePasswordHash(command.passwordHash);
  requireIsoDate(command.openedOn, 'openedOn');
  const roles = Array.isArray(command.roles) ? command.roles : [];
  roles.forEach((grant, index) => requireGrant(grant, `roles.${index}.`));
  const distinct = roles
    .map((grant): RoleGrant => ({ role: grant.role, unitId: grant.unitId ?? null }))
    .filter((grant, index, all) => all.findIndex((other) => sameGrant(other, grant)) === index);
  const { accountId, kind, personId, passwordHash, openedOn } = command;
  return [
    { type: 'AccountOpened', data: { accountId, username, kind, ...(personId === undefined ? {} : { personId }), passwordHash, openedOn } },
    ...distinct.map((grant): AccountEvent => ({ type: 'RoleGranted', data: { accountId, ...grant } })),
  ];
}

/** Granting a role already held changes nothing. */
function grant(command: GrantRole, state: AccountState): AccountEvent[] {
  requireGrant(command);
  const { accountId, role } = command;
  const unitId = command.unitId ?? null;
  if (state.roles.some((held) => sameGrant(held, { role, unitId }))) return [];
  return [{ type: 'RoleGranted', data: { accountId, role, unitId } }];
}

/**
 * Revoking a role also ends the account's open sessions: their access tokens carry the old
 * grants, and the gateway honours a token only while its session is live.
 */
function revoke(command: RevokeRole, state: AccountState): AccountEvent[] {
  requireIsoDateTime(command.revokedAt, 'revokedAt');
  const { accountId, role, revokedAt } = command;
  const unitId = command.unitId ?? null;
  if (!state.roles.some((held) => sameGrant(held, { role, unitId }))) {
    throw illegalStateError('ACCOUNT.ROLE_NOT_HELD', `the account does not hold ${role} on ${unitId ?? 'the whole country'}`, { role, unitId });
  }
  return [{ type: 'RoleRevoked', data: { accountId, role, unitId } }, ...endOpenSessions(state, accountId, revokedAt, 'role-revoked')];
}

/** A new password signs every device out. */
function changePassword(command: ChangePassword, state: AccountState): AccountEvent[] {
  requirePasswordHash(command.passwordHash);
  requireIsoDateTime(command.changedAt, 'changedAt');
  const { accountId, passwordHash, changedAt } = command;
  return [{ type: 'PasswordChanged', data: { accountId, passwordHash, changedAt } }, ...endOpenSessions(state, accountId, changedAt, 'password-changed')];
}

function close(command: CloseAccount, state: AccountState): AccountEvent[] {
  requireIsoDate(command.closedOn, 'closedOn');
  if (command.closedAt !== undefined) requireIsoDateTime(command.closedAt, 'closedAt');
  const at = command.closedAt ?? `${command.closedOn}T00:00:00.000Z`;
  const { accountId, closedOn } = command;
  return [{ type: 'AccountClosed', data: { accountId, closedOn } }, ...endOpenSessions(state, accountId, at, 'account-closed')];
}

function decideAccount(command: AccountCommand, state: AccountState): AccountEvent[] {
  requirePlausibleDates(command);
  if (command.type === 'OpenAccount') return open(command, state);
  // A refresh against an unknown or closed account is just a refresh of a session that is not live.
  if (command.type === 'RefreshSession') return refreshSession(command, state);
  // Signing out stays idempotent after the account closed (its sessions ended with it).
  requireOpenAccount(state, command.accountId, command.type === 'EndSession');
  switch (command.type) {
    case 'GrantRole':
      return grant(command, state);
    case 'RevokeRole':
      return revoke(command, state);
    case 'StartSession':
      return startSession(command, state);
    case 'EndSession':
      return endSession(command, state);
    case 'ChangePassword':
      return changePassword(command, state);
    case 'CloseAccount':
      return close(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * An account: its roles (each scoped to a unit subtree) and its sessions with rotating refresh
 * tokens. Hashing and password checks happen in the adapter; the decider only compares hashes.
 */
export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: initialAccount,
  decide: decideAccount,
  evolve: evolveAccount,
};
