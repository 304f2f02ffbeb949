import { fold, given } from '@tn/shared-decider';
import type { OpenAccount, RefreshSession } from './account.commands';
import { accountDecider } from './account.decide';
import { type AccountEvent, accountStreamId } from './account.events';
import { accountGrants, normaliseUsername } from './account.types';

const open = (overrides: Partial<OpenAccount> = {}): OpenAccount => ({
  type: 'OpenAccount',
  accountId: 'a-1',
  username: '  Mai.Nguyen@LaoCai ',
  kind: 'cadre',
  personId: 'c-1',
  passwordHash: 'hash-1',
  roles: [{ role: 'unit-manager', unitId: 'lao-cai' }],
  openedOn: '2025-07-01',
  ...overrides,
});
const opened: AccountEvent = {
  type: 'AccountOpened',
  data: { accountId: 'a-1', username: 'mai.nguyen@laocai', kind: 'cadre', personId: 'c-1', passwordHash: 'hash-1', openedOn: '2025-07-01' },
};
const managerOfLaoCai: AccountEvent = { type: 'RoleGranted', data: { accountId: 'a-1', role: 'unit-manager', unitId: 'lao-cai' } };
const started: AccountEvent = {
  type: 'SessionStarted',
  data: { accountId: 'a-1', sessionId: 's-1', refreshTokenHash: 'r1', startedAt: '2025-07-01T08:00:00Z', expiresAt: '2025-07-31T08:00:00Z' },
};
const rotated: AccountEvent = {
  type: 'SessionRefreshed',
  data: { accountId: 'a-1', sessionId: 's-1', refreshTokenHash: 'r2', refreshedAt: '2025-07-02T08:00:00Z', expiresAt: '2025-08-01T08:00:00Z' },
};
const history = [opened, managerOfLaoCai, started];
const refresh = (presentedTokenHash: string, refreshedAt = '2025-07-03T08:00:00Z'): RefreshSession => ({
  type: 'RefreshSession',
  accountId: 'a-1',
  sessionId: 's-1',
  presentedTokenHash,
  newRefreshTokenHash: 'r3',
  refreshedAt,
  expiresAt: '2025-08-02T08:00:00Z',
});

describe('accounts', () => {
  it('opens an account under its normalised username, with its scoped roles', () => {
    given(accountDecider).when(open()).then([opened, managerOfLaoCai]);
    expect(normaliseUsername('  Mai.Nguyen@LaoCai ')).toBe('mai.nguyen@laocai');
    expect(accountStreamId('a-1')).toBe('account-a-1');
  });

  it('refuses a username already taken, a malformed one, an unknown role and an unscoped role', () => {
    expect(given(accountDecider, history).when(open()).thenFails('ACCOUNT.USERNAME_TAKEN').field).toBe('username');
    expect(
      given(accountDecider)
        .when(open({ username: 'a b' }))
        .thenFails('ACCOUNT.USERNAME_INVALID').field,
    ).toBe('username');
    const unknown = open({
      roles: [
        { role: 'unit-manager', unitId: 'x' },
        { role: 'king' as never, unitId: 'x' },
      ],
    });
    expect(given(accountDecider).when(unknown).thenFails('ACCOUNT.ROLE_UNKNOWN').field).toBe('roles.1.role');
    const unscoped = open({ roles: [{ role: 'trainer', unitId: null }] });
    expect(given(accountDecider).when(unscoped).thenFails('ACCOUNT.ROLE_SCOPE_REQUIRED').field).toBe('roles.0.unitId');
  });

  it('grants the country-wide system-admin role, and revokes only roles held', () => {
    given(accountDecider, history)
      .when({ type: 'GrantRole', accountId: 'a-1', role: 'system-admin', unitId: null })
      .then([{ type: 'RoleGranted', data: { accountId: 'a-1', role: 'system-admin', unitId: null } }]);
    given(accountDecider, history)
      .when({ type: 'RevokeRole', accountId: 'a-1', role: 'unit-manager', unitId: 'ta-van', revokedAt: '2025-07-04T00:00:00Z' })
      .thenFails('ACCOUNT.ROLE_NOT_HELD');
  });

  it('ends every live session when a role is revoked, so tokens carrying the old grant stop working', () => {
    const otherDevice: AccountEvent = {
      type: 'SessionStarted',
      data: { accountId: 'a-1', sessionId: 's-2', refreshTokenHash: 'q1', startedAt: '2025-07-02T08:00:00Z', expiresAt: '2025-08-01T08:00:00Z' },
    };
    const signedOut: AccountEvent = { type: 'SessionEnded', data: { accountId: 'a-1', sessionId: 's-2', endedAt: '2025-07-03T00:00:00Z', reason: 'sign-out' } };
    given(accountDecider, [...history, otherDevice])
      .when({ type: 'RevokeRole', accountId: 'a-1', role: 'unit-manager', unitId: 'lao-cai', revokedAt: '2025-07-05T09:00:00Z' })
      .then([
        { type: 'RoleRevoked', data: { accountId: 'a-1', role: 'unit-manager', unitId: 'lao-cai' } },
        { type: 'SessionEnded', data: { accountId: 'a-1', sessionId: 's-1', endedAt: '2025-07-05T09:00:00Z', reason: 'role-revoked' } },
        { type: 'SessionEnded', data: { accountId: 'a-1', sessionId: 's-2', endedAt: '2025-07-05T09:00:00Z', reason: 'role-revoked' } },
      ]);
    // An already ended session is not ended twice.
    given(accountDecider, [...history, otherDevice, signedOut])
      .when({ type: 'RevokeRole', accountId: 'a-1', role: 'unit-manager', unitId: 'lao-cai', revokedAt: '2025-07-05T09:00:00Z' })
      .then([
        { type: 'RoleRevoked', data: { accountId: 'a-1', role: 'unit-manager', unitId: 'lao-cai' } },
        { type: 'SessionEnded', data: { accountId: 'a-1', sessionId: 's-1', endedAt: '2025-07-05T09:00:00Z', reason: 'role-revoked' } },
      ]);
    expect(
      given(accountDecider, history)
        .when({ type: 'RevokeRole', accountId: 'a-1', role: 'unit-manager', unitId: 'lao-cai', revokedAt: 'yesterday' })
        .thenFails('DATE.INVALID').field,
    ).toBe('revokedAt');
  });

  it('links only cadre and volunteer accounts to a person', () => {
    expect(
      given(accountDecider)
        .when(open({ kind: 'partner', personId: 'c-1', roles: [] }))
        .thenFails('ACCOUNT.PERSON_KIND_MISMATCH').field,
    ).toBe('personId');
    expect(
      given(accountDecider)
        .when(open({ personId: '  ' }))
        .thenFails('ACCOUNT.PERSON_ID_INVALID').field,
    ).toBe('personId');
    given(accountDecider)
      .when(open({ kind: 'partner', personId: undefined, roles: [] }))
      .then([
        { type: 'AccountOpened', data: { accountId: 'a-1', username: 'mai.nguyen@laocai', kind: 'partner', passwordHash: 'hash-1', openedOn: '2025-07-01' } },
      ]);
  });

  it('rotates the refresh token of a live session', () => {
    given(accountDecider, [...history, rotated])
      .when(refresh('r2'))
      .then([
        {
          type: 'SessionRefreshed',
          data: { accountId: 'a-1', sessionId: 's-1', refreshTokenHash: 'r3', refreshedAt: '2025-07-03T08:00:00Z', expiresAt: '2025-08-02T08:00:00Z' },
        },
      ]);
  });

  it('ends the whole session when an already rotated refresh token comes back (it was stolen)', () => {
    given(accountDecider, [...history, rotated])
      .when(refresh('r1'))
      .then([{ type: 'SessionEnded', data: { accountId: 'a-1', sessionId: 's-1', endedAt: '2025-07-03T08:00:00Z', reason: 'refresh-token-reuse' } }]);
  });

  it('refuses a foreign token, an expired session and an ended one', () => {
    expect(given(accountDecider, history).when(refresh('nope')).thenFails('AUTH.INVALID_REFRESH_TOKEN').kind).toBe('forbidden');
    given(accountDecider, history).when(refresh('r1', '2025-08-15T00:00:00Z')).thenFails('AUTH.SESSION_EXPIRED');
    const signedOut: AccountEvent = { type: 'SessionEnded', data: { accountId: 'a-1', sessionId: 's-1', endedAt: '2025-07-02T00:00:00Z', reason: 'sign-out' } };
    expect(
      given(accountDecider, [...history, signedOut])
        .when(refresh('r1'))
        .thenFails('AUTH.SESSION_ENDED').kind,
    ).toBe('forbidden');
  });

  it('signs out once: signing out again records nothing', () => {
    const signOut = { type: 'EndSession', accountId: 'a-1', sessionId: 's-1', endedAt: '2025-07-02T00:00:00Z' } as const;
    const events = given(accountDecider, history)
      .when(signOut)
      .then([{ type: 'SessionEnded', data: { accountId: 'a-1', sessionId: 's-1', endedAt: '2025-07-02T00:00:00Z', reason: 'sign-out' } }]);
    given(accountDecider, [...history, ...events])
      .when(signOut)
      .then([]);
  });

  it('signs every live session out when the password changes', () => {
    given(accountDecider, history)
      .when({ type: 'ChangePassword', accountId: 'a-1', passwordHash: 'hash-2', changedAt: '2025-07-05T09:00:00Z' })
      .then([
        { type: 'PasswordChanged', data: { accountId: 'a-1', passwordHash: 'hash-2', changedAt: '2025-07-05T09:00:00Z' } },
        { type: 'SessionEnded', data: { accountId: 'a-1', sessionId: 's-1', endedAt: '2025-07-05T09:00:00Z', reason: 'password-changed' } },
      ]);
  });

  it('closes an account: its sessions end, it loses its grants and can no longer sign in', () => {
    const events = given(accountDecider, history)
      .when({ type: 'CloseAccount', accountId: 'a-1', closedOn: '2025-07-10', closedAt: '2025-07-10T10:00:00Z' })
      .then([
        { type: 'AccountClosed', data: { accountId: 'a-1', closedOn: '2025-07-10' } },
        { type: 'SessionEnded', data: { accountId: 'a-1', sessionId: 's-1', endedAt: '2025-07-10T10:00:00Z', reason: 'account-closed' } },
      ]);
    const closed = [...history, ...events];
    expect(accountGrants(fold(accountDecider, history))).toEqual([{ role: 'unit-manager', unitId: 'lao-cai' }]);
    expect(accountGrants(fold(accountDecider, closed))).toEqual([]);
    given(accountDecider, closed)
      .when({
        type: 'StartSession',
        accountId: 'a-1',
        sessionId: 's-2',
        refreshTokenHash: 'x',
        startedAt: '2025-07-11T00:00:00Z',
        expiresAt: '2025-08-11T00:00:00Z',
      })
      .thenFails('ACCOUNT.CLOSED');
    given(accountDecider, closed).when(refresh('r1')).thenFails('AUTH.SESSION_ENDED');
  });
});
