import { DomainError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { peopleRoutes, type RegistryLookups, toAccountCommand, toCadreCommand, toVolunteerCommand } from './people-routes';

/** Ta Van is active from 2025; every other unit is not. Hashes and ids are visible fakes. */
const lookups: RegistryLookups = {
  isUnitActiveOn: (unitId, date) => unitId === 'ta-van' && date >= '2025-01-01',
  accountIdOf: (username) => `id-of(${username})`,
  hashPassword: (password) => `hash-of(${password})`,
};
const envelope = (type: string, payload: Record<string, unknown>): CommandEnvelope => ({
  commandId: 'c1',
  type,
  payload,
  actor: { kind: 'account', id: 'a-admin' },
  correlationId: 'k',
  issuedAt: '2025-07-01T00:00:00.000Z',
});
const routes = peopleRoutes(lookups);
function route(type: string) {
  const found = routes.find((r) => r.type === type);
  if (!found) throw new Error(`no route for ${type}`);
  return found;
}

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('people command routes', () => {
  it('routes cadre, volunteer and account commands, but leaves sessions to the auth adapter', () => {
    const types = routes.map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining(['RegisterCadre', 'RegisterVolunteer', 'OpenAccount', 'ChangePassword', 'CloseAccount']));
    expect(types.filter((t) => ['StartSession', 'RefreshSession', 'EndSession'].includes(t))).toEqual([]);
  });

  it('puts each person in a stream of their own', () => {
    expect(route('AppointCadre').streamIdOf(envelope('AppointCadre', { cadreId: 'c-1' }))).toBe('cadre-c-1');
    expect(route('ChangeVolunteerContact').streamIdOf(envelope('ChangeVolunteerContact', { volunteerId: 'v-1' }))).toBe('volunteer-v-1');
    expect(route('OpenAccount').streamIdOf(envelope('OpenAccount', { username: ' Mai@LaoCai ', accountId: 'forged' }))).toBe('account-id-of(mai@laocai)');
  });

  it('looks up whether the unit is active rather than trusting the payload', () => {
    const payload = { cadreId: 'c-1', positionId: 'p-1', unitId: 'hoi-x', title: 'Chủ tịch', dedicatedToVolunteerWork: true, termStart: '2025-03-01', unitActive: true };
    expect(toCadreCommand.AppointCadre(payload, lookups)).toEqual({
      type: 'AppointCadre',
      cadreId: 'c-1',
      positionId: 'p-1',
      unitId: 'hoi-x',
      title: 'Chủ tịch',
      dedicatedToVolunteerWork: true,
      termStart: '2025-03-01',
      unitActive: false,
    });
  });

  it('names the missing field of a nested guardian, and drops fields the registry never keeps', () => {
    const base = { volunteerId: 'v-1', fullName: 'Hoa', dateOfBirth: '2009-01-01', phone: '0912345678', email: 'h@x.vn', homeUnitId: 'ta-van', registeredOn: '2025-07-01' };
    const consents = [{ purpose: 'registry', givenAt: '2025-07-01', guardian: { fullName: 'Sáng' } }];
    expect(failure(() => toVolunteerCommand.RegisterVolunteer({ ...base, consents }, lookups)).field).toBe('consents.0.guardian.relationship');
    const command = toVolunteerCommand.RegisterVolunteer({ ...base, ethnicity: 'Mông', consents: [{ purpose: 'registry', givenAt: '2025-07-01' }] }, lookups);
    expect(command).not.toHaveProperty('ethnicity');
    expect(command).toMatchObject({ skills: [], professions: [], homeUnitActive: true });
  });

  it('judges a consent on the day it was given unless told otherwise', () => {
    expect(toVolunteerCommand.GiveVolunteerConsent({ volunteerId: 'v-1', purpose: 'photos', givenAt: '2025-08-01T09:00:00+07:00' }, lookups)).toEqual({
      type: 'GiveVolunteerConsent',
      volunteerId: 'v-1',
      purpose: 'photos',
      givenAt: '2025-08-01T09:00:00+07:00',
      onDate: '2025-08-01',
    });
  });

  it('hashes the password of a new account and derives its id from the username', () => {
    const payload = { username: 'Mai@LaoCai', kind: 'cadre', password: 'correct horse', roles: [{ role: 'system-admin' }, { role: 'trainer', unitId: 'ta-van' }], openedOn: '2025-07-01' };
    expect(toAccountCommand.OpenAccount(payload, lookups)).toEqual({
      type: 'OpenAccount',
      accountId: 'id-of(mai@laocai)',
      username: 'Mai@LaoCai',
      kind: 'cadre',
      passwordHash: 'hash-of(correct horse)',
      roles: [
        { role: 'system-admin', unitId: null },
        { role: 'trainer', unitId: 'ta-van' },
      ],
      openedOn: '2025-07-01',
    });
  });

  it('refuses a short password, naming the password field', () => {
    const error = failure(() => toAccountCommand.ChangePassword({ accountId: 'a-1', password: 'short', changedAt: '2025-07-01T00:00:00Z' }, lookups));
    expect([error.code, error.field]).toEqual(['ACCOUNT.PASSWORD_TOO_SHORT', 'password']);
  });

  it('names a role field that is not a string', () => {
    const error = failure(() => toAccountCommand.OpenAccount({ username: 'mai', kind: 'cadre', password: 'correct horse', roles: [{ role: 7 }], openedOn: '2025-07-01' }, lookups));
    expect(error.field).toBe('roles.0.role');
  });

  it('maps an envelope through its route into a command the decider accepts', () => {
    const payload = { cadreId: 'c-1', fullName: 'Mai', registeredOn: '2025-07-01', registeringUnitId: 'ta-van' };
    const command = route('RegisterCadre').toCommand(envelope('RegisterCadre', payload));
    expect(route('RegisterCadre').decider.decide(command, route('RegisterCadre').decider.initialState())).toEqual([
      { type: 'CadreRegistered', data: payload },
    ]);
  });

  it('revokes a role as of the moment the command was issued, unless the payload says when', () => {
    const payload = { accountId: 'a-1', role: 'trainer', unitId: 'ta-van' };
    expect(route('RevokeRole').toCommand(envelope('RevokeRole', payload))).toEqual({ type: 'RevokeRole', ...payload, revokedAt: '2025-07-01T00:00:00.000Z', today: '2025-07-01' });
    expect(toAccountCommand.RevokeRole({ ...payload, revokedAt: '2025-07-02T10:00:00Z' }, lookups)).toMatchObject({ revokedAt: '2025-07-02T10:00:00Z' });
    expect(failure(() => toAccountCommand.RevokeRole(payload, lookups)).field).toBe('revokedAt');
  });
});
