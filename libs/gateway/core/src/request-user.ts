import { type AccessClaims, allows, type Permission, scopeOf, TokenError, verifyAccessToken } from '@tn/shared-auth';
import { apiError, type Language } from '@tn/gateway-graphql-kit';
import type { IdempotencyScope } from './idempotency';
import type { ReadModelDirectory } from './read-model-directory';

/** The signed-in caller of one request. */
export interface RequestUser {
  claims: AccessClaims;
  /** The bearer token, passed on so the service checks it again. */
  token: string;
  /** The request's Idempotency-Key (the service client makes the command ids from it). */
  idempotency?: IdempotencyScope;
}

/** The caller from an Authorization header, or why there is none (a missing header is not an error). */
export function userFromHeader(header: string | undefined, secret: Buffer, now = new Date()): { user?: RequestUser; problem?: string } {
  if (!header) return {};
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return { problem: 'AUTH.TOKEN_INVALID' };
  try {
    return { user: { claims: verifyAccessToken(match[1]!, secret, now), token: match[1]! } };
  } catch (error) {
    return { problem: error instanceof TokenError ? error.code : 'AUTH.TOKEN_INVALID' };
  }
}

/** What every resolver gets: the caller (if any), the language, and why sign-in failed (if it did). */
export interface GatewayContext {
  user?: RequestUser;
  authProblem?: string;
  language: Language;
  consistencyTokens: string[];
  /** Per-request readers of the read models (see ReadModelDirectory.readerOf). */
  loaders: Map<string, unknown>;
  /** The read models, handed over by the core's interceptor before any resolver runs. */
  readModels?: ReadModelDirectory;
  /** The caller's address as the gateway sees it (the socket's, or a trusted proxy's X-Forwarded-For). */
  clientAddress?: string;
}

export function requireUser(context: GatewayContext): RequestUser {
  if (context.user) return context.user;
  throw apiError({ code: context.authProblem ?? 'UNAUTHENTICATED' }, context.language);
}

/** The permission over the unit (its lineage: itself, then its ancestors), or FORBIDDEN. */
export function requireAllowed(context: GatewayContext, permission: Permission, lineage: readonly string[]): RequestUser {
  const user = requireUser(context);
  if (!allows(user.claims.grants, permission, lineage)) throw apiError({ code: 'FORBIDDEN', details: { permission } }, context.language);
  return user;
}

export const scopeFor = (context: GatewayContext, permission: Permission) => scopeOf(requireUser(context).claims.grants, permission);
