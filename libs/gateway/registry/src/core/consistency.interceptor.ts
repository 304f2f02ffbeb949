import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { from, mergeMap, type Observable } from 'rxjs';
import { peopleOf } from './loaders';
import { parseConsistencyToken, ProjectionCheckpoints } from './consistency';
import type { GatewayContext } from './request-user';

const WAIT_MS = 10_000;

/**
 * Runs once per request, before any resolver:
 * 1. read-your-writes: when the request carries `tn-consistency-token` headers (from earlier
 *    mutations), wait until the read models reflect those writes;
 * 2. then refuse the caller's token if its session has ended (sign-out, password change,
 *    role revoked) or the account is closed — after the wait, so that a sign-out's own token is
 *    honoured — and take the account's roles as they are now, not as the token listed them.
 *    (Tokens of accounts the read model does not hold — platform service tokens, or an account
 *    opened a moment ago — keep their signed grants.)
 */
@Injectable()
export class ConsistencyInterceptor implements NestInterceptor {
  constructor(private readonly checkpoints: ProjectionCheckpoints) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() !== 'graphql') return next.handle();
    const context = GqlExecutionContext.create(execution).getContext<GatewayContext & { gate?: Promise<void> }>();
    context.gate ??= this.prepare(context);
    return from(context.gate).pipe(mergeMap(() => next.handle()));
  }

  private async prepare(context: GatewayContext): Promise<void> {
    for (const token of context.consistencyTokens ?? []) {
      const parsed = parseConsistencyToken(token);
      if (!parsed) throw apiError({ code: 'BAD_USER_INPUT', field: 'tn-consistency-token' }, context.language);
      if (!(await this.checkpoints.waitFor(parsed.streamId, parsed.version, WAIT_MS))) {
        throw apiError({ code: 'CONSISTENCY_TIMEOUT' }, context.language);
      }
    }
    const claims = context.user?.claims;
    if (claims && claims.kind !== 'service') {
      const account = await peopleOf(context).account(claims.sub);
      if (account && (account.closed || account.endedSessions.includes(claims.sid))) {
        delete context.user;
        context.authProblem = 'AUTH.SESSION_ENDED';
      } else if (account && context.user) {
        context.user = { ...context.user, claims: { ...claims, grants: account.roles } };
      }
    }
  }
}
