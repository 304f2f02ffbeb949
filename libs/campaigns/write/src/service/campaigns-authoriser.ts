import type { CampaignCommandScope } from '@tn/campaigns-contracts';
import { concurrencyError, forbiddenError, validationError } from '@tn/campaigns-domain';
import type { DomainError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import type { Grant } from '@tn/shared-auth';
import { claimsOf } from '@tn/shared-event-sourcing-nest';
import type { EndedSessions, LocalHierarchy, LocalPeople } from '@tn/shared-registry-feed';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import type { CampaignLookups } from '../lookups';
import { campaignAllows, type CampaignPermission } from './campaign-permissions';
import { effectiveDateOf } from './command-dates';

/** A placeholder unit no grant covers: only a system administrator gets past it (then the decider answers "not found"). */
export const NO_UNIT = '(none)';

/** What the authoriser needs of the local hierarchy (LocalHierarchy; a fixed one in tests). */
export type UnitLineages = Pick<LocalHierarchy, 'refresh' | 'catchUp' | 'lineageOf' | 'existsOn' | 'isActiveOn'>;
/** What the authoriser needs of the registry's people (LocalPeople; a fixed one in tests). */
export type PeopleUnits = Pick<LocalPeople, 'homeUnitOf' | 'positionUnitsOf'>;

/**
 * The campaigns service's own authorisation (the gateway checks first; this is the second check).
 * The command's access token must be genuine and belong to the command's actor, and its grants
 * must give the permission over every unit the command touches: the units its payload names,
 * and for a command that names only an activity or a shift, the organiser unit of that activity
 * (read from this service's own streams). A grant counts over its unit's whole subtree: the unit's
 * lineage comes from this service's local copy of the registry's hierarchy (ADR 0008), computed
 * as the registry computes it, so a merged or split unit answers through its successors. Rights
 * are checked as of today (Vietnam's date) and, when the command states the day it takes effect,
 * as of that day too (as the registry does, ADR 0006). A unit the hierarchy does not know is
 * refused. A volunteer may sign themselves up and cancel their own sign-up. A system
 * administrator may do everything.
 *
 * A refusal is given only once the local hierarchy has caught up with the registry's topic:
 * until then (briefly) the authoriser waits, and if still behind answers HIERARCHY.CATCHING_UP,
 * which is worth retrying.
 *
 * The token of a session the registry has ended is refused (AUTH.SESSION_ENDED) before it
 * expires, from this service's projection of the registry's session events: signing out, changing
 * the password, having a role revoked or the account closed all end the account's sessions, so
 * the grants of a token whose session is live are still the account's. That projection follows
 * the registry a moment behind; the gateway, checking first, refuses such tokens at once.
 * Service tokens (not issued by sign-in) have no session to end.
 *
 * Every id a command names is checked to exist and to be the actor's to use, and an unknown id
 * is refused exactly like one that is not the actor's (FORBIDDEN, same message: no existence
 * oracle): a volunteer signed up or certified by someone else must belong to a unit the actor
 * has the permission over (their home unit, from this service's projection of the registry's
 * people); attendance only for volunteers holding a confirmed place on the shift; a responsible
 * cadre must hold a position in such a unit; a campaign an activity joins must cover its
 * organiser unit or be the actor's. What a command needs (its rights: permission, units and ids)
 * is declared beside its payload in the contracts; a command type without declared rights is refused.
 */
export function campaignsAuthoriser(options: {
  secret: Buffer;
  lookups: CampaignLookups;
  hierarchy: UnitLineages;
  endedSessions: Pick<EndedSessions, 'isEnded'>;
  people: PeopleUnits;
}) {
  const organiserOfActivity = async (activityId: string): Promise<string> => (await options.lookups.activityOrganiserOf(activityId)) ?? NO_UNIT;
  const organiserOfShift = async (shiftId: string): Promise<string> => {
    const activityId = await options.lookups.shiftActivityOf(shiftId);
    return activityId === undefined ? NO_UNIT : organiserOfActivity(activityId);
  };

  /** The first unit and date the grants do not cover, as a refusal; undefined when they cover them all. */
  const refusalOf = (grants: readonly Grant[], permission: CampaignPermission, units: string[], today: string, dates: string[]): DomainError | undefined => {
    for (const unit of units) {
      for (const date of dates) {
        // On the effective date a unit that did not exist yet has no lineage to check; today's check always applies.
        if (date !== today && !options.hierarchy.existsOn(unit, date)) continue;
        const lineage = options.hierarchy.lineageOf(unit, date);
        if (lineage.length === 0 || !campaignAllows(grants, permission, lineage)) {
          return forbiddenError('FORBIDDEN', `not allowed to ${permission} in unit ${unit} as of ${date}`, { unitId: unit, date });
        }
      }
    }
    return undefined;
  };

  const covers = (grants: readonly Grant[], permission: CampaignPermission, unit: string, today: string): boolean => {
    const lineage = options.hierarchy.lineageOf(unit, today);
    return lineage.length > 0 && campaignAllows(grants, permission, lineage);
  };

  /** The first id named by the command (volunteer, cadre, campaign) that is unknown or not the actor's to use, as a refusal. */
  const idRefusalOf = async (grants: readonly Grant[], scope: CampaignCommandScope, today: string): Promise<DomainError | undefined> => {
    if (scope.volunteerId !== undefined) {
      const homeUnit = await options.people.homeUnitOf(scope.volunteerId, today);
      if (!homeUnit || !covers(grants, scope.permission, homeUnit, today)) {
        return forbiddenError('FORBIDDEN', `not allowed to ${scope.permission} for volunteer ${scope.volunteerId}`, { volunteerId: scope.volunteerId });
      }
    }
    if (scope.cadreId !== undefined) {
      const units = await options.people.positionUnitsOf(scope.cadreId);
      if (!units.some((unit) => covers(grants, scope.permission, unit, today))) {
        return forbiddenError('FORBIDDEN', `not allowed to name cadre ${scope.cadreId} as responsible`, { cadreId: scope.cadreId });
      }
    }
    if (scope.campaignId !== undefined) {
      const campaign = await options.lookups.campaignOf(scope.campaignId);
      const organiserLineage = scope.organiserUnitId ? options.hierarchy.lineageOf(scope.organiserUnitId, today) : [];
      const joinable = campaign.status !== 'none' && (organiserLineage.includes(campaign.unitId) || covers(grants, scope.permission, campaign.unitId, today));
      if (!joinable)
        return forbiddenError('FORBIDDEN', `not allowed to organise an activity in campaign ${scope.campaignId}`, { campaignId: scope.campaignId });
    }
    return undefined;
  };

  /** Attendance is recorded only for volunteers holding a confirmed place on the shift (an unknown volunteer alike). */
  const requirePlaces = async (scope: CampaignCommandScope): Promise<void> => {
    if (!scope.placedVolunteerIds?.length || !scope.shiftId) return;
    const shift = await options.lookups.shiftOf(scope.shiftId);
    const confirmed = shift.status === 'none' ? [] : shift.confirmed;
    const outsider = scope.placedVolunteerIds.find((volunteerId) => !confirmed.includes(volunteerId));
    if (outsider !== undefined) throw forbiddenError('FORBIDDEN', `volunteer ${outsider} holds no confirmed place on this shift`, { volunteerId: outsider });
  };

  /** A unit merged away or dissolved by the day the command takes effect organises nothing new (as the registry refuses it new volunteers). */
  const requireActiveOrganiser = async (scope: CampaignCommandScope, date: string): Promise<void> => {
    if (!scope.organiserUnitId) return;
    if (options.hierarchy.isActiveOn(scope.organiserUnitId, date)) return;
    // Maybe only a unit created a moment ago that has not reached us yet.
    if (!(await options.hierarchy.catchUp())) {
      throw concurrencyError('HIERARCHY.CATCHING_UP', 'the organisation hierarchy is still being brought up to date here; try again in a moment', {
        units: [scope.organiserUnitId],
      });
    }
    if (options.hierarchy.isActiveOn(scope.organiserUnitId, date)) return;
    throw validationError('UNIT.NOT_ACTIVE', scope.organiserField ?? 'profile.organiserUnitId', `unit ${scope.organiserUnitId} is not active on ${date}`, {
      unitId: scope.organiserUnitId,
      date,
    });
  };

  /** The actor's rights over every unit and id the command names (not for a system administrator). */
  const requireRights = async (grants: readonly Grant[], scope: CampaignCommandScope, today: string, dates: string[]): Promise<void> => {
    const units = scope.units.map((unit) => unit || NO_UNIT);
    if (scope.activityId !== undefined) units.push(scope.activityId ? await organiserOfActivity(scope.activityId) : NO_UNIT);
    if (scope.shiftId !== undefined) units.push(scope.shiftId ? await organiserOfShift(scope.shiftId) : NO_UNIT);
    if (units.includes(NO_UNIT)) {
      throw forbiddenError('FORBIDDEN', `not allowed to ${scope.permission} without a known unit`, { unitId: NO_UNIT });
    }
    const check = async () => refusalOf(grants, scope.permission, units, today, dates) ?? (await idRefusalOf(grants, scope, today));
    if (!(await check())) return;
    // "No" may only mean that the registry's latest events (a unit, a volunteer, an appointment) have not reached us yet.
    if (!(await options.hierarchy.catchUp())) {
      throw concurrencyError('HIERARCHY.CATCHING_UP', 'the organisation hierarchy is still being brought up to date here; try again in a moment', { units });
    }
    const refusal = await check();
    if (refusal) throw refusal;
  };

  return async (envelope: CommandEnvelope, rights: unknown): Promise<void> => {
    const claims = claimsOf(envelope, options.secret, new Date());
    if (claims.sub !== envelope.actor.id) throw forbiddenError('FORBIDDEN', 'the command was given for another actor than the token holder');
    if (claims.kind !== 'service' && (await options.endedSessions.isEnded(claims.sub, claims.sid))) {
      throw forbiddenError('AUTH.SESSION_ENDED', 'the session of this access token has ended or the account is closed; sign in again', {
        sessionId: claims.sid,
      });
    }
    // Fail closed: a command type added without declared rights is refused, never let through (no campaigns command is open).
    if (rights === undefined || rights === null) throw forbiddenError('FORBIDDEN', `command ${envelope.type} has no declared authorisation scope`);
    const scope = rights as CampaignCommandScope;
    const today = vietnamDateOf(envelope.issuedAt);
    const effective = effectiveDateOf(envelope);
    const dates = effective && effective !== today ? [today, effective] : [today];
    await options.hierarchy.refresh();

    const self = scope.selfVolunteerId && claims.kind === 'volunteer' && claims.personId === scope.selfVolunteerId;
    // A grant with no unit (a system administrator): everywhere, whatever the hierarchy says.
    if (!self && !campaignAllows(claims.grants, scope.permission, [])) {
      await requireRights(claims.grants, scope, today, dates);
      await requirePlaces(scope);
    }
    await requireActiveOrganiser(scope, effective ?? today);
  };
}
