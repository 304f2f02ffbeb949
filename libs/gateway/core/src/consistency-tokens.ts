import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { apiError, type Language } from '@tn/gateway-graphql-kit';
import { AuthSecret } from './auth-secret';

/** A position in one stream: what a consistency token names. */
export interface StreamPosition {
  streamId: string;
  version: number;
}

/**
 * Issues and checks consistency tokens, `<streamId>@<version>.<tag>`: what a mutation returns
 * and a query may wait for. The tag (an HMAC of the position, with a key derived from the
 * gateway's secret) proves a gateway issued it, so nobody can make a request wait for a position
 * that no write ever reached; every instance with the same secret accepts the others' tokens.
 */
@Injectable()
export class ConsistencyTokens {
  private readonly signingKey: Buffer;

  constructor(secret: AuthSecret) {
    this.signingKey = createHmac('sha256', secret.key).update('tn consistency token v1').digest();
  }

  tokenOf(streamId: string, version: number): string {
    const position = `${streamId}@${version}`;
    return `${position}.${this.tagOf(position)}`;
  }

  /** The position of a token a gateway with this secret issued; undefined otherwise. */
  verify(token: string): StreamPosition | undefined {
    const dot = token.lastIndexOf('.');
    if (dot < 0 || dot < token.lastIndexOf('@')) return undefined;
    const expected = Buffer.from(this.tagOf(token.slice(0, dot)));
    const actual = Buffer.from(token.slice(dot + 1));
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
    return parseConsistencyToken(token.slice(0, dot));
  }

  private tagOf(position: string): string {
    return createHmac('sha256', this.signingKey).update(position).digest('base64url').slice(0, 22);
  }
}

/** The position a token names (its shape only; see ConsistencyTokens.verify for its origin). */
export function parseConsistencyToken(token: string): StreamPosition | undefined {
  const at = token.lastIndexOf('@');
  const version = Number(token.slice(at + 1).split('.')[0]);
  return at > 0 && Number.isInteger(version) && version >= 0 ? { streamId: token.slice(0, at), version } : undefined;
}

/**
 * At most this many distinct tokens in one request: each may hold it until the wait times out.
 * A week of recurring shifts (one token each) fits; a longer series is read back in parts.
 */
export const MAX_CONSISTENCY_TOKENS = 100;

/** The request's tokens, each once; more than MAX_CONSISTENCY_TOKENS are refused before any wait. */
export function cappedConsistencyTokens(tokens: readonly string[], language: Language): string[] {
  const distinct = [...new Set(tokens)];
  if (distinct.length > MAX_CONSISTENCY_TOKENS) {
    throw apiError(
      {
        code: 'CONSISTENCY_TOKENS_TOO_MANY',
        kind: 'validation',
        field: 'tn-consistency-token',
        details: { max: MAX_CONSISTENCY_TOKENS, actual: distinct.length },
      },
      language,
    );
  }
  return distinct;
}
