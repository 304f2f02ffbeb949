import type { volunteerCommandTypes } from '@tn/registry-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ServerToday } from '../calendar/date-window.rules';
import type { ConsentInput } from './volunteer.types';

/** Lists a payload may leave out, given as empty ones. */
type Skills = { skills: string[]; professions: string[] };

/**
 * The volunteer's commands: each payload (its one schema is in the contracts) with its type, plus
 * what the service adds: `homeUnitActive` (whether the home unit is active on `registeredOn` or
 * `effectiveFrom`, looked up), the lists left out as empty ones, the day a consent is judged on
 * (`onDate`: the day it was given unless the payload says), and the server's date (`today`).
 */
export type VolunteerCommand = CommandsOf<
  typeof volunteerCommandTypes,
  {
    RegisterVolunteer: Skills & { consents: ConsentInput[]; homeUnitActive: boolean };
    GiveVolunteerConsent: { onDate: string };
    UpdateVolunteerSkills: Skills;
    ChangeVolunteerHomeUnit: { homeUnitActive: boolean };
  }
> &
  ServerToday;

export type RegisterVolunteer = CommandNamed<VolunteerCommand, 'RegisterVolunteer'>;
export type GiveVolunteerConsent = CommandNamed<VolunteerCommand, 'GiveVolunteerConsent'>;
export type WithdrawVolunteerConsent = CommandNamed<VolunteerCommand, 'WithdrawVolunteerConsent'>;
export type ChangeVolunteerContact = CommandNamed<VolunteerCommand, 'ChangeVolunteerContact'>;
export type ChangeVolunteerHomeUnit = CommandNamed<VolunteerCommand, 'ChangeVolunteerHomeUnit'>;
