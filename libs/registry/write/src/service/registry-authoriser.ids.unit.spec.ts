import { DomainError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type Grant, signAccessToken } from '@tn/shared-auth';
import { cadreRoutes, volunteerRoutes, accountRoutes, type RegistryLookups } from '../people-routes';
import { hierarchyRoutes } from '../hierarchy-routes';
import { accountFrom, createUnit, viewOf } from './authorisation.test-fixtures';
import type { HierarchyView } from './hierarchy-view';
import { scopeOfCommand } from './command-scopes';
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
const manager = (unitId: string): Grant => ({ role: 'unit-manager', unitId });
const ADMIN: Grant = { role: 'system-admin', unitId: null };

describe('registryAuthoriser: ids a command names', () => {
  let view: HierarchyView;
  beforeAll(async () => (view = await viewOf([createUnit('lao-cai', null), createUnit('ta-van', 'lao-cai'), createUnit('yen-bai', null), createUnit('yb-1', 'yen-bai'), createUnit('yb-1-thon', 'yb-1')])));

  const authorise = registryAuthoriser({
    secret,
    get view() {
      return view;
    },
    ownerUnits: async () => [NO_UNIT],
    personUnits: async (kind, id) => (kind === 'cadre' && cadres[id]) || { exists: false, units: [NO_UNIT] },
    accountOf: async () => accountFrom([]),
  });
  async function outcome(type: string, payload: Record<string, unknown>, grants: Grant[]): Promise<string> {
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
      await authorise(envelope);
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
    const register = (registeringUnitId?: string) => ({ cadreId: 'x', fullName: 'X', registeredOn: '2025-10-01', ...(registeringUnitId ? { registeringUnitId } : {}) });
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
    expect(scopeOfCommand({ type: 'MergeVolunteers', payload: {} } as unknown as CommandEnvelope)).toBeUndefined();
    expect(await outcome('MergeVolunteers', {}, [ADMIN])).toBe('FORBIDDEN');
  });

  it('declares a scope for every command the service routes', () => {
    const lookups = {} as RegistryLookups;
    const types = [...hierarchyRoutes, ...cadreRoutes(lookups), ...volunteerRoutes(lookups), ...accountRoutes(lookups)].map((route) => route.type);
    expect(types.length).toBeGreaterThan(15);
    expect(types.filter((type) => !scopeOfCommand({ type, payload: {} } as unknown as CommandEnvelope))).toEqual([]);
  });
});
