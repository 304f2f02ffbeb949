import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { from, mergeMap, type Observable } from 'rxjs';
import { parseConsistencyToken, ProjectionCheckpoints } from './consistency';
import type { GatewayContext } from './request-user';

const WAIT_MS = 10_000;

/**
 * Read-your-writes: when a request carries `tn-consistency-token` headers (from earlier
 * mutations), its resolvers run only once the read models reflect those writes.
 */
@Injectable()
export class ConsistencyInterceptor implements NestInterceptor {
  constructor(private readonly checkpoints: ProjectionCheckpoints) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() !== 'graphql') return next.handle();
    const context = GqlExecutionContext.create(execution).getContext<GatewayContext & { consistency?: Promise<void> }>();
    if (!context.consistencyTokens?.length) return next.handle();
    context.consistency ??= this.waitForAll(context);
    return from(context.consistency).pipe(mergeMap(() => next.handle()));
  }

  private async waitForAll(context: GatewayContext): Promise<void> {
    for (const token of context.consistencyTokens) {
      const parsed = parseConsistencyToken(token);
      if (!parsed) throw apiError({ code: 'BAD_USER_INPUT', field: 'tn-consistency-token' }, context.language);
      if (!(await this.checkpoints.waitFor(parsed.streamId, parsed.version, WAIT_MS))) {
        throw apiError({ code: 'CONSISTENCY_TIMEOUT' }, context.language);
      }
    }
  }
}
