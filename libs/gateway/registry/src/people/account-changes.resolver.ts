import { Args, Context, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { allows, sealSecret } from '@tn/shared-auth';
import { Paginated } from '@tn/gateway-graphql-kit';
import { AuthChanges } from '../core/auth-changes';
import { AuthSecret, CommandResultView, type GatewayContext, pageOf, requireAllowed, requireUser } from '@tn/gateway-core';
import { directoryOf, peopleOf } from '../core/readers';
import { RegistryClient } from '../core/registry-client';
import { today } from '../units/unit.view';
import type { AccountDoc } from './account.read-model';
import { ChangePasswordInput, CloseAccountInput, RoleChangeInput } from './people-changes.inputs';
import { GrantView } from './people.models';

@ObjectType('Account', { description: 'A sign-in account. The username is personal data: null unless you may read accounts there, and after erasure.' })
export class AccountView {
  @Field(() => ID) accountId!: string;
  @Field({ description: 'cadre, volunteer or partner.' }) kind!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => [GrantView]) roles!: GrantView[];
  @Field() closed!: boolean;
  @Field(() => String, { nullable: true }) username!: string | null;
}

@ObjectType('AccountConnection')
export class AccountPage extends Paginated(AccountView) {}

/** Accounts of a unit, and the changes to an account after it was opened. */
@Resolver()
export class AccountChangesResolver {
  constructor(
    private readonly registry: RegistryClient,
    private readonly secret: AuthSecret,
    private readonly authChanges: AuthChanges,
  ) {}

  @Query(() => AccountPage, { description: 'Accounts holding a role in the unit itself (open and closed).' })
  async accounts(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AccountPage> {
    const lineage = await directoryOf(context).lineage(unitId, today());
    const user = requireAllowed(context, 'accounts:read', lineage);
    const showUsername = allows(user.claims.grants, 'accounts:read', lineage);
    const views = (await peopleOf(context).accountsOf(unitId)).map((doc): AccountView => ({
      accountId: doc.accountId,
      kind: doc.kind,
      personId: doc.personId ?? null,
      roles: doc.roles.map((r) => ({ role: r.role, unitId: r.unitId })),
      closed: doc.closed,
      username: showUsername ? (doc.username ?? null) : null,
    }));
    // Ordered by account id: a cursor never carries a username.
    return pageOf(views, (v) => [v.accountId], { first: first ?? null, after: after ?? null }, context.language);
  }

  /** 'accounts:write' over the unit of each of the account's roles (a national role or none: system administrators only). */
  private async requireAccountWrite(context: GatewayContext, account: AccountDoc): Promise<void> {
    const units = directoryOf(context);
    if (account.roles.length === 0) requireAllowed(context, 'accounts:write', []);
    for (const unitId of new Set(account.roles.map((r) => r.unitId))) {
      requireAllowed(context, 'accounts:write', unitId === null ? [] : await units.lineage(unitId, today()));
    }
  }

  private async roleChange(context: GatewayContext, type: 'GrantRole' | 'RevokeRole', input: RoleChangeInput): Promise<CommandResultView> {
    const unitId = input.unitId ?? null;
    const user = requireAllowed(context, 'accounts:write', unitId === null ? [] : await directoryOf(context).lineage(unitId, today()));
    const outcome = await this.registry.command(type, { accountId: input.accountId, role: input.role, unitId }, user, context.language);
    // Every gateway applies it at once, before the read model has the event.
    await this.authChanges.record(input.accountId, {
      type: type === 'GrantRole' ? 'role-granted' : 'role-revoked',
      role: input.role,
      unitId,
      streamId: outcome.streamId,
      version: outcome.version,
    });
    return { id: input.accountId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Grant a role over a unit subtree (granting a role already held changes nothing).' })
  grantRole(@Context() context: GatewayContext, @Args('input') input: RoleChangeInput): Promise<CommandResultView> {
    return this.roleChange(context, 'GrantRole', input);
  }

  @Mutation(() => CommandResultView)
  revokeRole(@Context() context: GatewayContext, @Args('input') input: RoleChangeInput): Promise<CommandResultView> {
    return this.roleChange(context, 'RevokeRole', input);
  }

  @Mutation(() => CommandResultView, { description: "A new password; every session of the account ends (the caller's too: sign in again)." })
  async changePassword(@Context() context: GatewayContext, @Args('input') input: ChangePasswordInput): Promise<CommandResultView> {
    const user = requireUser(context);
    const accountId = input.accountId ?? user.claims.sub;
    if (accountId !== user.claims.sub) {
      const account = await peopleOf(context).account(accountId);
      if (account) await this.requireAccountWrite(context, account);
    }
    // The password is sealed before it enters Kafka (see shared-auth).
    const payload = { accountId, sealedPassword: sealSecret(this.secret.key, input.newPassword), changedAt: new Date().toISOString() };
    const outcome = await this.registry.command('ChangePassword', payload, user, context.language);
    await this.authChanges.record(accountId, { type: 'sessions-ended', before: Date.now(), streamId: outcome.streamId, version: outcome.version });
    return { id: accountId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Close an account: its sessions end and it cannot sign in again.' })
  async closeAccount(@Context() context: GatewayContext, @Args('input') input: CloseAccountInput): Promise<CommandResultView> {
    const user = requireUser(context);
    const account = await peopleOf(context).account(input.accountId);
    if (account) await this.requireAccountWrite(context, account);
    const outcome = await this.registry.command('CloseAccount', { accountId: input.accountId, closedOn: input.closedOn }, user, context.language);
    await this.authChanges.record(input.accountId, { type: 'account-closed', streamId: outcome.streamId, version: outcome.version });
    return { id: input.accountId, ...outcome };
  }
}
