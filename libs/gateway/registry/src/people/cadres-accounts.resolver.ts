import { AuthSecret, CommandResultView, freshIdOf, type GatewayContext, pageOf, requireAllowed, requireUser } from '@tn/gateway-core';
import { Inject, Optional } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { sealSecret } from '@tn/shared-auth';
import { apiError, DEFAULT_SIGN_IN_THROTTLE, type Language, LimitStore, SharedSignInThrottle, type SignInThrottle } from '@tn/gateway-graphql-kit';
import { MongoConnection } from '@tn/shared-service-kit';
import { directoryOf, peopleOf } from '../core/readers';
import { RegistryClient } from '../core/registry-client';
import { dateArg } from '../units/units.resolver';
import { today } from '../units/unit.view';
import { AuthChanges } from '../core/auth-changes';
import { AppointCadreInput, CadrePage, CadreView, MeView, OpenAccountInput, RegisterCadreInput, SessionView } from './people.models';
import { unitOn } from './people-directory';

/**
 * Password guessing is limited twice: one sign-in (or refresh) per GraphQL operation, so that
 * aliases cannot pack thousands of guesses into one request, and a throttle that slows a client
 * failing on a username, and every failing client once the username has failed too often,
 * without ever refusing a client that has not failed (see sign-in-throttle).
 */
export const SIGN_IN_THROTTLE = Symbol('SignInThrottle');

function oneAttemptPerOperation(context: GatewayContext): void {
  // Kept in the request's loader map: the one object every resolver of the request shares.
  if (context.loaders.has('auth-attempt')) throw apiError({ code: 'RATE_LIMITED', details: { reason: 'one sign-in per request' } }, context.language);
  context.loaders.set('auth-attempt', true);
}

/** Cadres of a unit, accounts, and signing in and out. */
@Resolver()
export class CadresAccountsResolver {
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly registry: RegistryClient,
    private readonly secret: AuthSecret,
    private readonly authChanges: AuthChanges,
    mongo: MongoConnection,
    // Shared by every gateway instance through their database, unless another one is provided.
    @Optional() @Inject(SIGN_IN_THROTTLE) throttle?: SignInThrottle,
  ) {
    this.throttle = throttle ?? new SharedSignInThrottle(DEFAULT_SIGN_IN_THROTTLE, new LimitStore(mongo.connection, 'gw_gateway_sign_in_failures', secret.key));
  }

  /** Refused while the client owes a wait on this username; otherwise (perhaps slowed) charged as a failure until it succeeds. */
  private async throttleAttempt(username: string, client: string, language: Language): Promise<void> {
    const verdict = await this.throttle.attempt(username, client);
    if (verdict.allowed) {
      // Past the username's ceiling a client that has not failed is held a moment, never refused.
      if (verdict.slowDownMs) await new Promise((resolve) => setTimeout(resolve, verdict.slowDownMs));
      return;
    }
    const retryAfterSeconds = Math.ceil(verdict.retryAfterMs / 1000);
    throw apiError(
      {
        code: 'AUTH.SIGN_IN_THROTTLED',
        field: 'username',
        details: { retryAfterSeconds },
        extensions: { retryAfterSeconds, retryAfterMs: verdict.retryAfterMs },
      },
      language,
    );
  }

  @Query(() => CadrePage, { description: 'Cadres holding a position in the unit (or a unit merged into it) on the date.' })
  async cadres(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('asOf', { nullable: true }) asOf?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CadrePage> {
    const date = dateArg(context, asOf);
    const units = directoryOf(context);
    requireAllowed(context, 'cadres:read', await units.lineage(unitId, date));
    requireAllowed(context, 'cadres:read', await units.lineage(unitId, today()));
    const unitIds = await units.withPredecessors(unitId, date);
    const views: CadreView[] = [];
    for (const doc of await peopleOf(context).cadresOf(unitIds)) {
      const positions = doc.positions
        .filter((p) => p.termStart <= date && (!p.endedOn || p.endedOn > date) && unitIds.includes(unitOn(p.units, date) ?? ''))
        .map((p) => ({
          positionId: p.positionId,
          unitId: unitOn(p.units, date)!,
          title: p.title,
          dedicatedToVolunteerWork: p.dedicatedToVolunteerWork,
          termStart: p.termStart,
          termEnd: p.termEnd ?? null,
          endedOn: p.endedOn ?? null,
        }));
      if (positions.length > 0) views.push({ id: doc.cadreId, fullName: doc.erased ? null : (doc.fullName ?? null), positions });
    }
    // Ordered by id: a cursor must not carry a name.
    return pageOf(views, (v) => [v.id], { first: first ?? null, after: after ?? null }, context.language);
  }

  @Mutation(() => CommandResultView)
  async registerCadre(@Context() context: GatewayContext, @Args('input') input: RegisterCadreInput): Promise<CommandResultView> {
    requireAllowed(context, 'cadres:write', await directoryOf(context).lineage(input.registeringUnitId, today()));
    const cadreId = input.cadreId ?? freshIdOf(context);
    return { id: cadreId, ...(await this.registry.command('RegisterCadre', { ...input, cadreId }, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView)
  async appointCadre(@Context() context: GatewayContext, @Args('input') input: AppointCadreInput): Promise<CommandResultView> {
    requireAllowed(context, 'cadres:write', await directoryOf(context).lineage(input.unitId, today()));
    const positionId = input.positionId ?? freshIdOf(context);
    return { id: positionId, ...(await this.registry.command('AppointCadre', { ...input, positionId }, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView)
  async openAccount(@Context() context: GatewayContext, @Args('input') input: OpenAccountInput): Promise<CommandResultView> {
    const user = requireUser(context);
    const units = directoryOf(context);
    for (const role of input.roles) requireAllowed(context, 'accounts:write', role.unitId ? await units.lineage(role.unitId, today()) : []);
    // An account linked to a person reads that person's data as "self": only someone with
    // rights over where the person belongs may link it. With neither roles nor a person, only
    // a system administrator may open one.
    const personUnits = input.personId ? await this.unitsOfPerson(context, input.personId) : [];
    for (const unitId of personUnits) requireAllowed(context, 'accounts:write', await units.lineage(unitId, today()));
    if ((input.personId && personUnits.length === 0) || (!input.personId && input.roles.length === 0)) requireAllowed(context, 'accounts:write', []);
    // The password is sealed before it enters Kafka (see shared-auth).
    const { password, ...rest } = input;
    const payload = {
      ...rest,
      roles: input.roles.map((r) => ({ role: r.role, unitId: r.unitId ?? null })),
      sealedPassword: sealSecret(this.secret.key, password),
    };
    const outcome = await this.registry.command('OpenAccount', payload, user, context.language);
    return { id: outcome.streamId.replace(/^account-/, ''), ...outcome };
  }

  /** Where a volunteer (home unit) or cadre (open positions) belongs now; empty when unknown. */
  private async unitsOfPerson(context: GatewayContext, personId: string): Promise<string[]> {
    const people = peopleOf(context);
    const volunteer = await people.volunteer(personId);
    if (volunteer) return [volunteer.homeUnits.at(-1)!.unitId];
    const cadre = await people.cadre(personId);
    return (cadre?.positions ?? []).filter((p) => !p.endedOn).map((p) => p.units.at(-1)!.unitId);
  }

  @Mutation(() => SessionView, { description: 'Sign in; the access token lasts minutes, the refresh token days.' })
  async signIn(@Context() context: GatewayContext, @Args('username') username: string, @Args('password') password: string): Promise<SessionView> {
    oneAttemptPerOperation(context);
    const name = username.trim().toLowerCase();
    const client = context.clientAddress ?? 'unknown';
    await this.throttleAttempt(name, client, context.language);
    const issued = await this.registry.request<SessionView & { streamId: string; version: number }>(
      { op: 'signIn', username, sealedPassword: sealSecret(this.secret.key, password) },
      context.language,
    );
    await this.throttle.succeeded(name, client);
    return { ...issued, consistencyToken: this.registry.consistencyTokenOf(issued.streamId, issued.version) };
  }

  @Mutation(() => SessionView, { description: 'A new access token (and a new refresh token: the old one stops working).' })
  async refreshSession(@Context() context: GatewayContext, @Args('refreshToken') refreshToken: string): Promise<SessionView> {
    oneAttemptPerOperation(context);
    const issued = await this.registry.request<SessionView & { streamId: string; version: number }>({ op: 'refresh', refreshToken }, context.language);
    return { ...issued, consistencyToken: this.registry.consistencyTokenOf(issued.streamId, issued.version) };
  }

  @Mutation(() => CommandResultView, { description: 'End this session: its access and refresh tokens stop working.' })
  async signOut(@Context() context: GatewayContext): Promise<CommandResultView> {
    const user = requireUser(context);
    const result = await this.registry.request<{ streamId: string; version: number }>({ op: 'signOut', credentials: user.token }, context.language);
    // Refused at once by every gateway, before the read model has the SessionEnded event.
    await this.authChanges.record(user.claims.sub, { type: 'session-ended', sessionId: user.claims.sid, streamId: result.streamId, version: result.version });
    return { id: user.claims.sid, ...result, consistencyToken: this.registry.consistencyTokenOf(result.streamId, result.version) };
  }

  @Query(() => MeView)
  me(@Context() context: GatewayContext): MeView {
    const { claims } = requireUser(context);
    return { accountId: claims.sub, kind: claims.kind, personId: claims.personId ?? null, grants: claims.grants };
  }
}
