import { type GatewayContext, requireUser } from '@tn/gateway-core';
import { directoryOf, peopleOf, today, type VolunteerDoc } from '@tn/gateway-registry';
import { campaignAllows, type CampaignPermission } from '../core/campaign-permissions';

/** The volunteer's home unit today: the latest move that has taken effect (a move dated later is not yet). */
const homeUnitToday = (volunteer: VolunteerDoc): string | undefined => {
  const date = today();
  return volunteer.homeUnits.filter((home) => home.from <= date).at(-1)?.unitId ?? volunteer.homeUnits[0]?.unitId;
};

/**
 * The volunteer a command names, read only when the actor may act on them: the volunteer
 * themself, or someone with the permission over the volunteer's home unit. Undefined for an
 * unknown volunteer and for one outside the actor's rights alike, so the caller gives both the
 * same refusal and no fact (age, skills) about someone else's volunteer reaches the answer.
 */
export async function volunteerInScope(context: GatewayContext, permission: CampaignPermission, volunteerId: string): Promise<VolunteerDoc | undefined> {
  const user = requireUser(context);
  const volunteer = await peopleOf(context).volunteer(volunteerId);
  if (!volunteer) return undefined;
  if (user.claims.personId === volunteerId) return volunteer;
  const home = homeUnitToday(volunteer);
  if (!home) return undefined;
  return campaignAllows(user.claims.grants, permission, await directoryOf(context).lineage(home, today())) ? volunteer : undefined;
}
