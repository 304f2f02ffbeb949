import { Injectable } from '@nestjs/common';
import { CallerChecks, type GatewayContext } from '@tn/gateway-core';
import { AuthChanges, currentGrants, sessionEnded } from './auth-changes';
import { peopleOf } from './readers';

/**
 * The registry's check of each request's caller, run by the core after the consistency wait (so
 * that a sign-out's own token is honoured): refuse the token if its session has ended (sign-out,
 * password change) or the account is closed, and take the account's roles as they are now, not
 * as the token listed them. (Tokens of accounts the read model does not hold — platform service
 * tokens, or an account opened a moment ago — keep their signed grants.)
 */
@Injectable()
export class SessionCheck {
  constructor(
    checks: CallerChecks,
    private readonly authChanges: AuthChanges,
  ) {
    checks.add((context) => this.check(context));
  }

  private async check(context: GatewayContext): Promise<void> {
    const claims = context.user?.claims;
    if (!claims || claims.kind === 'service') return;
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
