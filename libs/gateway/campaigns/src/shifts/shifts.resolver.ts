import { randomUUID } from 'node:crypto';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, type GatewayContext, peopleOf, type RequestUser, requireUser, vietnamDateOf, type VolunteerDoc } from '@tn/gateway-registry';
import { requireActivityPermission } from '../activities/activities.resolver';
import { CampaignsClient } from '../core/campaigns-client';
import { campaignsOf } from '../core/campaigns-directory';
import type { CampaignPermission } from '../core/campaign-permissions';
import { CancelSignUpInput, ScheduleShiftInput, ShiftView, SignUpForShiftInput } from './shift.models';
import type { ShiftDoc } from './shift.read-model';

export function shiftView(doc: ShiftDoc): ShiftView {
  return {
    id: doc.shiftId,
    activityId: doc.activityId,
    roleId: doc.role.roleId,
    roleName: doc.role.name,
    requiredSkills: doc.role.requiredSkills,
    minimumAge: doc.role.minimumAge ?? null,
    requiresApproval: doc.role.requiresApproval,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    capacity: doc.capacity,
    waitlist: doc.waitlist,
    confirmedCount: doc.confirmed.length,
    waitlistedCount: doc.waitlisted.length,
    pendingCount: doc.pending.length,
    confirmed: doc.confirmed,
    waitlisted: doc.waitlisted,
    pending: doc.pending,
  };
}

/** Age in full years on a date (both `YYYY-MM-DD`). */
export function ageOn(dateOfBirth: string, date: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * What the shift decider needs to know about the volunteer, from the registry's volunteer read
 * model (never from the client): skills, age on the shift's date (Vietnam's date), and whether a
 * guardian's consent is in force. Without a date of birth (erased) the volunteer counts as a minor.
 */
export function volunteerFacts(volunteer: Pick<VolunteerDoc, 'skills' | 'dateOfBirth' | 'consents'>, shiftStartsAt: string) {
  const shiftDate = vietnamDateOf(new Date(shiftStartsAt));
  return {
    skills: volunteer.skills,
    ageOnShiftDate: volunteer.dateOfBirth ? ageOn(volunteer.dateOfBirth, shiftDate) : 0,
    hasGuardianConsent: volunteer.consents.some((consent) => consent.byGuardian && consent.withdrawnAt === undefined),
  };
}

/** Shifts, sign-ups with the waitlist, and attendance uploads. */
@Resolver(() => ShiftView)
export class ShiftsResolver {
  constructor(private readonly client: CampaignsClient) {}

  private async shiftFor(context: GatewayContext, shiftId: string): Promise<ShiftDoc> {
    const shift = await campaignsOf(context).shift(shiftId);
    if (!shift) throw apiError({ code: 'SHIFT.NOT_FOUND', kind: 'not-found', field: 'shiftId' }, context.language);
    return shift;
  }

  /** A volunteer acting on their own sign-up needs no permission; anyone else needs it over the activity's organiser. */
  private async requireSelfOrAllowed(context: GatewayContext, shift: ShiftDoc, volunteerId: string, permission: CampaignPermission): Promise<RequestUser> {
    const user = requireUser(context);
    if (user.claims.personId === volunteerId) return user;
    return (await requireActivityPermission(context, permission, shift.activityId)).user;
  }

  private volunteerOf(context: GatewayContext, volunteerId: string | undefined): string {
    const id = volunteerId ?? requireUser(context).claims.personId;
    if (!id) throw apiError({ code: 'BAD_USER_INPUT', field: 'volunteerId' }, context.language);
    return id;
  }

  @Query(() => ShiftView, { nullable: true, description: 'A shift with its sign-up counts and the waitlist in order.' })
  async shift(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<ShiftView | null> {
    const doc = await campaignsOf(context).shift(id);
    if (!doc) return null;
    await requireActivityPermission(context, 'campaigns:read', doc.activityId);
    return shiftView(doc);
  }

  @Mutation(() => CommandResultView)
  async scheduleShift(@Context() context: GatewayContext, @Args('input') input: ScheduleShiftInput): Promise<CommandResultView> {
    const { user } = await requireActivityPermission(context, 'campaigns:write', input.activityId);
    const shiftId = input.shiftId ?? randomUUID();
    const outcome = await this.client.command('ScheduleShift', { ...input, role: { ...input.role }, shiftId }, user, context.language);
    return { id: shiftId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Sign up (yourself, or a volunteer of your unit): confirmed, waitlisted or pending approval.' })
  async signUpForShift(@Context() context: GatewayContext, @Args('input') input: SignUpForShiftInput): Promise<CommandResultView> {
    const volunteerId = this.volunteerOf(context, input.volunteerId);
    const shift = await this.shiftFor(context, input.shiftId);
    const user = await this.requireSelfOrAllowed(context, shift, volunteerId, 'campaigns:write');
    const volunteer = await peopleOf(context).volunteer(volunteerId);
    if (!volunteer) throw apiError({ code: 'VOLUNTEER.NOT_FOUND', kind: 'not-found', field: 'volunteerId' }, context.language);
    const payload = { shiftId: shift.shiftId, volunteerId, volunteer: volunteerFacts(volunteer, shift.startsAt), signedUpAt: input.signedUpAt ?? new Date().toISOString() };
    const outcome = await this.client.command('SignUpForShift', payload, user, context.language);
    return { id: shift.shiftId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Cancel a sign-up; the first waitlisted volunteer takes the freed place.' })
  async cancelSignUp(@Context() context: GatewayContext, @Args('input') input: CancelSignUpInput): Promise<CommandResultView> {
    const volunteerId = this.volunteerOf(context, input.volunteerId);
    const shift = await this.shiftFor(context, input.shiftId);
    const user = await this.requireSelfOrAllowed(context, shift, volunteerId, 'campaigns:write');
    const payload = { shiftId: shift.shiftId, volunteerId, cancelledAt: input.cancelledAt ?? new Date().toISOString(), ...(input.reason ? { reason: input.reason } : {}) };
    const outcome = await this.client.command('CancelSignUp', payload, user, context.language);
    return { id: shift.shiftId, ...outcome };
  }
}
