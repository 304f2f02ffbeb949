import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { from, mergeMap, type Observable } from 'rxjs';
import { AuthChanges, currentGrants, sessionEnded } from './auth-changes';
import { peopleOf } from './loaders';
import { AuthSecret } from './auth-secret';
import { cappedConsistencyTokens, ProjectionCheckpoints, useConsistencySecret, verifyConsistencyToken } from './consistency';
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
  constructor(
    private readonly checkpoints: ProjectionCheckpoints,
    private readonly authChanges: AuthChanges,
    secret: AuthSecret,
  ) {
    useConsistencySecret(secret.key);
  }

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() !== 'graphql') return next.handle();
    const context = GqlExecutionContext.create(execution).getContext<GatewayContext & { gate?: Promise<void> }>();
    context.gate ??= this.prepare(context);
    return from(context.gate).pipe(mergeMap(() => next.handle()));
  }

  private async prepare(context: GatewayContext): Promise<void> {
    for (const token of cappedConsistencyTokens(context.consistencyTokens ?? [], context.language)) {
      // A token the gateway did not issue is refused at once: it could name a position no
      // write reached, and waiting for it would only hold the request.
      const position = verifyConsistencyToken(token);
      if (!position) throw apiError({ code: 'CONSISTENCY_TOKEN_INVALID', kind: 'validation', field: 'tn-consistency-token' }, context.language);
      // Nothing of this request has run yet: say so, rather than that a change was saved.
      if (!(await this.checkpoints.waitFor(position.streamId, position.version, WAIT_MS))) {
        throw apiError({ code: 'CONSISTENCY_NOT_VISIBLE', extensions: { retryable: true } }, context.language);
      }
    }
    const claims = context.user?.claims;
    if (claims && claims.kind !== 'service') {
      // The read model, plus what this or another gateway forwarded that it does not show yet.
      // In this order: a change found projected is then in the account read next.
      const pending = await this.authChanges.pending(claims.sub);
      const account = await peopleOf(context).account(claims.sub);
      if (sessionEnded(claims, account, pending)) {
        delete context.user;
        context.authProblem = 'AUTH.SESSION_ENDED';
      } else if ((account || pending.length > 0) && context.user) {
        context.user = { ...context.user, claims: { ...claims, grants: currentGrants(account?.roles ?? claims.grants, pending) } };
      }
    }
  }
}
