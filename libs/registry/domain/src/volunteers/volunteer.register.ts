import { validationError } from '../common/errors';
import { requireIsoDate, requireText } from '../cadres/person.rules';
import { requirePlausibleBirthDate, type ServerToday } from '../calendar/date-window.rules';
import type { RegisterVolunteer } from './volunteer.commands';
import type { VolunteerEvent } from './volunteer.events';
import { requireBirthDate, requireConsentShape, requireEmail, requireGuardianIfMinor, requirePhone, requireUnitActive } from './volunteer.rules';
import { REGISTRY_CONSENT_PURPOSE } from './volunteer.types';

/** Each consent well formed, each purpose once, explicit registry consent, and a guardian for a minor. */
function requireConsents(command: RegisterVolunteer): void {
  const consents = Array.isArray(command.consents) ? command.consents : [];
  const seen = new Set<string>();
  consents.forEach((consent, index) => {
    requireConsentShape(consent, `consents.${index}.`);
    if (seen.has(consent.purpose)) {
      throw validationError('VOLUNTEER.CONSENT_DUPLICATE', `consents.${index}.purpose`, `consent "${consent.purpose}" is given twice`);
    }
    seen.add(consent.purpose);
  });
  if (!seen.has(REGISTRY_CONSENT_PURPOSE)) {
    throw validationError('VOLUNTEER.CONSENT_REQUIRED', 'consents', `explicit consent for "${REGISTRY_CONSENT_PURPOSE}" is required`);
  }
  consents.forEach((consent, index) => requireGuardianIfMinor(command.dateOfBirth, command.registeredOn, consent.guardian, `consents.${index}.guardian`));
}

/** Registration: the volunteer, then each consent they (or their guardian) gave. */
export function registerVolunteer(command: RegisterVolunteer & ServerToday): VolunteerEvent[] {
  requireText(command.volunteerId, 'VOLUNTEER.ID_REQUIRED', 'volunteerId', 'a volunteer id');
  requireText(command.fullName, 'VOLUNTEER.NAME_REQUIRED', 'fullName', 'a full name');
  requireIsoDate(command.registeredOn, 'registeredOn');
  requireBirthDate(command.dateOfBirth, command.registeredOn);
  requirePlausibleBirthDate(command.dateOfBirth, command.today);
  requirePhone(command.phone);
  requireEmail(command.email);
  requireText(command.homeUnitId, 'VOLUNTEER.UNIT_REQUIRED', 'homeUnitId', 'a home unit');
  requireConsents(command);
  requireUnitActive(command.homeUnitActive, command.homeUnitId, command.registeredOn);
  const { volunteerId, fullName, dateOfBirth, phone, email, nationalId, homeUnitId, skills, professions, registeredOn } = command;
  const registered: VolunteerEvent = {
    type: 'VolunteerRegistered',
    data: {
      volunteerId,
      fullName,
      dateOfBirth,
      phone,
      email,
      ...(nationalId === undefined ? {} : { nationalId }),
      homeUnitId,
      skills,
      professions,
      registeredOn,
    },
  };
  const consents: VolunteerEvent[] = command.consents.map(({ purpose, givenAt, guardian }) => ({
    type: 'VolunteerConsentGiven',
    data: { volunteerId, purpose, givenAt, ...(guardian ? { guardian } : {}) },
  }));
  return [registered, ...consents];
}
