import type { ShiftRole, VolunteerFacts } from './shift.types';

/** A shift of one role in an activity, with its capacity. Times are ISO date-times with a zone. */
export type ScheduleShift = {
  type: 'ScheduleShift';
  shiftId: string;
  activityId: string;
  role: ShiftRole;
  startsAt: string;
  endsAt: string;
  capacity: number;
  waitlist: boolean;
};

/** Raising the capacity promotes waitlisted volunteers into the new places. */
export type ChangeShiftCapacity = { type: 'ChangeShiftCapacity'; shiftId: string; capacity: number; changedAt: string };

/** `volunteer` carries the facts looked up for eligibility; only the id reaches the events. */
export type SignUpForShift = {
  type: 'SignUpForShift';
  shiftId: string;
  volunteerId: string;
  volunteer: VolunteerFacts;
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
