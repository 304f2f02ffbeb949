import { type ApolloServerPlugin, type BaseContext, type GraphQLRequestContext, HeaderMap } from '@apollo/server';
import { apiError } from './api-error';
import { type Language, requestLanguage } from './language';
import type { RateLimiter } from './rate-limiter';

export interface RateLimitPluginOptions {
  limiter: RateLimiter;
  /** Who is asking: the account id when signed in, else the client address. */
  clientKeyOf: (requestContext: GraphQLRequestContext<BaseContext>) => string;
  /** By default from the Accept-Language header. */
  languageOf?: (requestContext: GraphQLRequestContext<BaseContext>) => Language;
}

/**
 * Refuses an operation over its client's rate with RATE_LIMITED, HTTP 429 and Retry-After; the
 * limiter counts in the store every gateway instance shares (see RateLimiter).
 * Apollo turns `extensions.http` of a thrown GraphQLError into the response status and
 * headers (and removes it from the body); `retryAfterMs` stays in the extensions for clients.
 */
export function rateLimitPlugin(options: RateLimitPluginOptions): ApolloServerPlugin<BaseContext> {
  const languageOf = options.languageOf ?? requestLanguage;
  return {
    async requestDidStart() {
      return {
        // After parsing and validation, so only operations that would run are counted.
        async didResolveOperation(requestContext) {
          const { allowed, retryAfterMs } = await options.limiter.take(options.clientKeyOf(requestContext));
          if (allowed) return;
          const retryAfterSeconds = Math.ceil(retryAfterMs / 1000);
          throw apiError(
            {
              code: 'RATE_LIMITED',
              details: { retryAfterSeconds },
              extensions: { retryAfterMs },
              http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
            },
            languageOf(requestContext),
          );
        },
      };
    },
  };
}
