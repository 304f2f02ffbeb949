import { streamIdOf } from '@tn/shared-event-contracts';

/** Volunteers appear in shift events by id only: no names, ages or contacts (domain.md §8). */
export type ShiftScheduled = {
  type: 'ShiftScheduled';
  data: {
    shiftId: string;
    activityId: string;
    roleId: string;
    roleName: string;
    requiredSkills: string[];
    minimumAge?: number;
    requiresApproval: boolean;
    startsAt: string;
    endsAt: string;
    capacity: number;
    waitlist: boolean;
  };
};
export type ShiftCapacityChanged = { type: 'ShiftCapacityChanged'; data: { shiftId: string; capacity: number; changedAt: string } };
export type SignUpRequested = { type: 'SignUpRequested'; data: { shiftId: string; volunteerId: string; requestedAt: string } };
export type SignUpApproved = { type: 'SignUpApproved'; data: { shiftId: string; volunteerId: string; approvedBy: string; approvedAt: string } };
export type SignUpRejected = {
  type: 'SignUpRejected';
  data: { shiftId: string; volunteerId: string; rejectedBy: string; reason: string; rejectedAt: string };
};
export type SignUpConfirmed = { type: 'SignUpConfirmed'; data: { shiftId: string; volunteerId: string; confirmedAt: string } };
export type SignUpWaitlisted = { type: 'SignUpWaitlisted'; data: { shiftId: string; volunteerId: string; waitlistedAt: string } };
/** `previousStatus` is where the volunteer stood: confirmed, waitlisted or pending-approval. */
export type SignUpCancelled = {
  type: 'SignUpCancelled';
  data: { shiftId: string; volunteerId: string; previousStatus: string; cancelledAt: string; reason?: string };
};
/** The first waitlisted volunteer takes a freed place. */
export type WaitlistPromoted = { type: 'WaitlistPromoted'; data: { shiftId: string; volunteerId: string; promotedAt: string } };

export type ShiftEvent =
  | ShiftScheduled
  | ShiftCapacityChanged
  | SignUpRequested
  | SignUpApproved
  | SignUpRejected
  | SignUpConfirmed
  | SignUpWaitlisted
  | SignUpCancelled
  | WaitlistPromoted;

/** One stream per shift: capacity, places and the waitlist are consistent within it. */
export const SHIFT_STREAM_TYPE = 'shift';
export const shiftStreamId = (shiftId: string) => streamIdOf(SHIFT_STREAM_TYPE, shiftId);
