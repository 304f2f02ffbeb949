import { Injectable } from '@nestjs/common';
import type { GatewayContext } from './request-user';

/** What a slice does to a request's caller once the read models show the request's writes. */
export type CallerCheck = (context: GatewayContext) => Promise<void>;

/**
 * The checks of the caller that slices add (the registry's: an ended session, the roles as they
 * are now), run by the core's interceptor after the consistency wait, in the order added.
 */
@Injectable()
export class CallerChecks {
  private readonly checks: CallerCheck[] = [];

  add(check: CallerCheck): void {
    this.checks.push(check);
  }

  async run(context: GatewayContext): Promise<void> {
    for (const check of this.checks) await check(context);
  }
}
