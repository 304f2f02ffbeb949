import { accountIdOf, accountStreamId } from '@tn/registry-contracts';
import { peopleRoutes } from './people-routes';
import { commandOf, envelopeOf, failureOf, rightsOf, routeOf, streamOf, testLookups } from './routes.test-fixtures';

const routes = peopleRoutes(testLookups);
const route = (type: string) => routeOf(routes, type);

describe('people command routes', () => {
  it('routes cadre, volunteer and account commands, but leaves sessions to the auth adapter', () => {
    const types = routes.map((r) => r.definition.type);
    expect(types).toEqual(expect.arrayContaining(['RegisterCadre', 'RegisterVolunteer', 'OpenAccount', 'ChangePassword', 'CloseAccount']));
    expect(types.filter((t) => ['StartSession', 'RefreshSession', 'EndSession'].includes(t))).toEqual([]);
  });

  it('puts each person in a stream of their own, and derives an account stream from the username', () => {
    expect(streamOf(route('EndCadreTerm'), { cadreId: 'c-1', positionId: 'p-1', endedOn: '2025-07-01' })).toBe('cadre-c-1');
    expect(streamOf(route('ChangeVolunteerContact'), { volunteerId: 'v-1' })).toBe('volunteer-v-1');
    const open = { username: ' Mai@LaoCai ', accountId: 'forged', kind: 'cadre', password: 'correct horse', openedOn: '2025-07-01' };
    expect(streamOf(route('OpenAccount'), open)).toBe(accountStreamId(accountIdOf('mai@laocai')));
    expect(streamOf(route('CloseAccount'), { username: 'Mai@LaoCai', closedOn: '2025-07-01' })).toBe(accountStreamId(accountIdOf('mai@laocai')));
    expect(streamOf(route('CloseAccount'), { accountId: 'a-1', closedOn: '2025-07-01' })).toBe('account-a-1');
  });

  it('looks up whether the unit is active rather than trusting the payload', async () => {
    const payload = {
      cadreId: 'c-1',
      positionId: 'p-1',
      unitId: 'hoi-x',
      title: 'Chủ tịch',
      dedicatedToVolunteerWork: true,
      termStart: '2025-03-01',
      unitActive: true,
    };
    expect(await commandOf(route('AppointCadre'), payload)).toEqual({
      type: 'AppointCadre',
      cadreId: 'c-1',
      positionId: 'p-1',
      unitId: 'hoi-x',
      title: 'Chủ tịch',
      dedicatedToVolunteerWork: true,
      termStart: '2025-03-01',
      unitActive: false,
      today: '2025-07-01',
    });
  });

  it('names the missing field of a nested guardian, and drops fields the registry never keeps', async () => {
    const base = {
      volunteerId: 'v-1',
      fullName: 'Hoa',
      dateOfBirth: '2009-01-01',
      phone: '0912345678',
      email: 'h@x.vn',
      homeUnitId: 'ta-van',
      registeredOn: '2025-07-01',
    };
    const consents = [{ purpose: 'registry', givenAt: '2025-07-01', guardian: { fullName: 'Sáng' } }];
    expect((await failureOf(() => commandOf(route('RegisterVolunteer'), { ...base, consents }))).field).toBe('consents.0.guardian.relationship');
    const command = await commandOf(route('RegisterVolunteer'), { ...base, ethnicity: 'Mông', consents: [{ purpose: 'registry', givenAt: '2025-07-01' }] });
    expect(command).not.toHaveProperty('ethnicity');
    expect(command).toMatchObject({ skills: [], professions: [], homeUnitActive: true });
  });

  it('judges a consent on the day it was given unless told otherwise', async () => {
    expect(await commandOf(route('GiveVolunteerConsent'), { volunteerId: 'v-1', purpose: 'photos', givenAt: '2025-08-01T09:00:00+07:00' })).toEqual({
      type: 'GiveVolunteerConsent',
      volunteerId: 'v-1',
      purpose: 'photos',
      givenAt: '2025-08-01T09:00:00+07:00',
      onDate: '2025-08-01',
      today: '2025-07-01',
    });
  });

  it('hashes the password of a new account and derives its id from the username', async () => {
    const payload = {
      username: 'Mai@LaoCai',
      kind: 'cadre',
      password: 'correct horse',
      roles: [{ role: 'system-admin' }, { role: 'trainer', unitId: 'ta-van' }],
      openedOn: '2025-07-01',
    };
    expect(await commandOf(route('OpenAccount'), payload)).toEqual({
      type: 'OpenAccount',
      accountId: accountIdOf('mai@laocai'),
      username: 'Mai@LaoCai',
      kind: 'cadre',
      passwordHash: 'hash-of(correct horse)',
      roles: [
        { role: 'system-admin', unitId: null },
        { role: 'trainer', unitId: 'ta-van' },
      ],
      openedOn: '2025-07-01',
      today: '2025-07-01',
    });
  });

  it('opens a password sealed by a trusted gateway, and refuses one sealed otherwise', async () => {
    const payload = { accountId: 'a-1', sealedPassword: 'sealed:correct horse', changedAt: '2025-07-01T00:00:00Z' };
    const command = await commandOf(route('ChangePassword'), payload);
    expect(command).toEqual({
      type: 'ChangePassword',
      accountId: 'a-1',
      passwordHash: 'hash-of(correct horse)',
      changedAt: '2025-07-01T00:00:00Z',
      today: '2025-07-01',
    });
    const forged = await failureOf(() => commandOf(route('ChangePassword'), { ...payload, sealedPassword: 'forged' }));
    expect([forged.code, forged.field]).toEqual(['ACCOUNT.PASSWORD_UNREADABLE', 'password']);
    const none = await failureOf(() => commandOf(route('ChangePassword'), { accountId: 'a-1', changedAt: '2025-07-01T00:00:00Z' }));
    expect([none.code, none.field]).toEqual(['COMMAND.FIELD_REQUIRED', 'password']);
  });

  it('refuses a short password, naming the password field', async () => {
    const error = await failureOf(() => commandOf(route('ChangePassword'), { accountId: 'a-1', password: 'short', changedAt: '2025-07-01T00:00:00Z' }));
    expect([error.code, error.field]).toEqual(['ACCOUNT.PASSWORD_TOO_SHORT', 'password']);
  });

  it('names a role field that is not a string', async () => {
    const error = await failureOf(() =>
      commandOf(route('OpenAccount'), { username: 'mai', kind: 'cadre', password: 'correct horse', roles: [{ role: 7 }], openedOn: '2025-07-01' }),
    );
    expect(error.field).toBe('roles.0.role');
  });

  it('maps an envelope through its route into a command the decider accepts', async () => {
    const payload = { cadreId: 'c-1', fullName: 'Mai', registeredOn: '2025-07-01', registeringUnitId: 'ta-van' };
    const command = await commandOf(route('RegisterCadre'), payload);
    expect(route('RegisterCadre').decider.decide(command, route('RegisterCadre').decider.initialState())).toEqual([{ type: 'CadreRegistered', data: payload }]);
  });

  it('revokes a role as of the moment the command was issued, unless the payload says when', async () => {
    const payload = { accountId: 'a-1', role: 'trainer', unitId: 'ta-van' };
    expect(await commandOf(route('RevokeRole'), payload)).toEqual({
      type: 'RevokeRole',
      ...payload,
      revokedAt: '2025-07-01T00:00:00.000Z',
      today: '2025-07-01',
    });
    expect(await commandOf(route('RevokeRole'), { ...payload, revokedAt: '2025-07-02T10:00:00Z' })).toMatchObject({ revokedAt: '2025-07-02T10:00:00Z' });
    expect(await commandOf(route('RevokeRole'), payload, envelopeOf('RevokeRole', payload, '2025-07-03T01:00:00.000Z'))).toMatchObject({
      revokedAt: '2025-07-03T01:00:00.000Z',
    });
    expect((await failureOf(() => commandOf(route('RevokeRole'), { ...payload, revokedAt: 7 }))).field).toBe('revokedAt');
  });

  it('declares the rights of each people command beside its payload', () => {
    expect(
      rightsOf(route('AppointCadre'), {
        cadreId: 'c-1',
        positionId: 'p',
        unitId: 'yb-1',
        title: 'Bí thư',
        dedicatedToVolunteerWork: true,
        termStart: '2025-10-01',
      }),
    ).toEqual({
      permission: 'cadres:write',
      units: ['yb-1'],
      appointee: 'c-1',
      effectiveDate: '2025-10-01',
    });
    expect(rightsOf(route('ChangeVolunteerContact'), { volunteerId: 'v-1', email: 'x@example.vn' })).toEqual({
      permission: 'volunteers:write',
      units: [],
      ownerStream: { kind: 'volunteer', id: 'v-1' },
    });
    const open = {
      username: 'mai',
      kind: 'volunteer',
      personId: 'v-1',
      password: 'correct horse',
      roles: [{ role: 'volunteer', unitId: 'ta-van' }, { role: 'system-admin' }],
      openedOn: '2025-07-01',
    };
    expect(rightsOf(route('OpenAccount'), open)).toEqual({
      permission: 'accounts:write',
      units: ['ta-van', null],
      person: { accountKind: 'volunteer', id: 'v-1' },
      effectiveDate: '2025-07-01',
    });
    expect(rightsOf(route('ChangePassword'), { accountId: 'a-1', password: 'correct horse', changedAt: '2025-07-01T00:00:00Z' })).toEqual({
      permission: 'accounts:write',
      units: [],
      ownerStream: { kind: 'account', id: 'a-1' },
      selfAccountId: 'a-1',
    });
  });
});
