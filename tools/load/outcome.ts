import { codeOf, type GqlResponse } from './gql';

/**
 * What one attempt of a mutation tells the client:
 * - ok: applied (the answer carries data);
 * - unknown: it may or may not have been applied (no answer, or an answer that says "try again");
 *   retrying with the same Idempotency-Key is safe and eventually makes it definitive;
 * - refused: a definitive business or validation error; nothing was applied.
 */
export type OutcomeKind = 'ok' | 'unknown' | 'refused';

export interface Outcome {
  kind: OutcomeKind;
  /** The error code, or TIMEOUT / CONNECTION for failures below GraphQL. */
  code?: string;
  /** How long the server asked us to wait before retrying (GATEWAY.BUSY, NOT_KNOWN_YET). */
  retryAfterSeconds?: number;
  data?: Record<string, unknown> | null;
}

/**
 * Codes that do not settle the outcome. The gateway's own (reply timeout, load shedding,
 * deadline passed, a service not connected, a read model not caught up) and a service's
 * transient refusals (a concurrent write, an internal failure). UNAUTHENTICATED is here because
 * a load client renews its session and tries again.
 */
export const UNKNOWN_CODES: ReadonlySet<string> = new Set([
  'COMMAND.OUTCOME_UNKNOWN',
  'SERVICE_UNAVAILABLE',
  'GATEWAY.BUSY',
  'COMMAND.DEADLINE_EXCEEDED',
  'CONSISTENCY_NOT_VISIBLE',
  'NOT_KNOWN_YET',
  'INTERNAL_SERVER_ERROR',
  // The gateway's own failure (e.g. its read models unreachable while the store is down): nothing says the change was not made.
  'INTERNAL',
  'UNAUTHENTICATED',
  'AUTH.SESSION_ENDED',
  'TIMEOUT',
  'CONNECTION',
]);
/** Error kinds of a service reply that say "not now" rather than "no". */
const TRANSIENT_KINDS: ReadonlySet<string> = new Set(['concurrency', 'internal']);

export function classifyResponse(response: GqlResponse<Record<string, unknown>>): Outcome {
  const error = response.errors?.[0];
  if (!error && response.data) return { kind: 'ok', data: response.data };
  const code = codeOf(response) ?? (response.status >= 500 ? `HTTP_${response.status}` : 'UNKNOWN_ERROR');
  const extensions = error?.extensions ?? {};
  const retryAfter = Number(extensions['retryAfterSeconds'] ?? response.retryAfterSeconds);
  const unknown =
    UNKNOWN_CODES.has(code) ||
    extensions['retryable'] === true ||
    TRANSIENT_KINDS.has(String(extensions['kind'])) ||
    response.status >= 500 ||
    response.status === 429;
  return { kind: unknown ? 'unknown' : 'refused', code, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}) };
}

/** A thrown fetch: our own timeout, or no connection (refused, reset, closed mid-answer). */
export function classifyFailure(error: unknown): Outcome {
  const name = (error as Error | undefined)?.name;
  return { kind: 'unknown', code: name === 'TimeoutError' || name === 'AbortError' ? 'TIMEOUT' : 'CONNECTION' };
}
