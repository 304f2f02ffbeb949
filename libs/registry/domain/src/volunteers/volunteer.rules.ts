import { notFoundError, validationError } from '../common/errors';
import { looksLikeEmail, looksLikePhone, requireDateOrDateTime, requireIsoDate, requireText } from '../cadres/person.rules';
import { ADULT_AGE, ageOn, type ConsentInput, type Guardian, type VolunteerState } from './volunteer.types';

export function requireRegistered(state: VolunteerState, volunteerId: string): void {
  if (!state.registered) {
    throw notFoundError('VOLUNTEER.NOT_FOUND', `volunteer ${volunteerId} is not registered`, { volunteerId, field: 'volunteerId' });
  }
}

export function requirePhone(phone: string): void {
  if (typeof phone !== 'string' || !looksLikePhone(phone)) throw validationError('VOLUNTEER.PHONE_INVALID', 'phone', 'not a phone number');
}

export function requireEmail(email: string): void {
  if (typeof email !== 'string' || !looksLikeEmail(email)) throw validationError('VOLUNTEER.EMAIL_INVALID', 'email', 'not an e-mail address');
}

/** A real calendar date, not after `onDate`. */
export function requireBirthDate(dateOfBirth: string, onDate: string): void {
  requireIsoDate(dateOfBirth, 'dateOfBirth');
  if (dateOfBirth > onDate) {
    throw validationError('VOLUNTEER.BIRTH_DATE', 'dateOfBirth', `a date of birth cannot be after ${onDate}`, { onDate });
  }
}

/** `prefix` names the consent in the payload, for example `consents.0.`. */
export function requireConsentShape(consent: ConsentInput, prefix: string): void {
  requireText(consent?.purpose, 'VOLUNTEER.CONSENT_PURPOSE_REQUIRED', `${prefix}purpose`, 'a consent purpose');
  requireDateOrDateTime(consent.givenAt, `${prefix}givenAt`);
  if (consent.guardian === undefined) return;
  requireText(consent.guardian?.fullName, 'VOLUNTEER.GUARDIAN_INVALID', `${prefix}guardian.fullName`, "the guardian's name");
  requireText(consent.guardian.relationship, 'VOLUNTEER.GUARDIAN_INVALID', `${prefix}guardian.relationship`, "the guardian's relationship");
}

/**
 * A minor's consent is given by a guardian. When the date of birth is unknown (it was erased),
 * adulthood cannot be shown, so a guardian is required too.
 */
export function requireGuardianIfMinor(dateOfBirth: string | undefined, onDate: string, guardian: Guardian | undefined, field: string): void {
  const minor = dateOfBirth === undefined || ageOn(dateOfBirth, onDate) < ADULT_AGE;
  if (minor && guardian === undefined) {
    throw validationError('VOLUNTEER.GUARDIAN_CONSENT_REQUIRED', field, `a volunteer under ${ADULT_AGE} needs a guardian's consent`, { onDate });
  }
}

export function requireUnitActive(homeUnitActive: boolean, homeUnitId: string, date: string): void {
  if (homeUnitActive !== true) {
    throw validationError('VOLUNTEER.UNIT_NOT_ACTIVE', 'homeUnitId', `unit ${homeUnitId} is not active on ${date}`, { unitId: homeUnitId, date });
  }
}
