import { forbiddenError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { claimsOf } from '@tn/shared-event-sourcing-nest';
import type { CampaignLookups } from '../lookups';
import { campaignAllows } from './campaign-permissions';
import { scopeOfCampaignCommand } from './command-scopes';

/** A placeholder unit no grant covers: only a system administrator gets past it (then the decider answers "not found"). */
export const NO_UNIT = '(none)';

/**
 * The campaigns service's own authorisation (the gateway checks first; this is the second check).
 * The command's access token must be genuine and belong to the command's actor, and its grants
 * must give the permission over every unit the command touches: the units its payload names,
 * and for a command that names only an activity or a shift, the organiser unit of that activity
 * (read from this service's own streams). A volunteer may sign themselves up and cancel their own
 * sign-up. A system administrator may do everything.
 *
 * Only a grant on the unit itself counts (the lineage checked is the unit alone): this service
 * does not own the unit hierarchy and does not ask the registry for it while deciding. Checking
 * the whole subtree needs a local projection of the registry's hierarchy events, which is the next
 * step; until then a province manager cannot act on a commune's campaign unless granted on that
 * commune too. Likewise, grants are taken from the signed token: refusing the token of an ended
 * session or a revoked role before it expires needs a local projection of the registry's account
 * events (the gateway already refuses those tokens before sending a command).
 */
export function campaignsAuthoriser(options: { secret: Buffer; lookups: CampaignLookups }) {
  const organiserOfActivity = async (activityId: string): Promise<string> => (await options.lookups.activityOrganiserOf(activityId)) ?? NO_UNIT;
  const organiserOfShift = async (shiftId: string): Promise<string> => {
    const activityId = await options.lookups.shiftActivityOf(shiftId);
    return activityId === undefined ? NO_UNIT : organiserOfActivity(activityId);
  };

  return async (envelope: CommandEnvelope): Promise<void> => {
    const claims = claimsOf(envelope, options.secret, new Date());
    if (claims.sub !== envelope.actor.id) throw forbiddenError('FORBIDDEN', 'the command was given for another actor than the token holder');
    const scope = scopeOfCampaignCommand(envelope);
    if (!scope) return; // unknown types are refused by the dispatcher with their own code
    if (scope.selfVolunteerId && claims.kind === 'volunteer' && claims.personId === scope.selfVolunteerId) return;
    const units = scope.units.map((unit) => unit || NO_UNIT);
    if (scope.activityId !== undefined) units.push(scope.activityId ? await organiserOfActivity(scope.activityId) : NO_UNIT);
    if (scope.shiftId !== undefined) units.push(scope.shiftId ? await organiserOfShift(scope.shiftId) : NO_UNIT);
    for (const unit of units) {
      if (!campaignAllows(claims.grants, scope.permission, [unit])) {
        throw forbiddenError('FORBIDDEN', `not allowed to ${scope.permission} in unit ${unit}`, { unitId: unit });
      }
    }
  };
}
