import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateAt, illegalStateError, validationError } from '../common/errors';
import { requirePlausibleDates } from '../calendar/date-window.rules';
import { instantOf, requireDateOrDateTime, requireIsoDate, requireText } from '../cadres/person.rules';
import type { ChangeVolunteerContact, ChangeVolunteerHomeUnit, GiveVolunteerConsent, VolunteerCommand, WithdrawVolunteerConsent } from './volunteer.commands';
import type { VolunteerEvent } from './volunteer.events';
import { evolveVolunteer, initialVolunteer } from './volunteer.evolve';
import { registerVolunteer } from './volunteer.register';
import { requireConsentShape, requireEmail, requireGuardianIfMinor, requirePhone, requireRegistered, requireUnitActive } from './volunteer.rules';
import { hasConsent, type VolunteerState } from './volunteer.types';

/** Giving a consent that already stands changes nothing (a retried command records no second consent). */
function giveConsent(command: GiveVolunteerConsent, state: VolunteerState): VolunteerEvent[] {
  requireIsoDate(command.onDate, 'onDate');
  requireConsentShape(command, '');
  requireGuardianIfMinor(state.dateOfBirth, command.onDate, command.guardian, 'guardian');
  if (hasConsent(state, command.purpose)) return [];
  const { volunteerId, purpose, givenAt, guardian } = command;
  return [{ type: 'VolunteerConsentGiven', data: { volunteerId, purpose, givenAt, ...(guardian ? { guardian } : {}) } }];
}

function withdrawConsent(command: WithdrawVolunteerConsent, state: VolunteerState): VolunteerEvent[] {
  requireText(command.purpose, 'VOLUNTEER.CONSENT_PURPOSE_REQUIRED', 'purpose', 'a consent purpose');
  requireDateOrDateTime(command.withdrawnAt, 'withdrawnAt');
  const consent = state.consents[command.purpose];
  if (!consent || consent.withdrawnAt !== undefined) {
    throw illegalStateAt('VOLUNTEER.CONSENT_NOT_GIVEN', 'purpose', `no standing consent for "${command.purpose}"`);
  }
  if (instantOf(command.withdrawnAt) < instantOf(consent.givenAt)) {
    throw validationError('VOLUNTEER.CONSENT_DATES', 'withdrawnAt', 'a consent cannot be withdrawn before it was given');
  }
  const { volunteerId, purpose, withdrawnAt } = command;
  return [{ type: 'VolunteerConsentWithdrawn', data: { volunteerId, purpose, withdrawnAt } }];
}

function changeContact(command: ChangeVolunteerContact): VolunteerEvent[] {
  const { volunteerId, phone, email } = command;
  if (phone === undefined && email === undefined) throw validationError('VOLUNTEER.CONTACT_REQUIRED', 'phone', 'a phone or an e-mail is required');
  if (phone !== undefined) requirePhone(phone);
  if (email !== undefined) requireEmail(email);
  return [{ type: 'VolunteerContactChanged', data: { volunteerId, ...(phone === undefined ? {} : { phone }), ...(email === undefined ? {} : { email }) } }];
}

/** Moving to the unit the volunteer is already in changes nothing. */
function changeHomeUnit(command: ChangeVolunteerHomeUnit, state: VolunteerState): VolunteerEvent[] {
  requireIsoDate(command.effectiveFrom, 'effectiveFrom');
  requireText(command.homeUnitId, 'VOLUNTEER.UNIT_REQUIRED', 'homeUnitId', 'a home unit');
  if (command.homeUnitId === state.homeUnitId) return [];
  if (command.effectiveFrom < state.homeUnitSince) {
    throw validationError('VOLUNTEER.OUT_OF_ORDER', 'effectiveFrom', `the home unit already changed on ${state.homeUnitSince}`, {
      lastChange: state.homeUnitSince,
    });
  }
  requireUnitActive(command.homeUnitActive, command.homeUnitId, command.effectiveFrom);
  const { volunteerId, homeUnitId, effectiveFrom } = command;
  return [{ type: 'VolunteerHomeUnitChanged', data: { volunteerId, fromUnitId: state.homeUnitId, toUnitId: homeUnitId, effectiveFrom } }];
}

function decideVolunteer(command: VolunteerCommand, state: VolunteerState): VolunteerEvent[] {
  requirePlausibleDates(command);
  if (command.type === 'RegisterVolunteer') {
    if (state.registered) throw illegalStateError('VOLUNTEER.ALREADY_REGISTERED', `volunteer ${command.volunteerId} is already registered`);
    return registerVolunteer(command);
  }
  requireRegistered(state, command.volunteerId);
  switch (command.type) {
    case 'GiveVolunteerConsent':
      return giveConsent(command, state);
    case 'WithdrawVolunteerConsent':
      return withdrawConsent(command, state);
    case 'UpdateVolunteerSkills':
      return [{ type: 'VolunteerSkillsUpdated', data: { volunteerId: command.volunteerId, skills: command.skills, professions: command.professions } }];
    case 'ChangeVolunteerContact':
      return changeContact(command);
    case 'ChangeVolunteerHomeUnit':
      return changeHomeUnit(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * A volunteer (one stream per person). Erasure is not a command here: the event store's
 * PersonalDataEraser destroys the subject's key, and this decider keeps working on what is left.
 */
export const volunteerDecider: Decider<VolunteerCommand, VolunteerEvent, VolunteerState> = {
  initialState: initialVolunteer,
  decide: decideVolunteer,
  evolve: evolveVolunteer,
};
