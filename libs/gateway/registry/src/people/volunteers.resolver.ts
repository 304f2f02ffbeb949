import { CommandResultView, freshIdOf, type GatewayContext, pageOf, requireAllowed, requireMayLearnMissing, requireUser } from '@tn/gateway-core';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SubjectErasure } from '@tn/registry-contracts';
import { personalFieldsShown } from '@tn/shared-auth';
import { AuthChanges } from '../core/auth-changes';
import { directoryOf, peopleOf } from '../core/readers';
import { RegistryClient } from '../core/registry-client';
import { dateArg } from '../units/units.resolver';
import { today } from '../units/unit.view';
import { RegisterVolunteerInput, VolunteerPage, VolunteerView } from './people.models';
import { unitOn } from './people-directory';
import type { VolunteerDoc } from './volunteer.read-model';

/** `shown`: the personal fields the caller may see (see personalFieldsShown), or 'all' for the person themself. */
function view(doc: VolunteerDoc, date: string, shown: readonly string[] | 'all'): VolunteerView {
  const show = (field: 'fullName' | 'dateOfBirth' | 'phone' | 'email') =>
    !doc.erased && (shown === 'all' || shown.includes(field)) ? (doc[field] ?? null) : null;
  return {
    id: doc.volunteerId,
    homeUnitId: unitOn(doc.homeUnits, date) ?? doc.homeUnits.at(-1)!.unitId,
    skills: doc.skills,
    professions: doc.professions,
    consents: doc.consents.map((c) => ({ ...c, withdrawnAt: c.withdrawnAt ?? null })),
    registeredOn: doc.registeredOn,
    erased: doc.erased,
    fullName: show('fullName'),
    dateOfBirth: show('dateOfBirth'),
    phone: show('phone'),
    email: show('email'),
  };
}

/** Volunteers: registration, the unit's list, one volunteer, subject access and erasure. */
@Resolver(() => VolunteerView)
export class VolunteersResolver {
  constructor(
    private readonly registry: RegistryClient,
    private readonly authChanges: AuthChanges,
  ) {}

  @Query(() => VolunteerPage, { description: "A unit's volunteers as of a date, including those of units merged into it." })
  async volunteers(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('asOf', { nullable: true }) asOf?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<VolunteerPage> {
    const date = dateArg(context, asOf);
    const units = directoryOf(context);
    // Rights over the unit then and now: a unit that moved to another province since is not
    // readable through a past date.
    requireAllowed(context, 'volunteers:read', await units.lineage(unitId, date));
    const user = requireAllowed(context, 'volunteers:read', await units.lineage(unitId, today()));
    const docs = await peopleOf(context).volunteersOf(await units.withPredecessors(unitId, date), date);
    const views: VolunteerView[] = [];
    for (const doc of docs) {
      // Personal data by where the volunteer belongs today (they may have moved away since).
      const current = await units.lineage(doc.homeUnits.at(-1)!.unitId, today());
      views.push(view(doc, date, personalFieldsShown(user.claims.grants, current)));
    }
    // Ordered by id: a cursor must not carry a name.
    return pageOf(views, (v) => [v.id], { first: first ?? null, after: after ?? null }, context.language);
  }

  @Query(() => VolunteerView, { nullable: true })
  async volunteer(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<VolunteerView | null> {
    // Who asks comes first; a missing and a forbidden volunteer answer alike (no existence oracle).
    const user = requireUser(context);
    const self = user.claims.personId === id;
    const doc = await peopleOf(context).volunteer(id);
    if (!doc) {
      if (!self) requireMayLearnMissing(context, 'volunteers:read');
      return null;
    }
    const date = today();
    const lineage = await directoryOf(context).lineage(doc.homeUnits.at(-1)!.unitId, date);
    if (!self) requireAllowed(context, 'volunteers:read', lineage);
    return view(doc, date, self ? 'all' : personalFieldsShown(user.claims.grants, lineage));
  }

  @Query(() => String, { description: 'Everything the registry holds about a person, as JSON (subject access request).' })
  async volunteerDataExport(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    const user = requireUser(context);
    const result = await this.registry.request<object>({ op: 'exportSubject', credentials: user.token, subjectId: id }, context.language);
    return JSON.stringify(result);
  }

  @Mutation(() => CommandResultView)
  async registerVolunteer(@Context() context: GatewayContext, @Args('input') input: RegisterVolunteerInput): Promise<CommandResultView> {
    requireAllowed(context, 'volunteers:write', await directoryOf(context).lineage(input.homeUnitId, today()));
    const volunteerId = input.volunteerId ?? freshIdOf(context);
    const outcome = await this.registry.command('RegisterVolunteer', { ...input, volunteerId }, requireUser(context), context.language);
    return { id: volunteerId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "Erase a volunteer's personal data (crypto-shredding); anonymous counts survive." })
  async eraseVolunteerPersonalData(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<CommandResultView> {
    const user = requireUser(context);
    // A volunteer this gateway has not seen yet is checked by the registry alone (which answers unknown and not-yours alike).
    const doc = await peopleOf(context).volunteer(id);
    if (doc) requireAllowed(context, 'personal-data:erase', await directoryOf(context).lineage(doc.homeUnits.at(-1)!.unitId, today()));
    const { streamId, version, closedAccounts } = await this.registry.request<SubjectErasure>(
      { op: 'eraseSubject', credentials: user.token, subjectId: id },
      context.language,
    );
    // The erased person's tokens are refused at once, not once the account read model shows the closing.
    for (const closed of closedAccounts ?? [])
      await this.authChanges.record(closed.accountId, { type: 'account-closed', streamId: closed.streamId, version: closed.version });
    return { id, streamId, version, consistencyToken: this.registry.consistencyTokenOf(streamId, version) };
  }
}
