import { Context, Query, Resolver } from '@nestjs/graphql';
import { type GatewayContext, requireUser } from '@tn/gateway-core';
import { campaignsOf } from '../core/campaigns-directory';
import { HoursView, SignUpView } from './participation.models';
import { hoursPerShift, type ParticipationDoc } from './participation.read-model';

export function hoursView(volunteerId: string, doc: ParticipationDoc | undefined): HoursView {
  const shifts = doc ? hoursPerShift(doc) : [];
  return {
    volunteerId,
    totalHours: shifts.reduce((total, shift) => total + shift.hours, 0),
    shifts,
    certificates: (doc?.certificates ?? []).map(({ certificateId, campaignId, code, revokedOn, ...rest }) => ({
      id: certificateId,
      campaignId: campaignId ?? null,
      code: code ?? null,
      revokedOn: revokedOn ?? null,
      ...rest,
    })),
  };
}

/** The signed-in volunteer's own view (the account's linked person). */
@Resolver()
export class ParticipationResolver {
  @Query(() => [SignUpView], { description: "The signed-in volunteer's sign-ups, latest first." })
  async mySignUps(@Context() context: GatewayContext): Promise<SignUpView[]> {
    const personId = requireUser(context).claims.personId;
    if (!personId) return [];
    const doc = await campaignsOf(context).participation(personId);
    return [...(doc?.signUps ?? [])].sort((a, b) => b.changedAt.localeCompare(a.changedAt) || a.shiftId.localeCompare(b.shiftId));
  }

  @Query(() => HoursView, { nullable: true, description: "The signed-in volunteer's hours (from attendance) and certificates." })
  async myHours(@Context() context: GatewayContext): Promise<HoursView | null> {
    const personId = requireUser(context).claims.personId;
    if (!personId) return null;
    return hoursView(personId, await campaignsOf(context).participation(personId));
  }
}
