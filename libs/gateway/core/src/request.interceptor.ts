import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { from, mergeMap, type Observable } from 'rxjs';
import { CallerChecks } from './caller-checks';
import { cappedConsistencyTokens, ConsistencyTokens } from './consistency-tokens';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { ReadModelDirectory } from './read-model-directory';
import type { GatewayContext } from './request-user';

const WAIT_MS = 10_000;

/**
 * Runs once per request, before any resolver:
 * 1. hands the request its read models (ReadModelDirectory);
 * 2. read-your-writes: when the request carries `tn-consistency-token` headers (from earlier
 *    mutations), waits until the read models reflect those writes;
 * 3. then runs the slices' checks of the caller (CallerChecks) — after the wait, so that they
 *    read the state the caller's own writes made.
 */
@Injectable()
export class GatewayRequestInterceptor implements NestInterceptor {
  constructor(
    private readonly checkpoints: ProjectionCheckpoints,
    private readonly tokens: ConsistencyTokens,
    private readonly readModels: ReadModelDirectory,
    private readonly callerChecks: CallerChecks,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() !== 'graphql') return next.handle();
    const context = GqlExecutionContext.create(execution).getContext<GatewayContext & { gate?: Promise<void> }>();
    context.readModels ??= this.readModels;
    context.gate ??= this.prepare(context);
    return from(context.gate).pipe(mergeMap(() => next.handle()));
  }

  private async prepare(context: GatewayContext): Promise<void> {
    for (const token of cappedConsistencyTokens(context.consistencyTokens ?? [], context.language)) {
      // A token the gateway did not issue is refused at once: it could name a position no
      // write reached, and waiting for it would only hold the request.
      const position = this.tokens.verify(token);
      if (!position) throw apiError({ code: 'CONSISTENCY_TOKEN_INVALID', kind: 'validation', field: 'tn-consistency-token' }, context.language);
      // Nothing of this request has run yet: say so, rather than that a change was saved.
      if (!(await this.checkpoints.waitFor(position.streamId, position.version, WAIT_MS))) {
        throw apiError({ code: 'CONSISTENCY_NOT_VISIBLE', extensions: { retryable: true } }, context.language);
      }
    }
    await this.callerChecks.run(context);
  }
}
