import { assertNever } from '@tn/shared-decider';
import type { VolunteerEvent } from './volunteer.events';
import type { Guardian, VolunteerState } from './volunteer.types';

export const initialVolunteer = (): VolunteerState => ({
  registered: false,
  homeUnitId: '',
  homeUnitSince: '',
  skills: [],
  professions: [],
  consents: {},
});

/** After erasure, personal values arrive as the ERASED marker: keep only real ones. */
const realString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const realGuardian = (value: unknown): Guardian | undefined => {
  const guardian = value as Partial<Guardian> | undefined;
  return typeof guardian?.fullName === 'string' && typeof guardian.relationship === 'string'
    ? { fullName: guardian.fullName, relationship: guardian.relationship }
    : undefined;
};

export function evolveVolunteer(state: VolunteerState, event: VolunteerEvent): VolunteerState {
  switch (event.type) {
    case 'VolunteerRegistered': {
      const { homeUnitId, registeredOn, skills, professions } = event.data;
      const dateOfBirth = realString(event.data.dateOfBirth);
      const base = { ...state, registered: true, homeUnitId, homeUnitSince: registeredOn, skills, professions };
      return dateOfBirth === undefined ? base : { ...base, dateOfBirth };
    }
    case 'VolunteerConsentGiven': {
      const guardian = realGuardian(event.data.guardian);
      const consent = { givenAt: event.data.givenAt, ...(guardian ? { guardian } : {}) };
      return { ...state, consents: { ...state.consents, [event.data.purpose]: consent } };
    }
    case 'VolunteerConsentWithdrawn': {
      const consent = state.consents[event.data.purpose];
      if (!consent) return state;
      return { ...state, consents: { ...state.consents, [event.data.purpose]: { ...consent, withdrawnAt: event.data.withdrawnAt } } };
    }
    case 'VolunteerSkillsUpdated':
      return { ...state, skills: event.data.skills, professions: event.data.professions };
    case 'VolunteerContactChanged':
      return state;
    case 'VolunteerHomeUnitChanged':
      return { ...state, homeUnitId: event.data.toUnitId, homeUnitSince: event.data.effectiveFrom };
    default:
      return assertNever(event);
  }
}
