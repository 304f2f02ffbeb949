import type { Request } from 'express';
import { languageOf } from '@tn/gateway-graphql-kit';
import { type GatewayContext, idempotencyScopeOf, userFromHeader } from '@tn/gateway-core';

/**
 * Builds each request's context: the caller from the bearer token, the language from
 * Accept-Language, the consistency tokens to wait for, the Idempotency-Key its commands are
 * named after (kept with the caller: keys are scoped to the account). (Whether the caller's
 * session has ended is checked once per request before the resolvers, after the consistency wait.)
 */
export function graphqlContext(secret: Buffer) {
  return ({ req }: { req: Request }): GatewayContext & { req: Request } => {
    const language = languageOf(req.headers['accept-language']);
    const consistencyTokens = String(req.headers['tn-consistency-token'] ?? '')
      .split(',')
      .map((token) => token.trim())
      .filter(Boolean);
    const { user: caller, problem } = userFromHeader(req.headers.authorization, secret);
    const idempotency = idempotencyScopeOf(req.headers['idempotency-key'], req.body);
    const user = caller && idempotency ? { ...caller, idempotency } : caller;
    // req.ip honours the app's 'trust proxy' setting (TRUSTED_PROXIES): the socket address otherwise.
    const clientAddress = req.ip ?? req.socket?.remoteAddress ?? 'unknown';
    return {
      req,
      language,
      consistencyTokens,
      clientAddress,
      loaders: new Map<string, unknown>(),
      ...(user ? { user } : {}),
      ...(problem ? { authProblem: problem } : {}),
    };
  };
}
