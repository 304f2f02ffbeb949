import type { AccountEvent, AccountState } from '@tn/registry-domain';
import { DomainError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type AccessClaims, type Grant, signAccessToken } from '@tn/shared-auth';
import { rightsDeclaredFor } from '../routes.test-fixtures';
import { accountFrom, createUnit, profile, viewOf } from './authorisation.test-fixtures';
import type { HierarchyView } from './hierarchy-view';
import { NO_UNIT, type PersonUnits } from './owner-units';
import { registryAuthoriser } from './registry-authoriser';

const secret = Buffer.alloc(32, 7);

/**
 * Provinces A and B. Communes a1 and a2 of A merged into a-new on 1 July 2025, which moved to B
 * on 1 August. Commune m moved from A to B on 1 September 2025.
 */
const hierarchy = () =>
  viewOf([
    createUnit('a', null),
    createUnit('b', null),
    createUnit('a1', 'a'),
    createUnit('a2', 'a'),
    createUnit('m', 'a'),
    { type: 'MergeUnits', sourceUnitIds: ['a1', 'a2'], successor: { newUnitId: 'a-new', ...profile('a-new'), parentId: 'a' }, effectiveFrom: '2025-07-01' },
    { type: 'MoveUnit', unitId: 'a-new', newParentId: 'b', effectiveFrom: '2025-08-01' },
    { type: 'MoveUnit', unitId: 'm', newParentId: 'b', effectiveFrom: '2025-09-01' },
  ]);

/** Volunteers and their home units; cadres and their open positions' units. */
const people: Record<string, PersonUnits & { kind: 'volunteer' | 'cadre' }> = {
  'vol-a1': { kind: 'volunteer', exists: true, units: ['a1'] },
  'vol-m': { kind: 'volunteer', exists: true, units: ['m'] },
  'cadre-a': { kind: 'cadre', exists: true, units: ['a'] },
};

const manager = (unitId: string): Grant => ({ role: 'unit-manager', unitId });
const ADMIN: Grant = { role: 'system-admin', unitId: null };

describe('registryAuthoriser', () => {
  let view: HierarchyView;
  let accounts: Record<string, AccountState>;
  beforeAll(async () => (view = await hierarchy()));
  beforeEach(() => (accounts = {}));

  const authorise = registryAuthoriser({
    secret,
    get view() {
      return view;
    },
    ownerUnits: async (kind, id) => {
      const person = people[id];
      return person && person.kind === kind ? person.units : [NO_UNIT];
    },
    personUnits: async (kind, id) => {
      const person = people[id];
      return person && person.kind === kind ? person : { exists: false, units: [NO_UNIT] };
    },
    accountOf: async (accountId) => accounts[accountId] ?? accountFrom([]),
  });

  const token = (grants: Grant[], claims: Partial<AccessClaims> = {}) =>
    signAccessToken({ sub: 'actor', sid: 's-1', kind: 'cadre', grants, ...claims }, secret, new Date(), 600);
  const envelope = (type: string, payload: Record<string, unknown>, credentials: string, issuedAt = '2025-10-01T03:00:00.000Z'): CommandEnvelope => ({
    commandId: 'c-1',
    type,
    payload,
    actor: { kind: 'account', id: 'actor' },
    correlationId: 'k',
    issuedAt,
    credentials,
  });
  /** The code of the refusal, or 'ok'. */
  async function outcome(type: string, payload: Record<string, unknown>, grants: Grant[], issuedAt?: string, claims?: Partial<AccessClaims>): Promise<string> {
    try {
      await authorise(envelope(type, payload, token(grants, claims), issuedAt), rightsDeclaredFor(type, payload));
      return 'ok';
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
  }

  describe('accounts linked to a person', () => {
    const openAccount = (personId: string | undefined, roles: Grant[] = [], kind = 'volunteer') => ({
      username: 'someone',
      kind,
      ...(personId ? { personId } : {}),
      password: 'long enough password',
      roles,
      openedOn: '2025-10-01',
    });

    it("needs accounts:write over the person's current unit, whatever the roles given", async () => {
      // Mid-July, commune a1 (merged into a-new) is still A's: a manager of B may not link an account to its volunteer.
      expect(await outcome('OpenAccount', openAccount('vol-a1', [{ role: 'volunteer', unitId: 'b' }]), [manager('b')], '2025-07-15T03:00:00Z')).toBe(
        'FORBIDDEN',
      );
      expect(await outcome('OpenAccount', openAccount('vol-m', [{ role: 'volunteer', unitId: 'b' }]), [manager('b')])).toBe('ok');
      expect(await outcome('OpenAccount', openAccount('vol-m', []), [manager('a')])).toBe('FORBIDDEN');
      expect(await outcome('OpenAccount', openAccount('cadre-a', [], 'cadre'), [manager('a')])).toBe('ok');
      expect(await outcome('OpenAccount', openAccount('cadre-a', [], 'cadre'), [manager('b')])).toBe('FORBIDDEN');
    });

    it('lets only a system administrator open an account with no roles and no person', async () => {
      expect(await outcome('OpenAccount', openAccount(undefined), [manager('a')])).toBe('FORBIDDEN');
      expect(await outcome('OpenAccount', openAccount(undefined), [ADMIN])).toBe('ok');
    });

    it('refuses an unknown person (or one of another kind) to anyone but a system administrator', async () => {
      expect(await outcome('OpenAccount', openAccount('nobody', [{ role: 'volunteer', unitId: 'a' }]), [manager('a')])).toBe('FORBIDDEN');
      expect(await outcome('OpenAccount', openAccount('cadre-a', [{ role: 'volunteer', unitId: 'a' }], 'volunteer'), [manager('a')])).toBe('FORBIDDEN');
      expect(await outcome('OpenAccount', openAccount('nobody'), [ADMIN])).toBe('ok');
      expect(await outcome('OpenAccount', openAccount('cadre-a', [], 'volunteer'), [ADMIN])).toBe('ACCOUNT.PERSON_KIND_MISMATCH');
    });
  });

  describe('dates', () => {
    it('takes "today" as the date in Vietnam, not in UTC', async () => {
      // 2025-08-31T18:00Z is 1 September in Vietnam: commune m belongs to B by then.
      const contact = { volunteerId: 'vol-m', email: 'x@example.vn' };
      expect(await outcome('ChangeVolunteerContact', contact, [manager('b')], '2025-08-31T18:00:00Z')).toBe('ok');
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')], '2025-08-31T18:00:00Z')).toBe('FORBIDDEN');
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')], '2025-08-31T16:59:00Z')).toBe('ok');
    });

    it('needs the permission as of the effective date too', async () => {
      // On 15 August commune m was still A's; today (1 October) it is B's.
      const register = { volunteerId: 'v', homeUnitId: 'm', registeredOn: '2025-08-15' };
      expect(await outcome('RegisterVolunteer', register, [manager('b')])).toBe('FORBIDDEN');
      expect(await outcome('RegisterVolunteer', register, [manager('a')])).toBe('FORBIDDEN');
      expect(await outcome('RegisterVolunteer', register, [manager('a'), manager('b')])).toBe('ok');
      expect(await outcome('RegisterVolunteer', { ...register, registeredOn: '2025-09-15' }, [manager('b')])).toBe('ok');
      const transfer = { cadreId: 'cadre-a', positionId: 'p', toUnitId: 'm', effectiveFrom: '2025-08-15' };
      expect(await outcome('TransferCadre', transfer, [manager('a')])).toBe('FORBIDDEN');
      expect(await outcome('TransferCadre', { ...transfer, effectiveFrom: '2025-09-15' }, [manager('a'), manager('b')])).toBe('ok');
      const move = { unitId: 'm', newParentId: 'b', effectiveFrom: '2025-08-15' };
      expect(await outcome('MoveUnit', move, [manager('b')])).toBe('FORBIDDEN');
      // A unit that did not exist yet on the effective date is for the decider to refuse ("not active").
      expect(await outcome('CreateUnit', { unitId: 'n', parentId: 'a-new', effectiveFrom: '2025-06-01' }, [manager('b')])).toBe('ok');
    });
  });

  describe('merged units', () => {
    it("hands a merged commune's people to the successor's province", async () => {
      const contact = { volunteerId: 'vol-a1', email: 'x@example.vn' };
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')], '2025-07-15T03:00:00Z')).toBe('ok');
      expect(await outcome('ChangeVolunteerContact', contact, [manager('b')], '2025-07-15T03:00:00Z')).toBe('FORBIDDEN');
      expect(await outcome('ChangeVolunteerContact', contact, [manager('b')])).toBe('ok');
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')])).toBe('FORBIDDEN');
    });
  });

  describe('the caller as the registry knows them now', () => {
    const opened: AccountEvent = {
      type: 'AccountOpened',
      data: { accountId: 'actor', username: 'x', kind: 'cadre', passwordHash: 'h', openedOn: '2025-07-01' },
    };
    const session: AccountEvent = {
      type: 'SessionStarted',
      data: { accountId: 'actor', sessionId: 's-1', refreshTokenHash: 'r', startedAt: '2025-07-01T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z' },
    };
    const managerOfA: AccountEvent = { type: 'RoleGranted', data: { accountId: 'actor', role: 'unit-manager', unitId: 'a' } };
    const contact = { volunteerId: 'vol-m', email: 'x@example.vn' };
    const early = '2025-07-15T03:00:00Z';

    it("uses the account's current roles, not the token's", async () => {
      accounts['actor'] = accountFrom([opened, session, managerOfA, { type: 'RoleRevoked', data: { accountId: 'actor', role: 'unit-manager', unitId: 'a' } }]);
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')], early)).toBe('FORBIDDEN');
      accounts['actor'] = accountFrom([opened, session, managerOfA]);
      expect(await outcome('ChangeVolunteerContact', contact, [], early)).toBe('ok');
    });

    it('refuses the token of an ended session or a closed account', async () => {
      accounts['actor'] = accountFrom([
        opened,
        session,
        managerOfA,
        { type: 'SessionEnded', data: { accountId: 'actor', sessionId: 's-1', endedAt: '2025-07-02T00:00:00Z', reason: 'sign-out' } },
      ]);
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')], early)).toBe('AUTH.SESSION_ENDED');
      accounts['actor'] = accountFrom([opened, session, managerOfA]);
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')], early, { sid: 'another' })).toBe('AUTH.SESSION_ENDED');
      accounts['actor'] = accountFrom([opened, session, managerOfA, { type: 'AccountClosed', data: { accountId: 'actor', closedOn: '2025-07-03' } }]);
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')], early)).toBe('AUTH.SESSION_ENDED');
      // Even for one's own password.
      expect(await outcome('ChangePassword', { accountId: 'actor', password: 'long enough password', changedAt: early }, [], early)).toBe('AUTH.SESSION_ENDED');
    });

    it('keeps the grants of service tokens and of tokens for accounts the registry does not hold', async () => {
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')], early)).toBe('ok');
      accounts['actor'] = accountFrom([opened]);
      expect(await outcome('ChangeVolunteerContact', contact, [manager('a')], early, { kind: 'service' })).toBe('ok');
    });
  });
});
