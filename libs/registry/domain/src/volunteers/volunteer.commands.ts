import type { ServerToday } from '../calendar/date-window.rules';
import type { ConsentInput, Guardian } from './volunteer.types';

/** `homeUnitActive` is looked up by the adapter: whether the home unit is active on `registeredOn`. */
export type RegisterVolunteer = {
  type: 'RegisterVolunteer';
  volunteerId: string;
  fullName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  nationalId?: string;
  homeUnitId: string;
  skills: string[];
  professions: string[];
  consents: ConsentInput[];
  registeredOn: string;
  homeUnitActive: boolean;
};

/** `onDate` decides whether the volunteer is a minor (and so needs a guardian). */
export type GiveVolunteerConsent = {
  type: 'GiveVolunteerConsent';
  volunteerId: string;
  purpose: string;
  givenAt: string;
  guardian?: Guardian;
  onDate: string;
};

export type WithdrawVolunteerConsent = { type: 'WithdrawVolunteerConsent'; volunteerId: string; purpose: string; withdrawnAt: string };

export type UpdateVolunteerSkills = { type: 'UpdateVolunteerSkills'; volunteerId: string; skills: string[]; professions: string[] };

export type ChangeVolunteerContact = { type: 'ChangeVolunteerContact'; volunteerId: string; phone?: string; email?: string };

/** `homeUnitActive` is looked up by the adapter: whether the new unit is active on `effectiveFrom`. */
export type ChangeVolunteerHomeUnit = {
  type: 'ChangeVolunteerHomeUnit';
  volunteerId: string;
  homeUnitId: string;
  effectiveFrom: string;
  homeUnitActive: boolean;
};

export type VolunteerCommand = (
  | RegisterVolunteer
  | GiveVolunteerConsent
  | WithdrawVolunteerConsent
  | UpdateVolunteerSkills
  | ChangeVolunteerContact
  | ChangeVolunteerHomeUnit
) &
  ServerToday;
