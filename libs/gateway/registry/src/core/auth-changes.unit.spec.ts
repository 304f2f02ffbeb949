import type { AccessClaims } from '@tn/shared-auth';
import { type AuthChange, currentGrants, sessionEnded } from './auth-changes';

const claims: AccessClaims = { sub: 'acc-1', sid: 'sess-1', kind: 'cadre', grants: [{ role: 'unit-manager', unitId: 'lao-cai' }], iat: 1_000, exp: 1_900 };
const at = (version: number) => ({ streamId: 'account-acc-1', version });
const account = { closed: false, endedSessions: [] as string[] };

describe('sessionEnded', () => {
  it('ends the session by the read model or by a change it does not show yet', () => {
    expect(sessionEnded(claims, account, [])).toBe(false);
    expect(sessionEnded(claims, undefined, [])).toBe(false);
    expect(sessionEnded(claims, { ...account, endedSessions: ['sess-1'] }, [])).toBe(true);
    expect(sessionEnded(claims, { ...account, closed: true }, [])).toBe(true);
    expect(sessionEnded(claims, account, [{ type: 'session-ended', sessionId: 'sess-1', ...at(3) }])).toBe(true);
    expect(sessionEnded(claims, account, [{ type: 'session-ended', sessionId: 'sess-2', ...at(3) }])).toBe(false);
    expect(sessionEnded(claims, undefined, [{ type: 'account-closed', ...at(4) }])).toBe(true);
  });

  it('ends the sessions started before a password change, not those started after', () => {
    const changed: AuthChange = { type: 'sessions-ended', before: 1_000_500, ...at(5) };
    expect(sessionEnded({ ...claims, iat: 999 }, account, [changed])).toBe(true);
    // Same second as the change: kept, so that signing in again right after works.
    expect(sessionEnded({ ...claims, iat: 1_000 }, account, [changed])).toBe(false);
    expect(sessionEnded({ ...claims, iat: 1_001 }, account, [changed])).toBe(false);
  });
});

describe('currentGrants', () => {
  const manager = { role: 'unit-manager', unitId: 'lao-cai' };
  it('applies pending grants and revocations in order over the projected roles', () => {
    expect(currentGrants([manager], [])).toEqual([manager]);
    expect(currentGrants([manager], [{ type: 'role-revoked', ...manager, ...at(2) }])).toEqual([]);
    expect(
      currentGrants(
        [manager],
        [
          { type: 'role-revoked', ...manager, ...at(2) },
          { type: 'role-granted', ...manager, ...at(3) },
        ],
      ),
    ).toEqual([manager]);
    expect(currentGrants([], [{ type: 'role-granted', role: 'trainer', unitId: 'ta-van', ...at(2) }])).toEqual([{ role: 'trainer', unitId: 'ta-van' }]);
    expect(currentGrants([manager], [{ type: 'session-ended', sessionId: 'x', ...at(2) }])).toEqual([manager]);
  });
});
