import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Connection } from 'mongoose';
import { apiError, type Language } from '@tn/gateway-graphql-kit';
import type { EventEnvelope } from '@tn/shared-event-contracts';

const CHECKPOINTS = 'gw_checkpoints';

// Until the gateway names its secret, a key of this process only (unit tests, tools).
let signingKey: Buffer = randomBytes(32);

/**
 * Sign consistency tokens with a key derived from the gateway's secret, so every gateway
 * instance accepts the tokens of the others. Called once when the gateway's module starts.
 */
export function useConsistencySecret(secret: Buffer): void {
  signingKey = createHmac('sha256', secret).update('tn consistency token v1').digest();
}

const tagOf = (position: string) => createHmac('sha256', signingKey).update(position).digest('base64url').slice(0, 22);

/**
 * `<streamId>@<version>.<tag>`: what a mutation returns and a query may wait for. The tag (an
 * HMAC of the position) proves the gateway issued it, so nobody can make a request wait for a
 * position that no write ever reached.
 */
export function consistencyTokenOf(streamId: string, version: number): string {
  const position = `${streamId}@${version}`;
  return `${position}.${tagOf(position)}`;
}

/** The position a token names (its shape only; see verifyConsistencyToken for its origin). */
export function parseConsistencyToken(token: string): { streamId: string; version: number } | undefined {
  const at = token.lastIndexOf('@');
  const version = Number(token.slice(at + 1).split('.')[0]);
  return at > 0 && Number.isInteger(version) && version >= 0 ? { streamId: token.slice(0, at), version } : undefined;
}

/** The position of a token this gateway (or another with the same secret) issued; undefined otherwise. */
export function verifyConsistencyToken(token: string): { streamId: string; version: number } | undefined {
  const dot = token.lastIndexOf('.');
  if (dot < 0 || dot < token.lastIndexOf('@')) return undefined;
  const expected = Buffer.from(tagOf(token.slice(0, dot)));
  const actual = Buffer.from(token.slice(dot + 1));
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return parseConsistencyToken(token.slice(0, dot));
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
    throw apiError({ code: 'CONSISTENCY_TOKENS_TOO_MANY', kind: 'validation', field: 'tn-consistency-token', details: { max: MAX_CONSISTENCY_TOKENS, actual: distinct.length } }, language);
  }
  return distinct;
}

/**
 * How far the gateway's read models have got, per stream. The projector records a batch only
 * after its writes, in MongoDB, so every gateway instance sees every partition's progress.
 */
export class ProjectionCheckpoints {
  private readonly seen = new Map<string, number>();

  constructor(private readonly connection: () => Connection) {}

  private get collection() {
    return this.connection().collection<{ _id: string; version: number }>(CHECKPOINTS);
  }

  /** Called by the projector after a batch's writes. */
  async record(envelopes: EventEnvelope[]): Promise<void> {
    const latest = new Map<string, number>();
    for (const { streamId, streamVersion } of envelopes) latest.set(streamId, Math.max(latest.get(streamId) ?? 0, streamVersion));
    for (const [streamId, version] of latest) {
      if ((this.seen.get(streamId) ?? 0) >= version) continue;
      await this.collection.updateOne({ _id: streamId }, { $max: { version } }, { upsert: true });
      this.seen.set(streamId, version);
    }
  }

  async reached(streamId: string, version: number): Promise<boolean> {
    if ((this.seen.get(streamId) ?? 0) >= version) return true;
    const doc = await this.collection.findOne({ _id: streamId });
    if (doc) this.seen.set(streamId, Math.max(this.seen.get(streamId) ?? 0, doc.version));
    return (doc?.version ?? 0) >= version;
  }

  /** Wait until the read models reflect the token's write; false on timeout. */
  async waitFor(streamId: string, version: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
      if (await this.reached(streamId, version)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
