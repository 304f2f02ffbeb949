import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, HistoryPage, historyPageOf, historySubject, requireAllowed, requireUser } from '@tn/gateway-core';
import { allows } from '@tn/shared-auth';
import { directoryOf, peopleOf } from '../core/readers';
import { VolunteerView } from '../people/people.models';
import { UnitView } from '../units/unit.models';
import { today } from '../units/unit.view';
import { REGISTRY_HISTORY_COLLECTION } from './registry-history.read-model';

const AUDIT_DESCRIPTION = 'Who did what and when, newest first (events without their data), for the readers of the subject.';

/** A unit's audit trail: the hierarchy's events naming it and its cadres' appointments. */
@Resolver(() => UnitView)
export class UnitAuditTrailResolver {
  @ResolveField(() => HistoryPage, { nullable: true, description: AUDIT_DESCRIPTION })
  async auditTrail(
    @Context() context: GatewayContext,
    @Parent() unit: UnitView,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<HistoryPage> {
    // Asked again here, so that no other path to a UnitView can widen who reads its trail.
    const lineage = await directoryOf(context).lineage(unit.id, today());
    requireAllowed(context, 'units:read', lineage);
    const showsAccounts = allows(requireUser(context).claims.grants, 'accounts:read', lineage);
    return historyPageOf(context, REGISTRY_HISTORY_COLLECTION, [historySubject('unit', unit.id)], { first, after }, showsAccounts);
  }
}

/** A volunteer's audit trail: their registry record's events, for themselves and the readers of their home unit. */
@Resolver(() => VolunteerView)
export class VolunteerAuditTrailResolver {
  @ResolveField(() => HistoryPage, { nullable: true, description: AUDIT_DESCRIPTION })
  async auditTrail(
    @Context() context: GatewayContext,
    @Parent() volunteer: VolunteerView,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<HistoryPage> {
    const user = requireUser(context);
    // The home unit of today, not the one a past-dated list showed: rights follow where the volunteer is now.
    const doc = await peopleOf(context).volunteer(volunteer.id);
    const home = doc?.homeUnits.at(-1)?.unitId ?? volunteer.homeUnitId;
    const lineage = await directoryOf(context).lineage(home, today());
    if (user.claims.personId !== volunteer.id) requireAllowed(context, 'volunteers:read', lineage);
    const showsAccounts = allows(user.claims.grants, 'accounts:read', lineage);
    return historyPageOf(context, REGISTRY_HISTORY_COLLECTION, [historySubject('volunteer', volunteer.id)], { first, after }, showsAccounts);
  }
}
