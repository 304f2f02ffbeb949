import type { Request } from 'express';
import type { Connection } from 'mongoose';
import { languageOf } from '@tn/gateway-graphql-kit';
import { type GatewayContext, PeopleDirectory, userFromHeader } from '@tn/gateway-registry';

/**
 * Builds each request's context: the caller from the bearer token (refused once its session
 * has ended), the language from Accept-Language, the consistency tokens to wait for.
 */
export function graphqlContext(secret: Buffer, connection: () => Connection) {
  return async ({ req }: { req: Request }): Promise<GatewayContext & { req: Request }> => {
    const language = languageOf(req.headers['accept-language']);
    const tokens = String(req.headers['tn-consistency-token'] ?? '')
      .split(',')
      .map((token) => token.trim())
      .filter(Boolean);
    const { user, problem } = userFromHeader(req.headers.authorization, secret);
    const context = { req, language, consistencyTokens: tokens, loaders: new Map<string, unknown>() };
    if (!user) return { ...context, ...(problem ? { authProblem: problem } : {}) };
    if (user.claims.kind !== 'service') {
      const account = await new PeopleDirectory(connection()).account(user.claims.sub);
      if (account && (account.closed || account.endedSessions.includes(user.claims.sid))) return { ...context, authProblem: 'AUTH.SESSION_ENDED' };
    }
    return { ...context, user };
  };
}
