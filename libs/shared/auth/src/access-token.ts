import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Grant } from './permissions';

/** What a signed-in account may present: who, which session, and its role grants. */
export interface AccessClaims {
  /** Account id. */
  sub: string;
  /** Session id (sign-out revokes it). */
  sid: string;
  kind: 'cadre' | 'volunteer' | 'partner' | 'service';
  grants: Grant[];
  /** The person (cadre or volunteer) the account belongs to, if any. */
  personId?: string;
  iat: number;
  exp: number;
}

export class TokenError extends Error {
  constructor(
    readonly code: 'AUTH.TOKEN_INVALID' | 'AUTH.TOKEN_EXPIRED',
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const sign = (secret: Buffer, input: string) => createHmac('sha256', secret).update(input).digest('base64url');

/** A compact JWT (HS256) carrying the claims; `now` and `ttlSeconds` decide iat/exp. */
export function signAccessToken(claims: Omit<AccessClaims, 'iat' | 'exp'>, secret: Buffer, now: Date, ttlSeconds: number): string {
  const iat = Math.floor(now.getTime() / 1000);
  const body = Buffer.from(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds })).toString('base64url');
  return `${HEADER}.${body}.${sign(secret, `${HEADER}.${body}`)}`;
}

/** The claims of a genuine, unexpired token; TokenError otherwise. Only HS256 is accepted. */
export function verifyAccessToken(token: string, secret: Buffer, now: Date): AccessClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) throw new TokenError('AUTH.TOKEN_INVALID', 'malformed token');
  const expected = Buffer.from(sign(secret, `${parts[0]}.${parts[1]}`));
  const actual = Buffer.from(parts[2]!);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw new TokenError('AUTH.TOKEN_INVALID', 'bad signature');
  let claims: AccessClaims;
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as AccessClaims;
  } catch {
    throw new TokenError('AUTH.TOKEN_INVALID', 'unreadable claims');
  }
  if (typeof claims.sub !== 'string' || !Array.isArray(claims.grants) || typeof claims.exp !== 'number') {
    throw new TokenError('AUTH.TOKEN_INVALID', 'incomplete claims');
  }
  if (claims.exp <= Math.floor(now.getTime() / 1000)) throw new TokenError('AUTH.TOKEN_EXPIRED', 'token expired');
  return claims;
}
