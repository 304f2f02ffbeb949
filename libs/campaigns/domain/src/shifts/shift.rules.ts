import type { ShiftRole } from '@tn/campaigns-contracts';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import { illegalStateAt, instantOf, requireIsoDateTime, requireText, requireWholeNumber } from '../common/rules';
import { ADULT_AGE } from '../common/types';
import type { LookedUpActivityStatus } from '../outputs/results.types';
import type { ScheduleShift } from './shift.commands';
import type { ScheduledShift, ShiftState, VolunteerFacts } from './shift.types';

export function requireShift(state: ShiftState, shiftId: string): ScheduledShift {
  if (state.status === 'none') throw notFoundError('SHIFT.NOT_FOUND', `shift ${shiftId} is not scheduled`, { shiftId });
  return state;
}

function requireRole(role: ShiftRole): void {
  requireText(role?.roleId, 'SHIFT.ROLE_REQUIRED', 'role.roleId', 'a role id');
  requireText(role.name, 'SHIFT.ROLE_REQUIRED', 'role.name', 'a role name');
  if (!Array.isArray(role.requiredSkills) || role.requiredSkills.some((skill) => typeof skill !== 'string' || !skill.trim())) {
    throw validationError('SHIFT.SKILLS_INVALID', 'role.requiredSkills', 'required skills are a list of skill names');
  }
  if (role.minimumAge !== undefined) requireWholeNumber(role.minimumAge, 0, 'SHIFT.MINIMUM_AGE_INVALID', 'role.minimumAge');
  if (typeof role.requiresApproval !== 'boolean') {
    throw validationError('SHIFT.APPROVAL_FLAG_INVALID', 'role.requiresApproval', 'say whether the role needs approval');
  }
}

/**
 * The longest plausible shift: one day. A longer stretch of work is several shifts (a volunteer's
 * hours are credited per shift, so one ten-year "shift" would credit anything).
 */
export const MAX_SHIFT_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;

/** Shifts and sign-ups are for an activity that can still take place: not cancelled, not over. */
export function requireActivityOpen(status: LookedUpActivityStatus, activityId: string, field: string): void {
  if (status === 'none') throw notFoundError('ACTIVITY.NOT_FOUND', `activity ${activityId} does not exist`, { activityId });
  if (status === 'cancelled') throw illegalStateAt('ACTIVITY.CANCELLED', field, `activity ${activityId} was cancelled`, { activityId, status });
  if (status === 'completed' || status === 'evaluated') {
    throw illegalStateAt('SHIFT.ACTIVITY_OVER', field, `activity ${activityId} is ${status}`, { activityId, status });
  }
}

export function requireSchedule(command: ScheduleShift): void {
  requireText(command.shiftId, 'SHIFT.ID_REQUIRED', 'shiftId', 'a shift id');
  requireText(command.activityId, 'SHIFT.ACTIVITY_REQUIRED', 'activityId', 'an activity');
  requireRole(command.role);
  requireIsoDateTime(command.startsAt, 'startsAt');
  requireIsoDateTime(command.endsAt, 'endsAt');
  if (instantOf(command.endsAt) <= instantOf(command.startsAt)) {
    throw validationError('SHIFT.TIMES_INVALID', 'endsAt', 'a shift ends after it starts', { startsAt: command.startsAt });
  }
  if (instantOf(command.endsAt) - instantOf(command.startsAt) > MAX_SHIFT_HOURS * HOUR_MS) {
    throw validationError('SHIFT.TOO_LONG', 'endsAt', `a shift lasts at most ${MAX_SHIFT_HOURS} hours`, { maxHours: MAX_SHIFT_HOURS });
  }
  requireWholeNumber(command.capacity, 1, 'SHIFT.CAPACITY_INVALID', 'capacity');
  if (typeof command.waitlist !== 'boolean') throw validationError('SHIFT.WAITLIST_FLAG_INVALID', 'waitlist', 'say whether the shift keeps a waitlist');
}

/**
 * Eligibility for the role, in order: skills, minimum age, then a guardian's consent for a minor
 * (a consent cannot make someone old enough, so age is checked first).
 */
export function requireEligible(role: ShiftRole, volunteer: VolunteerFacts): void {
  const skills = Array.isArray(volunteer?.skills) ? volunteer.skills : [];
  const missing = role.requiredSkills.filter((skill) => !skills.includes(skill));
  if (missing.length > 0) {
    throw validationError('SIGNUP.NOT_ELIGIBLE', 'skills', `the role needs ${missing.join(', ')}`, { missing });
  }
  if (!Number.isInteger(volunteer.ageOnShiftDate) || volunteer.ageOnShiftDate < 0) {
    throw validationError('SIGNUP.AGE_UNKNOWN', 'volunteer.ageOnShiftDate', "the volunteer's age on the shift date is required");
  }
  if (role.minimumAge !== undefined && volunteer.ageOnShiftDate < role.minimumAge) {
    throw validationError('SIGNUP.NOT_ELIGIBLE', 'minimumAge', `the role needs volunteers aged ${role.minimumAge} or more`, {
      minimumAge: role.minimumAge,
      age: volunteer.ageOnShiftDate,
    });
  }
  if (volunteer.ageOnShiftDate < ADULT_AGE && volunteer.hasGuardianConsent !== true) {
    throw validationError('SIGNUP.GUARDIAN_CONSENT_REQUIRED', 'volunteer.hasGuardianConsent', `a volunteer under ${ADULT_AGE} needs a guardian's consent`, {
      adultAge: ADULT_AGE,
    });
  }
}

/** Sign-ups close when the shift starts. */
export function requireNotStarted(shift: ScheduledShift, at: string, field: string): void {
  requireIsoDateTime(at, field);
  if (instantOf(at) >= instantOf(shift.startsAt)) {
    throw illegalStateAt('SHIFT.ALREADY_STARTED', field, `shift ${shift.shiftId} started at ${shift.startsAt}`, { startsAt: shift.startsAt });
  }
}

/** Full with no waitlist: the only case a sign-up is refused for lack of room. */
export const shiftFull = (shift: ScheduledShift) =>
  illegalStateError('SHIFT.FULL', `shift ${shift.shiftId} is full and keeps no waitlist`, { shiftId: shift.shiftId, capacity: shift.capacity });
