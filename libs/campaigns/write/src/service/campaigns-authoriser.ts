import { concurrencyError, type DomainError, forbiddenError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import type { Grant } from '@tn/shared-auth';
import { claimsOf } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import type { CampaignLookups } from '../lookups';
import { campaignAllows, type CampaignPermission } from './campaign-permissions';
import { effectiveDateOf } from './command-dates';
import type { EndedSessions } from './ended-sessions';
import { scopeOfCampaignCommand } from './command-scopes';
import type { LocalHierarchy } from './local-hierarchy';

/** A placeholder unit no grant covers: only a system administrator gets past it (then the decider answers "not found"). */
export const NO_UNIT = '(none)';

/** What the authoriser needs of the local hierarchy (LocalHierarchy; a fixed one in tests). */
export type UnitLineages = Pick<LocalHierarchy, 'refresh' | 'catchUp' | 'lineageOf' | 'existsOn'>;

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
 */
export function campaignsAuthoriser(options: { secret: Buffer; lookups: CampaignLookups; hierarchy: UnitLineages; endedSessions: Pick<EndedSessions, 'isEnded'> }) {
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

  return async (envelope: CommandEnvelope): Promise<void> => {
    const claims = claimsOf(envelope, options.secret, new Date());
    if (claims.sub !== envelope.actor.id) throw forbiddenError('FORBIDDEN', 'the command was given for another actor than the token holder');
    if (claims.kind !== 'service' && (await options.endedSessions.isEnded(claims.sub, claims.sid))) {
      throw forbiddenError('AUTH.SESSION_ENDED', 'the session of this access token has ended or the account is closed; sign in again', { sessionId: claims.sid });
    }
    const scope = scopeOfCampaignCommand(envelope);
    if (!scope) return; // unknown types are refused by the dispatcher with their own code
    if (scope.selfVolunteerId && claims.kind === 'volunteer' && claims.personId === scope.selfVolunteerId) return;
    // A grant with no unit (a system administrator): everywhere, whatever the hierarchy says.
    if (campaignAllows(claims.grants, scope.permission, [])) return;
    const units = scope.units.map((unit) => unit || NO_UNIT);
    if (scope.activityId !== undefined) units.push(scope.activityId ? await organiserOfActivity(scope.activityId) : NO_UNIT);
    if (scope.shiftId !== undefined) units.push(scope.shiftId ? await organiserOfShift(scope.shiftId) : NO_UNIT);
    if (units.includes(NO_UNIT)) {
      throw forbiddenError('FORBIDDEN', `not allowed to ${scope.permission} without a known unit`, { unitId: NO_UNIT });
    }
    const today = vietnamDateOf(envelope.issuedAt);
    const effective = effectiveDateOf(envelope);
    const dates = effective && effective !== today ? [today, effective] : [today];

    await options.hierarchy.refresh();
    if (!refusalOf(claims.grants, scope.permission, units, today, dates)) return;
    // "No" may only mean that the registry's latest hierarchy events have not reached us yet.
    if (!(await options.hierarchy.catchUp())) {
      throw concurrencyError('HIERARCHY.CATCHING_UP', 'the organisation hierarchy is still being brought up to date here; try again in a moment', { units });
    }
    const refusal = refusalOf(claims.grants, scope.permission, units, today, dates);
    if (refusal) throw refusal;
  };
}
