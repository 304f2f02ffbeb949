import { needsRefresh, REFRESH_MARGIN_MS, type Session } from './session';

const session = (expiresAt: string): Session => ({ accountId: 'a', accessToken: 't', accessTokenExpiresAt: expiresAt, refreshToken: 'r' });

describe('the session refresh rule', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');
  it('keeps a token with more than the margin left', () => {
    expect(needsRefresh(session(new Date(now + REFRESH_MARGIN_MS + 1000).toISOString()), now)).toBe(false);
  });
  it('refreshes a token about to expire, or expired', () => {
    expect(needsRefresh(session(new Date(now + REFRESH_MARGIN_MS - 1000).toISOString()), now)).toBe(true);
    expect(needsRefresh(session('2026-12-07T09:00:00Z'), now)).toBe(true);
  });
});
