import type { LookedUpActivityStatus } from '../outputs/results.types';
import type { ShiftRole, VolunteerFacts } from './shift.types';

/**
 * A shift of one role in an activity, with its capacity. Times are ISO date-times with a zone.
 * `activityStatus` is the activity's status, looked up by the adapter from the activity's stream.
 */
export type ScheduleShift = {
  type: 'ScheduleShift';
  shiftId: string;
  activityId: string;
  activityStatus: LookedUpActivityStatus;
  role: ShiftRole;
  startsAt: string;
  endsAt: string;
  capacity: number;
  waitlist: boolean;
};

/** A shift as planned (for example by expanding a weekly template), before the adapter looks up its activity's status. */
export type PlannedShift = Omit<ScheduleShift, 'activityStatus'>;

/** Raising the capacity promotes waitlisted volunteers into the new places. */
export type ChangeShiftCapacity = { type: 'ChangeShiftCapacity'; shiftId: string; capacity: number; changedAt: string };

/**
 * `volunteer` carries the facts looked up for eligibility; only the id reaches the events.
 * `signedUpAt` is when the command was sent (the envelope's time), never a time the client states;
 * `activityStatus` is the shift's activity's status, looked up by the adapter.
 */
export type SignUpForShift = {
  type: 'SignUpForShift';
  shiftId: string;
  volunteerId: string;
  volunteer: VolunteerFacts;
  activityStatus: LookedUpActivityStatus;
  signedUpAt: string;
};

/** For restricted roles: a pending sign-up is approved (then placed) or rejected. */
export type ApproveSignUp = { type: 'ApproveSignUp'; shiftId: string; volunteerId: string; approvedBy: string; approvedAt: string };
export type RejectSignUp = {
  type: 'RejectSignUp';
  shiftId: string;
  volunteerId: string;
  rejectedBy: string;
  reason: string;
  rejectedAt: string;
};

/** Cancelling a confirmed place promotes the first waitlisted volunteer in the same decision. */
export type CancelSignUp = { type: 'CancelSignUp'; shiftId: string; volunteerId: string; cancelledAt: string; reason?: string };

export type ShiftCommand = ScheduleShift | ChangeShiftCapacity | SignUpForShift | ApproveSignUp | RejectSignUp | CancelSignUp;
