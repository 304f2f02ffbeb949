import type { ShiftPlan, VolunteerFactsPart } from '@tn/campaigns-contracts';

/** A role as decided (its one shape is in the contracts, beside the message part it comes from). */
export type { ShiftRole } from '@tn/campaigns-contracts';

/**
 * Facts about the volunteer, looked up by the caller from the registry (never stored in shift
 * events): skills, age in full years on the shift's date, and whether a guardian consented.
 */
export type VolunteerFacts = VolunteerFactsPart & { skills: string[] };

export type SignUpStatus = 'pending-approval' | 'confirmed' | 'waitlisted';

export type ScheduledShift = ShiftPlan & {
  status: 'scheduled';
  /** Volunteer ids in the order they were confirmed. */
  confirmed: readonly string[];
  /** Volunteer ids in waitlist order (first in, first promoted). */
  waitlisted: readonly string[];
  pending: readonly string[];
};

export type ShiftState = { status: 'none' } | ScheduledShift;

/** Where a volunteer stands on the shift, if anywhere. */
export function signUpStatusOf(shift: ScheduledShift, volunteerId: string): SignUpStatus | undefined {
  if (shift.confirmed.includes(volunteerId)) return 'confirmed';
  if (shift.waitlisted.includes(volunteerId)) return 'waitlisted';
  if (shift.pending.includes(volunteerId)) return 'pending-approval';
  return undefined;
}

/** Places left before the shift is full. */
export const freePlaces = (shift: ScheduledShift): number => Math.max(0, shift.capacity - shift.confirmed.length);

export const without = (list: readonly string[], volunteerId: string): string[] => list.filter((id) => id !== volunteerId);
