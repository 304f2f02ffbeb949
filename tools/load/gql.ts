/**
 * One GraphQL request over HTTP, as a load client sends it: bearer token, Idempotency-Key and
 * consistency tokens as headers, a client-side timeout. Network failures and timeouts are thrown
 * (see outcome.ts for how they are classified); any HTTP answer is returned, JSON or not.
 */
export interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
  /** The Retry-After header in seconds, when the gateway sent one (load shedding). */
  retryAfterSeconds?: number;
}

export interface GqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  idempotencyKey?: string;
  consistencyTokens?: string[];
  /** Client-side limit; past it the request is aborted (a TimeoutError is thrown). */
  timeoutMs?: number;
}

export async function postGraphql<T = Record<string, unknown>>(url: string, request: GqlRequest): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'en' };
  if (request.token) headers['authorization'] = `Bearer ${request.token}`;
  if (request.idempotencyKey) headers['idempotency-key'] = request.idempotencyKey;
  if (request.consistencyTokens?.length) headers['tn-consistency-token'] = request.consistencyTokens.join(',');
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: request.query, ...(request.variables ? { variables: request.variables } : {}) }),
    signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  const retryAfter = Number(response.headers.get('retry-after'));
  const answer: GqlResponse<T> = { status: response.status, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}) };
  try {
    const body = JSON.parse(text) as { data?: T | null; errors?: GqlError[] };
    return { ...answer, ...(body.data !== undefined ? { data: body.data } : {}), ...(body.errors ? { errors: body.errors } : {}) };
  } catch {
    // A proxy's or a dying server's page: no GraphQL body to read.
    return { ...answer, errors: [{ message: `HTTP ${response.status} without a GraphQL body`, extensions: { code: `HTTP_${response.status}` } }] };
  }
}

/** The first error's code (`extensions.code`), if any. */
export const codeOf = (response: GqlResponse<unknown>): string | undefined => response.errors?.[0]?.extensions?.['code'] as string | undefined;
