import { DomainError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type Grant, signAccessToken } from '@tn/shared-auth';
import { registryRoutes, rightsDeclaredFor, routeOf } from '../routes.test-fixtures';
import { accountFrom, createUnit, viewOf } from './authorisation.test-fixtures';
import type { HierarchyView } from './hierarchy-view';
import { NO_UNIT, type PersonUnits } from './owner-units';
import { registryAuthoriser } from './registry-authoriser';

// Two provinces, Lào Cai (commune ta-van) and Yên Bái (commune yb-1); each names only its own ids.
const secret = Buffer.alloc(32, 7);
const cadres: Record<string, PersonUnits> = {
  'cadre-lc': { exists: true, units: ['ta-van'], lastUnits: ['ta-van'] },
  // Term ended in Lào Cai: still Lào Cai's to appoint again.
  'cadre-lc-former': { exists: true, units: [NO_UNIT], lastUnits: ['ta-van'] },
  // Registered by Lào Cai, never appointed: Lào Cai's until the first appointment.
  'cadre-new': { exists: true, units: [NO_UNIT], lastUnits: ['ta-van'] },
  // Registered before the registering unit was recorded, never appointed: no one's but an administrator's.
  'cadre-legacy': { exists: true, units: [NO_UNIT], lastUnits: [NO_UNIT] },
};
/** One payload of every command type, naming what its rights are read from. */
const samplePayloads: Record<string, Record<string, unknown>> = {
  CreateUnit: { unitId: 'n', parentId: 'ta-van', effectiveFrom: '2025-10-01' },
  ImportUnits: { parentId: 'ta-van', units: [{ unitId: 'n' }], effectiveFrom: '2025-10-01' },
  RenameUnit: { unitId: 'ta-van', nameVi: 'Tả Van', effectiveFrom: '2025-10-01' },
  MoveUnit: { unitId: 'ta-van', newParentId: 'lao-cai', effectiveFrom: '2025-10-01' },
  MergeUnits: { sourceUnitIds: ['ta-van'], successor: { existingUnitId: 'yb-1' }, effectiveFrom: '2025-10-01' },
  SplitUnit: { unitId: 'yb-1', into: [], childAssignments: {}, effectiveFrom: '2025-10-01' },
  DissolveUnit: { unitId: 'ta-van', effectiveFrom: '2025-10-01' },
  RegisterCadre: { cadreId: 'x', registeringUnitId: 'ta-van', registeredOn: '2025-10-01' },
  AppointCadre: { cadreId: 'x', unitId: 'ta-van', termStart: '2025-10-01' },
  TransferCadre: { cadreId: 'x', toUnitId: 'ta-van', effectiveFrom: '2025-10-01' },
  EndCadreTerm: { cadreId: 'x' },
  RegisterVolunteer: { volunteerId: 'v', homeUnitId: 'ta-van', registeredOn: '2025-10-01' },
  GiveVolunteerConsent: { volunteerId: 'v' },
  WithdrawVolunteerConsent: { volunteerId: 'v' },
  UpdateVolunteerSkills: { volunteerId: 'v' },
  ChangeVolunteerContact: { volunteerId: 'v' },
  ChangeVolunteerHomeUnit: { volunteerId: 'v', homeUnitId: 'ta-van', effectiveFrom: '2025-10-01' },
  OpenAccount: { username: 'mai', kind: 'cadre', roles: [], openedOn: '2025-10-01' },
  GrantRole: { accountId: 'a', role: 'trainer', unitId: 'ta-van' },
  RevokeRole: { accountId: 'a', role: 'trainer', unitId: 'ta-van' },
  ChangePassword: { accountId: 'a' },
  CloseAccount: { accountId: 'a' },
};
const manager = (unitId: string): Grant => ({ role: 'unit-manager', unitId });
const ADMIN: Grant = { role: 'system-admin', unitId: null };

describe('registryAuthoriser: ids a command names', () => {
  let view: HierarchyView;
  beforeAll(
    async () =>
      (view = await viewOf([
        createUnit('lao-cai', null),
        createUnit('ta-van', 'lao-cai'),
        createUnit('yen-bai', null),
        createUnit('yb-1', 'yen-bai'),
        createUnit('yb-1-thon', 'yb-1'),
      ])),
  );

  const authorise = registryAuthoriser({
    secret,
    get view() {
      return view;
    },
    ownerUnits: async () => [NO_UNIT],
    personUnits: async (kind, id) => (kind === 'cadre' && cadres[id]) || { exists: false, units: [NO_UNIT] },
    accountOf: async () => accountFrom([]),
  });
  /** The code of the refusal of a command with the rights its type declares, or 'ok'. */
  const outcome = (type: string, payload: Record<string, unknown>, grants: Grant[]) => outcomeWith(type, payload, grants, rightsDeclaredFor(type, payload));
  async function outcomeWith(type: string, payload: Record<string, unknown>, grants: Grant[], rights: unknown): Promise<string> {
    const envelope: CommandEnvelope = {
      commandId: 'c-1',
      type,
      payload,
      actor: { kind: 'account', id: 'actor' },
      correlationId: 'k',
      issuedAt: '2025-10-01T03:00:00.000Z',
      credentials: signAccessToken({ sub: 'actor', sid: 's-1', kind: 'cadre', grants }, secret, new Date(), 600),
    };
    try {
      await authorise(envelope, rights);
      return 'ok';
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
  }
  const appoint = (cadreId: string) => ({ cadreId, positionId: 'p', unitId: 'yb-1', title: 'Bí thư', dedicatedToVolunteerWork: true, termStart: '2025-10-01' });

  it("refuses appointing another province's cadre to one's own unit exactly as an unknown cadre", async () => {
    expect(await outcome('AppointCadre', appoint('cadre-lc'), [manager('yen-bai')])).toBe('FORBIDDEN');
    expect(await outcome('AppointCadre', appoint('cadre-lc-former'), [manager('yen-bai')])).toBe('FORBIDDEN');
    expect(await outcome('AppointCadre', appoint('cadre-nobody'), [manager('yen-bai')])).toBe('FORBIDDEN');
    expect(await outcome('AppointCadre', appoint('cadre-new'), [manager('yen-bai')])).toBe('FORBIDDEN');
    expect(await outcome('AppointCadre', { ...appoint('cadre-new'), unitId: 'ta-van' }, [manager('lao-cai')])).toBe('ok');
    expect(await outcome('AppointCadre', appoint('cadre-legacy'), [manager('yen-bai')])).toBe('FORBIDDEN');
    expect(await outcome('AppointCadre', appoint('cadre-legacy'), [ADMIN])).toBe('ok');
    expect(await outcome('AppointCadre', { ...appoint('cadre-lc'), unitId: 'ta-van' }, [manager('lao-cai')])).toBe('ok');
    expect(await outcome('AppointCadre', appoint('cadre-lc'), [ADMIN])).toBe('ok');
  });

  it('registers a cadre only for a unit the actor has cadres:write over', async () => {
    const register = (registeringUnitId?: string) => ({
      cadreId: 'x',
      fullName: 'X',
      registeredOn: '2025-10-01',
      ...(registeringUnitId ? { registeringUnitId } : {}),
    });
    expect(await outcome('RegisterCadre', register('ta-van'), [manager('lao-cai')])).toBe('ok');
    expect(await outcome('RegisterCadre', register('ta-van'), [manager('yen-bai')])).toBe('FORBIDDEN');
    expect(await outcome('RegisterCadre', register(), [manager('yen-bai')])).toBe('FORBIDDEN');
  });

  it("refuses a split whose parts take over another province's unit", async () => {
    const split = (child: string) => ({ unitId: 'yb-1', into: [], childAssignments: { [child]: 'yb-1a' }, effectiveFrom: '2025-10-01' });
    expect(await outcome('SplitUnit', split('ta-van'), [manager('yen-bai')])).toBe('FORBIDDEN');
    expect(await outcome('SplitUnit', split('yb-1-thon'), [manager('yen-bai')])).toBe('ok');
  });

  it('fails closed: a command type with no declared scope is refused, even to a system administrator', async () => {
    expect(await outcomeWith('MergeVolunteers', {}, [ADMIN], undefined)).toBe('FORBIDDEN');
  });

  it('declares a scope for every command the service routes', () => {
    const types = registryRoutes().map((route) => route.definition.type);
    expect(types.length).toBeGreaterThan(15);
    const undeclared = types.filter((type) => !routeOf(registryRoutes(), type).definition.rights(samplePayloads[type] ?? {}));
    expect(undeclared).toEqual([]);
    expect(Object.keys(samplePayloads).sort()).toEqual([...types].sort());
  });
});
