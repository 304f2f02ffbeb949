import { forbiddenError } from '@tn/shared-decider';
import { type AccessClaims, TokenError, verifyAccessToken } from '@tn/shared-auth';

/**
 * The claims of the access token a command (or request) carries, verified by the service
 * itself; a forbidden DomainError, with the token's problem as its code, if absent or not genuine.
 */
export function claimsOf(envelope: { credentials?: string }, secret: Buffer, now: Date): AccessClaims {
  if (!envelope.credentials) throw forbiddenError('UNAUTHENTICATED', 'sign in first: the command carries no access token');
  try {
    return verifyAccessToken(envelope.credentials, secret, now);
  } catch (error) {
    if (error instanceof TokenError) throw forbiddenError(error.code, error.message);
    throw error;
  }
}
