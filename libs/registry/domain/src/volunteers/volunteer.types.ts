import type { Guardian } from '@tn/registry-contracts';

/** Volunteers are young people; ethnicity is sensitive data and is never recorded per person (domain.md §8). */

/** Consent to keep the volunteer in the registry at all: without it, no registration (silence is not consent). */
export const REGISTRY_CONSENT_PURPOSE = 'registry';
/** Under this age on the date in question, consents need a guardian. */
export const ADULT_AGE = 18;

/** The parts of a volunteer's messages (their one schema is in the contracts). */
export type { ConsentInput, Guardian } from '@tn/registry-contracts';

export interface ConsentRecord {
  givenAt: string;
  withdrawnAt?: string;
  /** Absent when no guardian consented, or once the guardian's details were erased. */
  guardian?: Guardian;
}

/**
 * What decisions need. Personal values may have been erased (the event store then returns the
 * `ERASED` marker); evolve keeps only real values, so an erased date of birth is simply unknown.
 */
export interface VolunteerState {
  registered: boolean;
  homeUnitId: string;
  /** Date of the latest home-unit change (home-unit changes are in date order). */
  homeUnitSince: string;
  dateOfBirth?: string;
  skills: string[];
  professions: string[];
  consents: Readonly<Record<string, ConsentRecord>>;
}

/** Full years of age on `date` (both `YYYY-MM-DD`); someone born on 29 February turns a year older on 1 March. */
export function ageOn(dateOfBirth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return date.slice(5, 10) < dateOfBirth.slice(5, 10) ? years - 1 : years;
}

/** Whether a consent for `purpose` stands (given and not withdrawn). */
export const hasConsent = (state: VolunteerState, purpose: string): boolean => {
  const consent = state.consents[purpose];
  return consent !== undefined && consent.withdrawnAt === undefined;
};
