import { assertNever } from '@tn/shared-decider';
import type { ShiftEvent } from './shift.events';
import { type ShiftState, without } from './shift.types';

export const initialShift = (): ShiftState => ({ status: 'none' });

export function evolveShift(state: ShiftState, event: ShiftEvent): ShiftState {
  if (event.type === 'ShiftScheduled') {
    const { shiftId, activityId, roleId, roleName, requiredSkills, minimumAge, requiresApproval, startsAt, endsAt, capacity, waitlist } = event.data;
    const role = { roleId, name: roleName, requiredSkills, requiresApproval, ...(minimumAge === undefined ? {} : { minimumAge }) };
    return { status: 'scheduled', shiftId, activityId, role, startsAt, endsAt, capacity, waitlist, confirmed: [], waitlisted: [], pending: [] };
  }
  if (state.status === 'none') return state;
  const { volunteerId } = 'volunteerId' in event.data ? event.data : { volunteerId: '' };
  switch (event.type) {
    case 'ShiftCapacityChanged':
      return { ...state, capacity: event.data.capacity };
    case 'SignUpRequested':
      return { ...state, pending: [...state.pending, volunteerId] };
    case 'SignUpApproved':
      return { ...state, pending: without(state.pending, volunteerId) };
    case 'SignUpRejected':
      return { ...state, pending: without(state.pending, volunteerId) };
    case 'SignUpConfirmed':
      return { ...state, confirmed: [...state.confirmed, volunteerId] };
    case 'SignUpWaitlisted':
      return { ...state, waitlisted: [...state.waitlisted, volunteerId] };
    case 'SignUpCancelled':
      return {
        ...state,
        confirmed: without(state.confirmed, volunteerId),
        waitlisted: without(state.waitlisted, volunteerId),
        pending: without(state.pending, volunteerId),
      };
    case 'WaitlistPromoted':
      return { ...state, waitlisted: without(state.waitlisted, volunteerId), confirmed: [...state.confirmed, volunteerId] };
    default:
      return assertNever(event);
  }
}
