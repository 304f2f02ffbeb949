import { streamIdOf } from '@tn/shared-event-contracts';
import type { Guardian } from './volunteer.types';

/** fullName, dateOfBirth, phone, email and nationalId are personal data (subject: volunteerId). */
export type VolunteerRegistered = {
  type: 'VolunteerRegistered';
  data: {
    volunteerId: string;
    fullName: string;
    dateOfBirth: string;
    phone: string;
    email: string;
    nationalId?: string;
    homeUnitId: string;
    skills: string[];
    professions: string[];
    registeredOn: string;
  };
};
/** `guardian` is personal data (subject: volunteerId). */
export type VolunteerConsentGiven = {
  type: 'VolunteerConsentGiven';
  data: { volunteerId: string; purpose: string; givenAt: string; guardian?: Guardian };
};
export type VolunteerConsentWithdrawn = {
  type: 'VolunteerConsentWithdrawn';
  data: { volunteerId: string; purpose: string; withdrawnAt: string };
};
export type VolunteerSkillsUpdated = {
  type: 'VolunteerSkillsUpdated';
  data: { volunteerId: string; skills: string[]; professions: string[] };
};
/** phone and email are personal data (subject: volunteerId). */
export type VolunteerContactChanged = {
  type: 'VolunteerContactChanged';
  data: { volunteerId: string; phone?: string; email?: string };
};
export type VolunteerHomeUnitChanged = {
  type: 'VolunteerHomeUnitChanged';
  data: { volunteerId: string; fromUnitId: string; toUnitId: string; effectiveFrom: string };
};

export type VolunteerEvent =
  | VolunteerRegistered
  | VolunteerConsentGiven
  | VolunteerConsentWithdrawn
  | VolunteerSkillsUpdated
  | VolunteerContactChanged
  | VolunteerHomeUnitChanged;

/** One stream per person. */
export const VOLUNTEER_STREAM_TYPE = 'volunteer';
export const volunteerStreamId = (volunteerId: string) => streamIdOf(VOLUNTEER_STREAM_TYPE, volunteerId);
