import { allows, scopeOf } from './permissions';
import { hashPassword, verifyPassword } from './password';
import { signAccessToken, TokenError, verifyAccessToken } from './access-token';
import { hashRefreshToken, newRefreshToken, parseRefreshToken } from './refresh-token';
import { openSecret, sealSecret } from './sealed-secret';

const secret = Buffer.alloc(32, 7);
const now = new Date('2026-01-10T08:00:00Z');
const claims = { sub: 'acc-1', sid: 'sess-1', kind: 'cadre' as const, grants: [{ role: 'unit-manager', unitId: 'lao-cai' }] };

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one; equal passwords hash differently', async () => {
    const hash = hashPassword('mật khẩu dài 2026');
    expect(hash.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('mật khẩu dài 2026', hash)).toBe(true);
    expect(await verifyPassword('mat khau dai 2026', hash)).toBe(false);
    expect(hashPassword('mật khẩu dài 2026')).not.toBe(hash);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('access tokens', () => {
  it('round-trips claims and refuses expiry, tampering and another secret', () => {
    const token = signAccessToken(claims, secret, now, 900);
    expect(verifyAccessToken(token, secret, new Date(now.getTime() + 60_000))).toMatchObject({ ...claims, exp: now.getTime() / 1000 + 900 });
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
        return 'accepted';
      } catch (error) {
        return (error as TokenError).code;
      }
    };
    expect(codeOf(() => verifyAccessToken(token, secret, new Date(now.getTime() + 901_000)))).toBe('AUTH.TOKEN_EXPIRED');
    expect(codeOf(() => verifyAccessToken(token, Buffer.alloc(32, 8), now))).toBe('AUTH.TOKEN_INVALID');
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, grants: [{ role: 'system-admin', unitId: null }], iat: 0, exp: 9e9 })).toString('base64url');
    expect(codeOf(() => verifyAccessToken(`${h}.${forged}.${s}`, secret, now))).toBe('AUTH.TOKEN_INVALID');
    expect(codeOf(() => verifyAccessToken('garbage', secret, now))).toBe('AUTH.TOKEN_INVALID');
  });
});

describe('refresh tokens and sealed secrets', () => {
  it('names the account and session, and stores only a hash', () => {
    const token = newRefreshToken('acc-1', 'sess-1');
    expect(parseRefreshToken(token)).toEqual({ accountId: 'acc-1', sessionId: 'sess-1' });
    expect(parseRefreshToken('only.two')).toBeUndefined();
    expect(hashRefreshToken(token)).not.toContain(token.split('.')[2]);
    expect(hashRefreshToken(token)).toBe(hashRefreshToken(token));
  });

  it('opens what it sealed with the same secret only', () => {
    const sealed = sealSecret(secret, 'hunter2-hunter2');
    expect(sealed).not.toContain('hunter2');
    expect(openSecret(secret, sealed)).toBe('hunter2-hunter2');
    expect(openSecret(Buffer.alloc(32, 1), sealed)).toBeUndefined();
    // Flip one character inside the IV (the last characters of base64url may be padding bits).
    const tampered = `${sealed.slice(0, 5)}${sealed[5] === 'A' ? 'B' : 'A'}${sealed.slice(6)}`;
    expect(openSecret(secret, tampered)).toBeUndefined();
  });
});

describe('permissions by unit subtree', () => {
  const manager = [{ role: 'unit-manager', unitId: 'lao-cai' }];
  it('allows a manager inside their subtree and nowhere else', () => {
    expect(allows(manager, 'units:write', ['xa-ta-van', 'lao-cai', 'trung-uong'])).toBe(true);
    expect(allows(manager, 'units:write', ['xa-an-binh', 'an-giang', 'trung-uong'])).toBe(false);
    expect(allows(manager, 'units:write', ['trung-uong'])).toBe(false);
  });
  it('gives analysts no personal data, and system admins everything everywhere', () => {
    expect(allows([{ role: 'analyst', unitId: 'lao-cai' }], 'volunteers:read-personal', ['lao-cai'])).toBe(false);
    expect(allows([{ role: 'system-admin', unitId: null }], 'volunteers:read-personal', ['anywhere'])).toBe(true);
    expect(allows([{ role: 'unit-manager', unitId: null }], 'units:read', ['anywhere'])).toBe(false);
    expect(scopeOf([{ role: 'system-admin', unitId: null }], 'units:read')).toBe('everywhere');
    expect(scopeOf([...manager, { role: 'trainer', unitId: 'yen-bai' }], 'cadres:read')).toEqual(['lao-cai', 'yen-bai']);
    expect(scopeOf([{ role: 'partner', unitId: 'lao-cai' }], 'cadres:read')).toEqual([]);
  });
});
