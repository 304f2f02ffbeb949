import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, validationError } from '../common/errors';
import { illegalStateAt, requireIsoDateTime, requireText, requireWholeNumber } from '../common/rules';
import type { CancelSignUp, ChangeShiftCapacity, ScheduleShift, ShiftCommand, SignUpForShift } from './shift.commands';
import type { ShiftEvent } from './shift.events';
import { evolveShift, initialShift } from './shift.evolve';
import { requireActivityOpen, requireEligible, requireNotStarted, requireSchedule, requireShift, shiftFull } from './shift.rules';
import { freePlaces, type ScheduledShift, type ShiftState, signUpStatusOf } from './shift.types';

/** A confirmed place while one is free; else the waitlist, when the shift keeps one; else SHIFT.FULL. */
function place(shift: ScheduledShift, volunteerId: string, at: string): ShiftEvent {
  if (freePlaces(shift) > 0) return { type: 'SignUpConfirmed', data: { shiftId: shift.shiftId, volunteerId, confirmedAt: at } };
  if (shift.waitlist) return { type: 'SignUpWaitlisted', data: { shiftId: shift.shiftId, volunteerId, waitlistedAt: at } };
  throw shiftFull(shift);
}

/** The first `count` waitlisted volunteers take freed places, in waitlist order. */
const promote = (shift: ScheduledShift, count: number, at: string): ShiftEvent[] =>
  shift.waitlisted
    .slice(0, Math.max(0, count))
    .map((volunteerId) => ({ type: 'WaitlistPromoted', data: { shiftId: shift.shiftId, volunteerId, promotedAt: at } }));

function schedule(command: ScheduleShift, state: ShiftState): ShiftEvent[] {
  if (state.status !== 'none') throw illegalStateError('SHIFT.ALREADY_EXISTS', `shift ${command.shiftId} already exists`, { shiftId: command.shiftId });
  requireSchedule(command);
  requireActivityOpen(command.activityStatus, command.activityId, 'activityId');
  const { shiftId, activityId, role, startsAt, endsAt, capacity, waitlist } = command;
  const { roleId, name: roleName, requiredSkills, minimumAge, requiresApproval } = role;
  const data = { shiftId, activityId, roleId, roleName, requiredSkills, requiresApproval, startsAt, endsAt, capacity, waitlist };
  return [{ type: 'ShiftScheduled', data: minimumAge === undefined ? data : { ...data, minimumAge } }];
}

function changeCapacity(command: ChangeShiftCapacity, state: ShiftState): ShiftEvent[] {
  const shift = requireShift(state, command.shiftId);
  requireWholeNumber(command.capacity, 1, 'SHIFT.CAPACITY_INVALID', 'capacity');
  requireIsoDateTime(command.changedAt, 'changedAt');
  if (command.capacity < shift.confirmed.length) {
    throw validationError('SHIFT.CAPACITY_BELOW_CONFIRMED', 'capacity', `${shift.confirmed.length} volunteers are already confirmed`, {
      confirmed: shift.confirmed.length,
    });
  }
  if (command.capacity === shift.capacity) return [];
  const changed: ShiftEvent = { type: 'ShiftCapacityChanged', data: { shiftId: shift.shiftId, capacity: command.capacity, changedAt: command.changedAt } };
  return [changed, ...promote(shift, command.capacity - shift.confirmed.length, command.changedAt)];
}

function signUp(command: SignUpForShift, state: ShiftState): ShiftEvent[] {
  const shift = requireShift(state, command.shiftId);
  requireText(command.volunteerId, 'SIGNUP.VOLUNTEER_REQUIRED', 'volunteerId', 'a volunteer');
  requireActivityOpen(command.activityStatus, shift.activityId, 'shiftId');
  requireNotStarted(shift, command.signedUpAt, 'signedUpAt');
  const current = signUpStatusOf(shift, command.volunteerId);
  if (current) {
    throw illegalStateAt('SIGNUP.DUPLICATE', 'volunteerId', `volunteer ${command.volunteerId} is already ${current}`, { status: current });
  }
  requireEligible(shift.role, command.volunteer);
  if (shift.role.requiresApproval) {
    return [{ type: 'SignUpRequested', data: { shiftId: shift.shiftId, volunteerId: command.volunteerId, requestedAt: command.signedUpAt } }];
  }
  return [place(shift, command.volunteerId, command.signedUpAt)];
}

/** Leaving a confirmed place frees it for the first waitlisted volunteer, in the same decision. */
function cancel(command: CancelSignUp, state: ShiftState): ShiftEvent[] {
  const shift = requireShift(state, command.shiftId);
  requireIsoDateTime(command.cancelledAt, 'cancelledAt');
  const { shiftId, volunteerId, cancelledAt, reason } = command;
  const previousStatus = signUpStatusOf(shift, volunteerId);
  if (!previousStatus) throw illegalStateAt('SIGNUP.NOT_FOUND', 'volunteerId', `volunteer ${volunteerId} is not signed up`, { volunteerId });
  const cancelled: ShiftEvent = { type: 'SignUpCancelled', data: { shiftId, volunteerId, previousStatus, cancelledAt, ...(reason ? { reason } : {}) } };
  return previousStatus === 'confirmed' ? [cancelled, ...promote(shift, 1, cancelledAt)] : [cancelled];
}

function pendingOf(state: ShiftState, shiftId: string, volunteerId: string): ScheduledShift {
  const shift = requireShift(state, shiftId);
  if (!shift.pending.includes(volunteerId)) {
    throw illegalStateAt('SIGNUP.NOT_PENDING', 'volunteerId', `volunteer ${volunteerId} has no sign-up awaiting approval`, { volunteerId });
  }
  return shift;
}

function decideShift(command: ShiftCommand, state: ShiftState): ShiftEvent[] {
  switch (command.type) {
    case 'ScheduleShift':
      return schedule(command, state);
    case 'ChangeShiftCapacity':
      return changeCapacity(command, state);
    case 'SignUpForShift':
      return signUp(command, state);
    case 'ApproveSignUp': {
      const { shiftId, volunteerId, approvedBy, approvedAt } = command;
      const shift = pendingOf(state, shiftId, volunteerId);
      requireText(approvedBy, 'SIGNUP.APPROVER_REQUIRED', 'approvedBy', 'an approver');
      requireIsoDateTime(approvedAt, 'approvedAt');
      return [{ type: 'SignUpApproved', data: { shiftId, volunteerId, approvedBy, approvedAt } }, place(shift, volunteerId, approvedAt)];
    }
    case 'RejectSignUp': {
      const { shiftId, volunteerId, rejectedBy, reason, rejectedAt } = command;
      pendingOf(state, shiftId, volunteerId);
      requireText(reason, 'SIGNUP.REJECT_REASON_REQUIRED', 'reason', 'a reason');
      requireIsoDateTime(rejectedAt, 'rejectedAt');
      return [{ type: 'SignUpRejected', data: { shiftId, volunteerId, rejectedBy, reason, rejectedAt } }];
    }
    case 'CancelSignUp':
      return cancel(command, state);
    default:
      return assertNever(command);
  }
}

/** A shift (one stream each): capacity, sign-ups, approval and a FIFO waitlist. */
export const shiftDecider: Decider<ShiftCommand, ShiftEvent, ShiftState> = {
  initialState: initialShift,
  decide: decideShift,
  evolve: evolveShift,
};
