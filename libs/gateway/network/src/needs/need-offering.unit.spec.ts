import type { GatewayContext } from '@tn/gateway-core';
import { directoryOf } from '@tn/gateway-registry';
import { networkAllows } from '../core/network-permissions';
import { groupsOf } from '../groups/group-reads';
import { requireOfferingCaller } from './need-access';
import { needsOf } from './need-reads';

jest.mock('../core/network-permissions', () => ({
  ...jest.requireActual('../core/network-permissions'),
  networkAllows: jest.fn(),
}));
jest.mock('./need-reads', () => ({ needsOf: jest.fn() }));
jest.mock('../groups/group-reads', () => ({ groupsOf: jest.fn() }));
jest.mock('../partners', () => ({ callerPartnerIdOf: jest.fn() }));
jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-07-01', directoryOf: jest.fn() }));

// Lào Cai (Sa Pa, Tả Van) and Hà Giang (Lũng Cú): Sa Pa's need at Tả Van, Hà Giang's at the province.
const LINEAGES: Record<string, string[]> = {
  'tinh-lao-cai': ['tinh-lao-cai'],
  'huyen-sa-pa': ['huyen-sa-pa', 'tinh-lao-cai'],
  'xa-ta-van': ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'],
  'tinh-ha-giang': ['tinh-ha-giang'],
  'xa-lung-cu': ['xa-lung-cu', 'tinh-ha-giang'],
};
const needs: Record<string, object> = {
  'need-sa-pa': { needId: 'need-sa-pa', unitId: 'huyen-sa-pa', placeUnitId: 'xa-ta-van' },
  'need-ha-giang': { needId: 'need-ha-giang', unitId: 'tinh-ha-giang', placeUnitId: 'tinh-ha-giang' },
};
const groups: Record<string, object> = {
  'g-lc': { lifecycle: 'verified', hostUnitId: 'xa-ta-van', areaUnitIds: ['xa-ta-van'], leaderPersonIds: ['leader-lc'] },
  'g-hg': { lifecycle: 'verified', hostUnitId: 'xa-lung-cu', areaUnitIds: ['xa-lung-cu'], leaderPersonIds: ['leader-hg'] },
  'g-new': { lifecycle: 'pending-verification', hostUnitId: 'xa-lung-cu', areaUnitIds: ['xa-lung-cu'], leaderPersonIds: ['leader-new'] },
};
/** Units whose subtree the caller writes in. */
let writable: string[] = [];
const context = (claims: object) => ({ language: 'en', user: { claims } }) as unknown as GatewayContext;
const manager = context({ sub: 'acc-sa-pa', kind: 'cadre' });
const leader = (personId: string) => context({ sub: `acc-${personId}`, kind: 'volunteer', personId });
const group = (id: string) => ({ kind: 'group', id });

beforeEach(() => {
  writable = ['huyen-sa-pa'];
  (networkAllows as jest.Mock).mockImplementation(
    async (_c, permission: string, unitId: string) => permission === 'network:write' && (LINEAGES[unitId] ?? []).some((unit) => writable.includes(unit)),
  );
  (needsOf as jest.Mock).mockReturnValue({ need: async (id: string) => needs[id] });
  (groupsOf as jest.Mock).mockReturnValue({ group: async (id: string) => groups[id] });
  (directoryOf as jest.Mock).mockReturnValue({ lineage: async (unitId: string) => LINEAGES[unitId] ?? [] });
});

describe('offering for a need', () => {
  it('given a need’s manager, when they offer a group their unit hosts or a partner, then it goes through', async () => {
    await expect(requireOfferingCaller(manager, 'need-sa-pa', group('g-lc'))).resolves.toBeDefined();
    await expect(requireOfferingCaller(manager, 'need-sa-pa', { kind: 'partner', id: 'p-1' })).resolves.toBeDefined();
  });

  it('given a need’s manager, when they offer another province’s group, or one that does not exist, then FORBIDDEN alike', async () => {
    await expect(requireOfferingCaller(manager, 'need-sa-pa', group('g-hg'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(requireOfferingCaller(manager, 'need-sa-pa', group('g-nope'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('given a manager of both the need’s unit and the group’s host, when they offer it, then it goes through', async () => {
    writable = ['huyen-sa-pa', 'tinh-ha-giang'];
    await expect(requireOfferingCaller(manager, 'need-sa-pa', group('g-hg'))).resolves.toBeDefined();
  });

  it('given a leader of a verified group, when they offer it for a need whose place lies in or above its area, then it goes through', async () => {
    writable = [];
    await expect(requireOfferingCaller(leader('leader-lc'), 'need-sa-pa', group('g-lc'))).resolves.toBeDefined();
    // Hà Giang's need is placed at the province, above Lũng Cú.
    await expect(requireOfferingCaller(leader('leader-hg'), 'need-ha-giang', group('g-hg'))).resolves.toBeDefined();
  });

  it('given a leader, when the need lies outside the group’s area, then the answer is the one for an unknown need', async () => {
    writable = [];
    const outside = requireOfferingCaller(leader('leader-hg'), 'need-sa-pa', group('g-hg'));
    const unknown = requireOfferingCaller(leader('leader-hg'), 'need-nope', group('g-hg'));
    await expect(outside).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [outsideError, unknownError] = await Promise.all([outside.catch((error: Error) => error), unknown.catch((error: Error) => error)]);
    expect(outsideError).toEqual(unknownError);
  });

  it('given a leader of a group not verified, or of another group, when they offer it, then FORBIDDEN', async () => {
    writable = [];
    await expect(requireOfferingCaller(leader('leader-new'), 'need-ha-giang', group('g-new'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(requireOfferingCaller(leader('leader-hg'), 'need-sa-pa', group('g-lc'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
