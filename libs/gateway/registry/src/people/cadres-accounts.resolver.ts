import { randomUUID } from 'node:crypto';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { allows, sealSecret } from '@tn/shared-auth';
import { foldVietnamese } from '@tn/gateway-graphql-kit';
import { CommandResultView } from '../core/command-result.model';
import { consistencyTokenOf } from '../core/consistency';
import { directoryOf, peopleOf } from '../core/loaders';
import { pageOf } from '../core/page';
import { RegistryClient } from '../core/registry-client';
import { type GatewayContext, requireAllowed, requireUser } from '../core/request-user';
import { today } from '../units/unit.view';
import { AuthSecret } from '../core/auth-secret';
import { AppointCadreInput, CadrePage, CadreView, MeView, OpenAccountInput, RegisterCadreInput, SessionView } from './people.models';
import { unitOn } from './people-directory';

/** Cadres of a unit, accounts, and signing in and out. */
@Resolver()
export class CadresAccountsResolver {
  constructor(
    private readonly registry: RegistryClient,
    private readonly secret: AuthSecret,
  ) {}

  @Query(() => CadrePage, { description: "Cadres holding a position in the unit (or a unit merged into it) on the date." })
  async cadres(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('asOf', { nullable: true }) asOf?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CadrePage> {
    const date = asOf ?? today();
    const units = directoryOf(context);
    requireAllowed(context, 'cadres:read', await units.lineage(unitId, date));
    const unitIds = await units.withPredecessors(unitId, date);
    const views: CadreView[] = [];
    for (const doc of await peopleOf(context).cadresOf(unitIds)) {
      const positions = doc.positions
        .filter((p) => p.termStart <= date && (!p.endedOn || p.endedOn > date) && unitIds.includes(unitOn(p.units, date) ?? ''))
        .map((p) => ({ positionId: p.positionId, unitId: unitOn(p.units, date)!, title: p.title, dedicatedToVolunteerWork: p.dedicatedToVolunteerWork, termStart: p.termStart, termEnd: p.termEnd ?? null, endedOn: p.endedOn ?? null }));
      if (positions.length > 0) views.push({ id: doc.cadreId, fullName: doc.erased ? null : (doc.fullName ?? null), positions });
    }
    return pageOf(views, (v) => [foldVietnamese(v.fullName ?? ''), v.id], { first: first ?? null, after: after ?? null }, context.language);
  }

  @Mutation(() => CommandResultView)
  async registerCadre(@Context() context: GatewayContext, @Args('input') input: RegisterCadreInput): Promise<CommandResultView> {
    const cadreId = input.cadreId ?? randomUUID();
    return { id: cadreId, ...(await this.registry.command('RegisterCadre', { ...input, cadreId }, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView)
  async appointCadre(@Context() context: GatewayContext, @Args('input') input: AppointCadreInput): Promise<CommandResultView> {
    requireAllowed(context, 'cadres:write', await directoryOf(context).lineage(input.unitId, today()));
    const positionId = input.positionId ?? randomUUID();
    return { id: positionId, ...(await this.registry.command('AppointCadre', { ...input, positionId }, requireUser(context), context.language)) };
  }

  @Mutation(() => CommandResultView)
  async openAccount(@Context() context: GatewayContext, @Args('input') input: OpenAccountInput): Promise<CommandResultView> {
    const user = requireUser(context);
    for (const role of input.roles) {
      const lineage = role.unitId ? await directoryOf(context).lineage(role.unitId, today()) : [];
      if (!allows(user.claims.grants, 'accounts:write', lineage)) requireAllowed(context, 'accounts:write', lineage);
    }
    // The password is sealed before it enters Kafka (see shared-auth).
    const { password, ...rest } = input;
    const payload = { ...rest, roles: input.roles.map((r) => ({ role: r.role, unitId: r.unitId ?? null })), sealedPassword: sealSecret(this.secret.key, password) };
    const outcome = await this.registry.command('OpenAccount', payload, user, context.language);
    return { id: outcome.streamId.replace(/^account-/, ''), ...outcome };
  }

  @Mutation(() => SessionView, { description: 'Sign in; the access token lasts minutes, the refresh token days.' })
  async signIn(@Context() context: GatewayContext, @Args('username') username: string, @Args('password') password: string): Promise<SessionView> {
    const issued = await this.registry.request<SessionView & { streamId: string; version: number }>(
      { op: 'signIn', username, sealedPassword: sealSecret(this.secret.key, password) },
      context.language,
    );
    return { ...issued, consistencyToken: consistencyTokenOf(issued.streamId, issued.version) };
  }

  @Mutation(() => SessionView, { description: 'A new access token (and a new refresh token: the old one stops working).' })
  async refreshSession(@Context() context: GatewayContext, @Args('refreshToken') refreshToken: string): Promise<SessionView> {
    const issued = await this.registry.request<SessionView & { streamId: string; version: number }>({ op: 'refresh', refreshToken }, context.language);
    return { ...issued, consistencyToken: consistencyTokenOf(issued.streamId, issued.version) };
  }

  @Mutation(() => CommandResultView, { description: 'End this session: its access and refresh tokens stop working.' })
  async signOut(@Context() context: GatewayContext): Promise<CommandResultView> {
    const user = requireUser(context);
    const result = await this.registry.request<{ streamId: string; version: number }>({ op: 'signOut', credentials: user.token }, context.language);
    return { id: user.claims.sid, ...result, consistencyToken: consistencyTokenOf(result.streamId, result.version) };
  }

  @Query(() => MeView)
  me(@Context() context: GatewayContext): MeView {
    const { claims } = requireUser(context);
    return { accountId: claims.sub, kind: claims.kind, personId: claims.personId ?? null, grants: claims.grants };
  }
}
