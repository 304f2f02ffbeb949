import { fold, given } from '@tn/shared-decider';
import { ERASED } from '@tn/shared-event-contracts';
import type { RegisterVolunteer } from './volunteer.commands';
import { volunteerDecider } from './volunteer.decide';
import { type VolunteerEvent, volunteerStreamId } from './volunteer.events';
import { ageOn, hasConsent } from './volunteer.types';

const guardian = { fullName: 'Lò Văn Sáng', relationship: 'father' };
const register = (overrides: Partial<RegisterVolunteer> = {}): RegisterVolunteer => ({
  type: 'RegisterVolunteer',
  volunteerId: 'v-1',
  fullName: 'Lò Thị Hoa',
  dateOfBirth: '2000-05-20',
  phone: '+84912345678',
  email: 'hoa@example.vn',
  homeUnitId: 'ta-van',
  skills: ['first-aid'],
  professions: ['nurse'],
  consents: [{ purpose: 'registry', givenAt: '2025-07-01T08:00:00+07:00' }],
  registeredOn: '2025-07-01',
  homeUnitActive: true,
  ...overrides,
});
const registered: VolunteerEvent = {
  type: 'VolunteerRegistered',
  data: {
    volunteerId: 'v-1',
    fullName: 'Lò Thị Hoa',
    dateOfBirth: '2000-05-20',
    phone: '+84912345678',
    email: 'hoa@example.vn',
    homeUnitId: 'ta-van',
    skills: ['first-aid'],
    professions: ['nurse'],
    registeredOn: '2025-07-01',
  },
};
const registryConsent: VolunteerEvent = {
  type: 'VolunteerConsentGiven',
  data: { volunteerId: 'v-1', purpose: 'registry', givenAt: '2025-07-01T08:00:00+07:00' },
};

describe('volunteers', () => {
  it('registers a volunteer with their explicit consent, in a stream of their own', () => {
    given(volunteerDecider).when(register()).then([registered, registryConsent]);
    expect(volunteerStreamId('v-1')).toBe('volunteer-v-1');
  });

  it('takes no silence for consent: registration without registry consent fails, naming consents', () => {
    const error = given(volunteerDecider)
      .when(register({ consents: [{ purpose: 'newsletter', givenAt: '2025-07-01' }] }))
      .thenFails('VOLUNTEER.CONSENT_REQUIRED');
    expect(error.field).toBe('consents');
  });

  it('requires a guardian on every consent of a minor', () => {
    const minor = { dateOfBirth: '2009-07-02' };
    const registryByGuardian = { purpose: 'registry', givenAt: '2025-07-01', guardian };
    const consents = [registryByGuardian, { purpose: 'photos', givenAt: '2025-07-01' }];
    const error = given(volunteerDecider)
      .when(register({ ...minor, consents }))
      .thenFails('VOLUNTEER.GUARDIAN_CONSENT_REQUIRED');
    expect(error.field).toBe('consents.1.guardian');
    given(volunteerDecider)
      .when(register({ ...minor, consents: [registryByGuardian] }))
      .then([
        { ...registered, data: { ...(registered.data as object), dateOfBirth: '2009-07-02' } } as VolunteerEvent,
        { type: 'VolunteerConsentGiven', data: { volunteerId: 'v-1', purpose: 'registry', givenAt: '2025-07-01', guardian } },
      ]);
  });

  it('counts age in full years, birthdays included', () => {
    expect(ageOn('2007-07-01', '2025-06-30')).toBe(17);
    expect(ageOn('2007-07-01', '2025-07-01')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });

  it.each([
    ['dateOfBirth', { dateOfBirth: '2000-13-01' }, 'DATE.INVALID'],
    ['dateOfBirth', { dateOfBirth: '2030-01-01' }, 'VOLUNTEER.BIRTH_DATE'],
    ['fullName', { fullName: '' }, 'VOLUNTEER.NAME_REQUIRED'],
    ['phone', { phone: '12ab' }, 'VOLUNTEER.PHONE_INVALID'],
    ['email', { email: 'hoa@example' }, 'VOLUNTEER.EMAIL_INVALID'],
    ['homeUnitId', { homeUnitActive: false }, 'VOLUNTEER.UNIT_NOT_ACTIVE'],
    ['consents.0.givenAt', { consents: [{ purpose: 'registry', givenAt: 'yesterday' }] }, 'DATE.INVALID'],
  ] as const)('rejects a registration with a bad %s (%s)', (field, overrides, code) => {
    expect(
      given(volunteerDecider)
        .when(register(overrides as Partial<RegisterVolunteer>))
        .thenFails(code).field,
    ).toBe(field);
  });

  it('refuses commands on a volunteer who was never registered', () => {
    given(volunteerDecider).when({ type: 'UpdateVolunteerSkills', volunteerId: 'v-9', skills: [], professions: [] }).thenFails('VOLUNTEER.NOT_FOUND');
  });

  it('withdraws a standing consent, and refuses to withdraw one never given', () => {
    const events = given(volunteerDecider, [registered, registryConsent])
      .when({ type: 'WithdrawVolunteerConsent', volunteerId: 'v-1', purpose: 'registry', withdrawnAt: '2025-09-01' })
      .then([{ type: 'VolunteerConsentWithdrawn', data: { volunteerId: 'v-1', purpose: 'registry', withdrawnAt: '2025-09-01' } }]);
    expect(hasConsent(fold(volunteerDecider, [registered, registryConsent, ...events]), 'registry')).toBe(false);
    given(volunteerDecider, [registered, registryConsent])
      .when({ type: 'WithdrawVolunteerConsent', volunteerId: 'v-1', purpose: 'photos', withdrawnAt: '2025-09-01' })
      .thenFails('VOLUNTEER.CONSENT_NOT_GIVEN');
  });

  it('records a new consent once, even when the command is repeated', () => {
    const photos = { type: 'GiveVolunteerConsent', volunteerId: 'v-1', purpose: 'photos', givenAt: '2025-08-01', onDate: '2025-08-01' } as const;
    const events = given(volunteerDecider, [registered, registryConsent])
      .when(photos)
      .then([{ type: 'VolunteerConsentGiven', data: { volunteerId: 'v-1', purpose: 'photos', givenAt: '2025-08-01' } }]);
    given(volunteerDecider, [registered, registryConsent, ...events])
      .when(photos)
      .then([]);
  });

  it('changes contact details and home unit, keeping home-unit changes in date order', () => {
    given(volunteerDecider, [registered])
      .when({ type: 'ChangeVolunteerContact', volunteerId: 'v-1', email: 'hoa.lo@example.vn' })
      .then([{ type: 'VolunteerContactChanged', data: { volunteerId: 'v-1', email: 'hoa.lo@example.vn' } }]);
    given(volunteerDecider, [registered])
      .when({ type: 'ChangeVolunteerHomeUnit', volunteerId: 'v-1', homeUnitId: 'ta-van-moi', effectiveFrom: '2025-09-01', homeUnitActive: true })
      .then([{ type: 'VolunteerHomeUnitChanged', data: { volunteerId: 'v-1', fromUnitId: 'ta-van', toUnitId: 'ta-van-moi', effectiveFrom: '2025-09-01' } }]);
    given(volunteerDecider, [registered])
      .when({ type: 'ChangeVolunteerHomeUnit', volunteerId: 'v-1', homeUnitId: 'ta-van-moi', effectiveFrom: '2025-06-01', homeUnitActive: true })
      .thenFails('VOLUNTEER.OUT_OF_ORDER');
  });

  it('keeps deciding after erasure, treating an erased birth date as unproven adulthood', () => {
    const erased = {
      type: 'VolunteerRegistered',
      data: { ...(registered.data as object), fullName: ERASED, dateOfBirth: ERASED, phone: ERASED, email: ERASED },
    } as unknown as VolunteerEvent;
    const erasedConsent = {
      type: 'VolunteerConsentGiven',
      data: { volunteerId: 'v-1', purpose: 'registry', givenAt: '2025-07-01', guardian: ERASED },
    } as unknown as VolunteerEvent;
    const state = fold(volunteerDecider, [erased, erasedConsent]);
    expect(state.dateOfBirth).toBeUndefined();
    expect(hasConsent(state, 'registry')).toBe(true);
    given(volunteerDecider, [erased, erasedConsent])
      .when({ type: 'GiveVolunteerConsent', volunteerId: 'v-1', purpose: 'photos', givenAt: '2025-08-01', onDate: '2025-08-01' })
      .thenFails('VOLUNTEER.GUARDIAN_CONSENT_REQUIRED');
  });
});
