import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PlannedShift } from '@tn/campaigns-contracts';
import { DomainError } from '@tn/shared-decider';
import { ApiError, apiError, fromCommandReplyError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, type RequestUser, requireUser } from '@tn/gateway-core';
import { vietnamDateOf, type VolunteerDoc } from '@tn/gateway-registry';
import { requireActivityPermission } from '../activities/activities.resolver';
import { CampaignsClient } from '../core/campaigns-client';
import { campaignsOf } from '../core/campaigns-directory';
import { campaignAllows, type CampaignPermission } from '../core/campaign-permissions';
import { isSameOccurrence, recurringShiftCommands, scheduleCommandIdOf, schedulePayloadOf } from './recurring-shifts';
import {
  ApproveSignUpInput,
  CancelSignUpInput,
  ChangeShiftCapacityInput,
  RecurringShiftsView,
  RejectSignUpInput,
  ScheduleRecurringShiftsInput,
  ScheduleShiftInput,
  ShiftView,
  SignUpForShiftInput,
} from './shift.models';
import type { ShiftDoc } from './shift.read-model';
import { volunteerInScope } from './volunteer-in-scope';

/** Occurrences scheduled at the same time: enough to be quick, few enough not to flood the service. */
const RECURRENCE_CONCURRENCY = 4;
/** The expansion's date fields, as the mutation's input names them. */
const RECURRENCE_FIELDS: Readonly<Record<string, string>> = { fromDate: 'from', toDate: 'to' };

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

  @Query(() => [ShiftView], { description: "An activity's shifts, in start order." })
  async shifts(@Context() context: GatewayContext, @Args('activityId', { type: () => ID }) activityId: string): Promise<ShiftView[]> {
    await requireActivityPermission(context, 'campaigns:read', activityId);
    const docs = await campaignsOf(context).shiftsOf(activityId);
    return docs.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.shiftId.localeCompare(b.shiftId)).map(shiftView);
  }

  @Query(() => ShiftView, { nullable: true, description: 'A shift with its sign-up counts and the waitlist in order.' })
  async shift(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<ShiftView | null> {
    // Who asks comes first, and only someone who reads everywhere learns that a shift does not exist:
    // anyone else hears the same as for a shift not theirs (no existence oracle).
    const user = requireUser(context);
    const doc = await campaignsOf(context).shift(id);
    if (!doc) {
      if (!campaignAllows(user.claims.grants, 'campaigns:read', []))
        throw apiError({ code: 'FORBIDDEN', details: { permission: 'campaigns:read' } }, context.language);
      return null;
    }
    await requireActivityPermission(context, 'campaigns:read', doc.activityId);
    return shiftView(doc);
  }

  @Mutation(() => CommandResultView)
  async scheduleShift(@Context() context: GatewayContext, @Args('input') input: ScheduleShiftInput): Promise<CommandResultView> {
    const { user } = await requireActivityPermission(context, 'campaigns:write', input.activityId);
    const shiftId = input.shiftId ?? freshIdOf(context);
    const outcome = await this.client.command('ScheduleShift', { ...input, role: { ...input.role }, shiftId }, user, context.language);
    return { id: shiftId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Sign up (yourself, or a volunteer of your unit): confirmed, waitlisted or pending approval.' })
  async signUpForShift(@Context() context: GatewayContext, @Args('input') input: SignUpForShiftInput): Promise<CommandResultView> {
    const volunteerId = this.volunteerOf(context, input.volunteerId);
    const shift = await this.shiftFor(context, input.shiftId);
    const user = await this.requireSelfOrAllowed(context, shift, volunteerId, 'campaigns:write');
    // Facts only about a volunteer the actor may act on: another unit's volunteer answers as an unknown one.
    const volunteer = await volunteerInScope(context, 'campaigns:write', volunteerId);
    if (!volunteer) throw apiError({ code: 'VOLUNTEER.NOT_FOUND', kind: 'not-found', field: 'volunteerId' }, context.language);
    const payload = { shiftId: shift.shiftId, volunteerId, volunteer: volunteerFacts(volunteer, shift.startsAt) };
    const outcome = await this.client.command('SignUpForShift', payload, user, context.language);
    return { id: shift.shiftId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Cancel a sign-up; the first waitlisted volunteer takes the freed place.' })
  async cancelSignUp(@Context() context: GatewayContext, @Args('input') input: CancelSignUpInput): Promise<CommandResultView> {
    const volunteerId = this.volunteerOf(context, input.volunteerId);
    const shift = await this.shiftFor(context, input.shiftId);
    const user = await this.requireSelfOrAllowed(context, shift, volunteerId, 'campaigns:write');
    const payload = { shiftId: shift.shiftId, volunteerId, ...(input.reason ? { reason: input.reason } : {}) };
    const outcome = await this.client.command('CancelSignUp', payload, user, context.language);
    return { id: shift.shiftId, ...outcome };
  }

  /** A command on an existing shift by someone with the permission over its activity's organiser. */
  private async onShift(context: GatewayContext, type: string, shiftId: string, payload: Record<string, unknown>): Promise<CommandResultView> {
    const shift = await this.shiftFor(context, shiftId);
    const { user } = await requireActivityPermission(context, 'campaigns:write', shift.activityId);
    const outcome = await this.client.command(type, { shiftId: shift.shiftId, ...payload }, user, context.language);
    return { id: shift.shiftId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Change how many places a shift has; raising it promotes waitlisted volunteers in order.' })
  changeShiftCapacity(@Context() context: GatewayContext, @Args('input') input: ChangeShiftCapacityInput): Promise<CommandResultView> {
    return this.onShift(context, 'ChangeShiftCapacity', input.shiftId, { capacity: input.capacity });
  }

  @Mutation(() => CommandResultView, {
    description: 'Approve a sign-up awaiting approval (restricted roles): the volunteer is placed, or waitlisted when full.',
  })
  approveSignUp(@Context() context: GatewayContext, @Args('input') input: ApproveSignUpInput): Promise<CommandResultView> {
    return this.onShift(context, 'ApproveSignUp', input.shiftId, { volunteerId: input.volunteerId });
  }

  @Mutation(() => CommandResultView, { description: 'Reject a sign-up awaiting approval (restricted roles), with a reason.' })
  rejectSignUp(@Context() context: GatewayContext, @Args('input') input: RejectSignUpInput): Promise<CommandResultView> {
    return this.onShift(context, 'RejectSignUp', input.shiftId, { volunteerId: input.volunteerId, reason: input.reason });
  }

  @Mutation(() => RecurringShiftsView, {
    description:
      'Schedule a shift for every occurrence of weekly slots between two dates (at most a year and a day). Safe to run again with the same templateId: occurrences already scheduled are not scheduled twice.',
  })
  async scheduleRecurringShifts(@Context() context: GatewayContext, @Args('input') input: ScheduleRecurringShiftsInput): Promise<RecurringShiftsView> {
    const { user } = await requireActivityPermission(context, 'campaigns:write', input.activityId);
    // Shift ids are global: the activity's id in front keeps two units' templates of the same name apart.
    const commands = this.expand(context, input, `${input.activityId}-${input.templateId ?? freshIdOf(context)}`);
    const consistencyTokens: string[] = [];
    for (let start = 0; start < commands.length; start += RECURRENCE_CONCURRENCY) {
      const batch = commands.slice(start, start + RECURRENCE_CONCURRENCY);
      const tokens = await Promise.all(batch.map((command) => this.scheduleOccurrence(context, user, command)));
      consistencyTokens.push(...tokens.filter((token): token is string => token !== undefined));
    }
    return { shiftIds: commands.map((command) => command.shiftId), consistencyTokens };
  }

  /** The domain's expansion; its refusals (range too long, bad slot) named by the input's fields. */
  private expand(context: GatewayContext, input: ScheduleRecurringShiftsInput, templateId: string): PlannedShift[] {
    try {
      return recurringShiftCommands(input, templateId);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const field = error.field === undefined ? undefined : (RECURRENCE_FIELDS[error.field] ?? error.field);
      throw fromCommandReplyError(
        { kind: error.kind, code: error.code, message: error.message, ...(field ? { field } : {}), details: error.details as Record<string, unknown> },
        context.language,
      );
    }
  }

  /**
   * One occurrence. A repeat of the same content is answered by the event store (same command
   * id). A shift already under this id that is the same occurrence (scheduled another way) counts
   * as done; one that differs (another activity, role, time or capacity) keeps the refusal
   * SHIFT.ALREADY_EXISTS: scheduling it differently is a change, not a retry.
   */
  private async scheduleOccurrence(context: GatewayContext, user: RequestUser, command: PlannedShift): Promise<string | undefined> {
    try {
      return (await this.client.command('ScheduleShift', schedulePayloadOf(command), user, context.language, scheduleCommandIdOf(command))).consistencyToken;
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'SHIFT.ALREADY_EXISTS') throw error;
      const existing = await campaignsOf(context).shift(command.shiftId);
      if (!existing || !isSameOccurrence(existing, command)) throw error;
      return undefined;
    }
  }
}
