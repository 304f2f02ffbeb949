import { commandType, eventType, IsFiniteNumber, IsIsoDateTime, IsNonEmptyText, Nested, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';
import { type CampaignCommandScope, onActivity, onShift } from '../common/command-rights';

/**
 * Shifts and sign-ups (one stream per shift: capacity, places and the waitlist are consistent
 * within it). Volunteers by id only: their age, skills and guardian consent arrive in the
 * sign-up command, are checked, and are never written to an event.
 */

export const SHIFT_STREAM_TYPE = 'shift';
export const shiftStreamId = (shiftId: string) => streamIdOf(SHIFT_STREAM_TYPE, shiftId);

// ---- parts ---------------------------------------------------------------------------------

/**
 * What a role asks of its volunteers, as a command states it: no skills and no approval when
 * absent. A restricted role (`requiresApproval`) puts each sign-up in pending approval.
 */
export class ShiftRolePart {
  @IsString() roleId!: string;
  @IsString() name!: string;
  @IsOptional() @IsArray() @IsString({ each: true }) requiredSkills?: string[];
  @IsOptional() @IsFiniteNumber() minimumAge?: number;
  @IsOptional() @IsBoolean() requiresApproval?: boolean;
}

/**
 * Facts about the volunteer the caller looks up in the registry (never stored in shift events):
 * skills (none when absent), age in full years on the shift's date, and a guardian's consent.
 */
export class VolunteerFactsPart {
  @IsOptional() @IsArray() @IsString({ each: true }) skills?: string[];
  @IsFiniteNumber() ageOnShiftDate!: number;
  @IsBoolean() hasGuardianConsent!: boolean;
}

// ---- commands ------------------------------------------------------------------------------

class ShiftCommandPayload {
  @IsString() shiftId!: string;
}

/** A shift of one role in an activity, with its capacity. Times are ISO date-times with a zone. */
export class ScheduleShift extends ShiftCommandPayload {
  @IsString() activityId!: string;
  @Nested(() => ShiftRolePart) role!: ShiftRolePart;
  @IsString() startsAt!: string;
  @IsString() endsAt!: string;
  @IsFiniteNumber() capacity!: number;
  @IsBoolean() waitlist!: boolean;
}
/** Raising the capacity promotes waitlisted volunteers into the new places. */
export class ChangeShiftCapacity extends ShiftCommandPayload {
  @IsFiniteNumber() capacity!: number;
}
/** `volunteer` carries the facts eligibility needs; only the id reaches the events. */
export class SignUpForShift extends ShiftCommandPayload {
  @IsString() volunteerId!: string;
  @Nested(() => VolunteerFactsPart) volunteer!: VolunteerFactsPart;
}
/** For restricted roles: a pending sign-up is approved (then placed) or rejected. */
export class ApproveSignUp extends ShiftCommandPayload {
  @IsString() volunteerId!: string;
}
export class RejectSignUp extends ShiftCommandPayload {
  @IsString() volunteerId!: string;
  @IsString() reason!: string;
}
/** Cancelling a confirmed place promotes the first waitlisted volunteer in the same decision. */
export class CancelSignUp extends ShiftCommandPayload {
  @IsString() volunteerId!: string;
  @IsOptional() @IsString() reason?: string;
}

const onItsShift = { streamId: (p: ShiftCommandPayload) => shiftStreamId(p.shiftId), rights: (p: ShiftCommandPayload) => onShift(p.shiftId) };

export const shiftCommandTypes = [
  // A new shift: the organiser of its activity.
  commandType('ScheduleShift', ScheduleShift, { streamId: (p) => shiftStreamId(p.shiftId), rights: (p) => onActivity(p.activityId) }),
  commandType('ChangeShiftCapacity', ChangeShiftCapacity, onItsShift),
  // Signing someone else up: the shift's organiser and the volunteer's home unit (nobody learns
  // another province's volunteer's age and skills from the answer); a volunteer signs themselves up.
  commandType('SignUpForShift', SignUpForShift, {
    streamId: (p) => shiftStreamId(p.shiftId),
    rights: (p): CampaignCommandScope => ({ ...onShift(p.shiftId), selfVolunteerId: p.volunteerId, volunteerId: p.volunteerId }),
  }),
  commandType('ApproveSignUp', ApproveSignUp, onItsShift),
  commandType('RejectSignUp', RejectSignUp, onItsShift),
  // Cancelling a place on the organiser's own shift: whoever holds it.
  commandType('CancelSignUp', CancelSignUp, {
    streamId: (p) => shiftStreamId(p.shiftId),
    rights: (p): CampaignCommandScope => ({ ...onShift(p.shiftId), selfVolunteerId: p.volunteerId }),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

class SignUpData {
  @IsNonEmptyText() shiftId!: string;
  @IsNonEmptyText() volunteerId!: string;
}

export class ShiftScheduled {
  @IsNonEmptyText() shiftId!: string;
  @IsNonEmptyText() activityId!: string;
  @IsNonEmptyText() roleId!: string;
  @IsNonEmptyText() roleName!: string;
  @IsArray() @IsString({ each: true }) requiredSkills!: string[];
  @IsOptional() @IsInt() minimumAge?: number;
  @IsBoolean() requiresApproval!: boolean;
  @IsIsoDateTime() startsAt!: string;
  @IsIsoDateTime() endsAt!: string;
  @IsInt() capacity!: number;
  @IsBoolean() waitlist!: boolean;
}
export class ShiftCapacityChanged {
  @IsNonEmptyText() shiftId!: string;
  @IsInt() capacity!: number;
  @IsIsoDateTime() changedAt!: string;
}
export class SignUpRequested extends SignUpData {
  @IsIsoDateTime() requestedAt!: string;
}
export class SignUpApproved extends SignUpData {
  @IsNonEmptyText() approvedBy!: string;
  @IsIsoDateTime() approvedAt!: string;
}
export class SignUpRejected extends SignUpData {
  @IsNonEmptyText() rejectedBy!: string;
  @IsNonEmptyText() reason!: string;
  @IsIsoDateTime() rejectedAt!: string;
}
export class SignUpConfirmed extends SignUpData {
  @IsIsoDateTime() confirmedAt!: string;
}
export class SignUpWaitlisted extends SignUpData {
  @IsIsoDateTime() waitlistedAt!: string;
}
/** `previousStatus` is where the volunteer stood: confirmed, waitlisted or pending-approval. */
export class SignUpCancelled extends SignUpData {
  @IsNonEmptyText() previousStatus!: string;
  @IsIsoDateTime() cancelledAt!: string;
  @IsOptional() @IsString() reason?: string;
}
/** The first waitlisted volunteer takes a freed place. */
export class WaitlistPromoted extends SignUpData {
  @IsIsoDateTime() promotedAt!: string;
}

export const shiftEventTypes = [
  eventType('ShiftScheduled', ShiftScheduled),
  eventType('ShiftCapacityChanged', ShiftCapacityChanged),
  eventType('SignUpRequested', SignUpRequested),
  eventType('SignUpApproved', SignUpApproved),
  eventType('SignUpRejected', SignUpRejected),
  eventType('SignUpConfirmed', SignUpConfirmed),
  eventType('SignUpWaitlisted', SignUpWaitlisted),
  eventType('SignUpCancelled', SignUpCancelled),
  eventType('WaitlistPromoted', WaitlistPromoted),
] as const;
