import { createHash, randomBytes } from 'node:crypto';

/** A refresh token names its session so the account can be found: `<accountId>.<sessionId>.<secret>`. */
export function newRefreshToken(accountId: string, sessionId: string): string {
  return `${accountId}.${sessionId}.${randomBytes(32).toString('base64url')}`;
}

export function parseRefreshToken(token: string): { accountId: string; sessionId: string } | undefined {
  const [accountId, sessionId, secret] = token.split('.');
  return accountId && sessionId && secret && token.split('.').length === 3 ? { accountId, sessionId } : undefined;
}

/** Only this hash is stored (in events): a leaked event log yields no usable token. */
export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('base64url');
