import { given } from '@tn/shared-decider';
import { cadreDecider } from '../cadres/cadre.decide';
import { hierarchyDecider } from '../hierarchy/hierarchy.decide';
import type { RegisterVolunteer } from '../volunteers/volunteer.commands';
import { volunteerDecider } from '../volunteers/volunteer.decide';
import { birthDateWindow, businessDateWindow, shiftYears } from './date-window.rules';

const today = '2026-12-06';
const register = (overrides: Partial<RegisterVolunteer> = {}): RegisterVolunteer & { today: string } => ({
  type: 'RegisterVolunteer',
  volunteerId: 'v-1',
  fullName: 'Lò Thị Hoa',
  dateOfBirth: '2000-05-20',
  phone: '+84912345678',
  email: 'hoa@example.vn',
  homeUnitId: 'ta-van',
  skills: [],
  professions: [],
  consents: [{ purpose: 'registry', givenAt: '2026-12-01T08:00:00+07:00' }],
  registeredOn: '2026-12-01',
  homeUnitActive: true,
  today,
  ...overrides,
});
const province = (effectiveFrom: string) => ({
  type: 'CreateUnit' as const,
  unitId: 'lao-cai',
  parentId: null,
  effectiveFrom,
  nameVi: 'Tỉnh đoàn Lào Cai',
  organisation: 'union' as const,
  levelLabel: 'Tỉnh đoàn',
  flags: { ethnicMinority: false, mountainous: true, border: true, island: false },
  today,
});

describe('plausible dates around the server date of the command', () => {
  it('computes the windows from today (1930 to two years ahead; births up to 120 years back)', () => {
    expect(businessDateWindow(today)).toEqual({ min: '1930-01-01', max: '2028-12-06' });
    expect(birthDateWindow(today)).toEqual({ min: '1906-12-06', max: today });
    expect(shiftYears('2024-02-29', 2)).toBe('2026-02-28');
  });

  it('refuses a unit change dated 9999-12-31 or before 1930, naming effectiveFrom and the window', () => {
    const late = given(hierarchyDecider).when(province('9999-12-31')).thenFails('DATE.OUT_OF_RANGE');
    expect(late.field).toBe('effectiveFrom');
    expect(late.details).toEqual({ min: '1930-01-01', max: '2028-12-06' });
    expect(given(hierarchyDecider).when(province('0001-01-01')).thenFails('DATE.OUT_OF_RANGE').field).toBe('effectiveFrom');
    expect(hierarchyDecider.decide(province('2028-12-06'), hierarchyDecider.initialState())).toHaveLength(1);
    expect(hierarchyDecider.decide(province('1931-03-26'), hierarchyDecider.initialState())).toHaveLength(1);
  });

  it('refuses a birth 0001-01-01 or in the future, and accepts 120 years ago', () => {
    expect(
      given(volunteerDecider)
        .when(register({ dateOfBirth: '0001-01-01' }))
        .thenFails('DATE.OUT_OF_RANGE').field,
    ).toBe('dateOfBirth');
    // Born after today but before a far registration date: still refused.
    const future = register({
      dateOfBirth: '2027-01-01',
      registeredOn: '2027-06-01',
      consents: [{ purpose: 'registry', givenAt: '2027-06-01', guardian: { fullName: 'Lò Văn Sáng', relationship: 'father' } }],
    });
    expect(given(volunteerDecider).when(future).thenFails('DATE.OUT_OF_RANGE').field).toBe('dateOfBirth');
    expect(volunteerDecider.decide(register({ dateOfBirth: '1906-12-06' }), volunteerDecider.initialState())[0]?.type).toBe('VolunteerRegistered');
  });

  it('bounds registrations and cadre terms too', () => {
    expect(
      given(volunteerDecider)
        .when(register({ registeredOn: '9999-12-31' }))
        .thenFails('DATE.OUT_OF_RANGE').field,
    ).toBe('registeredOn');
    expect(
      given(cadreDecider)
        .when({
          type: 'RegisterCadre',
          cadreId: 'c-1',
          fullName: 'Vàng A Dính',
          registeredOn: '1900-01-01',
          registeringUnitId: 'ta-van',
          unitActive: true,
          today,
        })
        .thenFails('DATE.OUT_OF_RANGE').field,
    ).toBe('registeredOn');
  });

  it('refuses control and bidi characters in names', () => {
    expect(
      given(volunteerDecider)
        .when(register({ fullName: 'Hoa\u202Eevil' }))
        .thenFails('INPUT.TEXT_FORBIDDEN_CHARACTER').field,
    ).toBe('fullName');
    expect(
      given(volunteerDecider)
        .when(register({ fullName: 'Hoa\u0000' }))
        .thenFails('INPUT.TEXT_FORBIDDEN_CHARACTER').field,
    ).toBe('fullName');
  });
});
