import { type AccountState, forbiddenError } from '@tn/registry-domain';
import type { AccessClaims } from '@tn/shared-auth';

/** The account as its stream has it now; the initial (unopened) state when the registry holds no such account. */
export type AccountOf = (accountId: string) => Promise<AccountState>;

const sessionEnded = (claims: AccessClaims) =>
  forbiddenError('AUTH.SESSION_ENDED', 'the session of this access token has ended or the account is closed; sign in again', { sessionId: claims.sid });

/**
 * The caller as the registry knows them now, not as the access token remembers them. A token
 * lives up to its expiry, but a sign-out, a closed account or a revoked role must take effect
 * at once: when the registry holds the caller's account, the token's session must still be
 * live, the account open, and the grants (and person) are the account's current ones.
 *
 * Tokens of kind `service`, and tokens for an account the registry does not hold, keep the
 * grants they carry. Such tokens are never issued by sign-in (sign-in only issues tokens for
 * accounts in the registry, of their own kind): they are platform-issued service and bootstrap
 * tokens (the gateway's projector, the demo loader, tests), signed with the shared secret that
 * the token's signature has already been checked against.
 */
export async function liveClaims(claims: AccessClaims, accountOf: AccountOf): Promise<AccessClaims> {
  if (claims.kind === 'service') return claims;
  const account = await accountOf(claims.sub);
  if (!account.opened) return claims;
  const session = account.sessions[claims.sid];
  if (account.closed || !session || session.endedAt !== undefined) throw sessionEnded(claims);
  const { personId: _tokenPerson, ...rest } = claims;
  return { ...rest, grants: account.roles, ...(account.personId === undefined ? {} : { personId: account.personId }) };
}
