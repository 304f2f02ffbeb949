import type { GatewayContext } from '@tn/gateway-core';
import type { NetworkClient } from '../core/network-client';
import { networkAllows, requireNetworkPermission } from '../core/network-permissions';
import { GroupChangesResolver } from './group-changes.resolver';
import { groupsOf } from './group-reads';
import type { GroupDoc } from './group.read-model';
import { docAfter, registeredDoc, registration } from './group.test-fixtures';
import { GroupsResolver } from './groups.resolver';

jest.mock('../core/network-permissions', () => ({
  ...jest.requireActual('../core/network-permissions'),
  networkAllows: jest.fn(),
  requireNetworkPermission: jest.fn(),
}));
jest.mock('./group-reads', () => ({ groupsOf: jest.fn() }));
jest.mock('@tn/gateway-registry', () => ({
  subtreeUnitIds: jest.requireActual('@tn/gateway-registry').subtreeUnitIds,
  today: () => '2025-03-01',
  directoryOf: () => ({
    withPredecessors: async (unitId: string) => [unitId],
    childrenOf: async (parentId: string) => (parentId === 'lao-cai' ? [{ unitId: 'xa-ta-van' }, { unitId: 'xa-de-xuat' }] : []),
  }),
}));

const pending: GroupDoc = { ...docAfter(registration({ channel: 'self', hostUnitId: 'xa-de-xuat', registeredBy: 'acc-leader' })), groupId: 'g-2' };
const docs: Record<string, GroupDoc> = { 'g-1': registeredDoc(), 'g-2': pending };
const reads = {
  group: jest.fn(async (id: string) => docs[id]),
  everHostedBy: jest.fn(async (units: Iterable<string>) => Object.values(docs).filter((doc) => [...units].some((unit) => doc.hostUnitIds.includes(unit)))),
};

const contextOf = (role: string, unitId: string | null, personId?: string): GatewayContext =>
  ({
    language: 'en',
    user: { claims: { sub: 'acc-1', kind: 'cadre', grants: [{ role, unitId }], ...(personId ? { personId } : {}) } },
  }) as unknown as GatewayContext;
const manager = contextOf('unit-manager', 'lao-cai');
const volunteer = contextOf('volunteer', 'xa-ta-van', 'p-leader');
const outcome = { streamId: 'group-g-1', version: 2, consistencyToken: 't' };
const client = { send: jest.fn(async () => outcome) };
const queries = new GroupsResolver();
const changes = new GroupChangesResolver(client as unknown as NetworkClient);

beforeEach(() => {
  jest.clearAllMocks();
  (groupsOf as jest.Mock).mockReturnValue(reads);
  (networkAllows as jest.Mock).mockResolvedValue(false);
  (requireNetworkPermission as jest.Mock).mockImplementation(async (context: GatewayContext) => context.user);
});

describe('reading groups', () => {
  it('shows a verified group to every network reader, its status as of a date', async () => {
    expect(await queries.group(manager, 'g-1')).toMatchObject({ id: 'g-1', asOf: '2025-03-01', status: 'active', hostUnitId: 'xa-ta-van' });
    expect(await queries.group(manager, 'g-1', '2026-02-01')).toMatchObject({ status: 'dormant' });
    expect(await queries.group(manager, 'g-9')).toBeNull();
    await expect(queries.group(manager, 'g-1', '2025-02-30')).rejects.toMatchObject({ code: 'GROUP.DATE_INVALID' });
  });

  it('shows a pending group to its proposed host’s readers and its own leaders only', async () => {
    expect(await queries.group(manager, 'g-2')).toBeNull();
    expect(networkAllows).toHaveBeenCalledWith(manager, 'network:read', 'xa-de-xuat');
    (networkAllows as jest.Mock).mockResolvedValue(true);
    expect(await queries.group(manager, 'g-2')).toMatchObject({ status: 'pending-verification', hostUnitId: 'xa-de-xuat' });
    (networkAllows as jest.Mock).mockResolvedValue(false);
    expect(await queries.group(volunteer, 'g-2')).toMatchObject({ id: 'g-2' });
  });

  it('answers FORBIDDEN to a caller reading no network, for a group they do not lead', async () => {
    await expect(queries.group(volunteer, 'g-1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(queries.group(volunteer, 'g-9')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists a unit’s groups (network:read over it), its subtree’s when asked, with totals and a status filter', async () => {
    const own = await queries.unitGroups(manager, 'xa-ta-van');
    expect(requireNetworkPermission).toHaveBeenCalledWith(manager, 'network:read', 'xa-ta-van');
    expect(own.edges.map((edge) => edge.node.id)).toEqual(['g-1']);
    const subtree = await queries.unitGroups(manager, 'lao-cai', true);
    expect(subtree.edges.map((edge) => edge.node.id)).toEqual(['g-1', 'g-2']);
    expect(subtree.totals).toContainEqual({ status: 'pending-verification', count: 1 });
    const pendingOnly = await queries.unitGroups(manager, 'lao-cai', true, 'pending-verification');
    expect(pendingOnly.edges.map((edge) => edge.node.id)).toEqual(['g-2']);
    expect(pendingOnly.totals).toContainEqual({ status: 'active', count: 1 });
    await expect(queries.unitGroups(manager, 'lao-cai', true, 'sleeping')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('changing groups', () => {
  const input = {
    name: 'CLB Xanh',
    kind: 'club',
    origin: 'union-founded',
    hostUnitId: 'xa-ta-van',
    fields: ['public-health'],
    size: 12,
    leaderPersonIds: ['p-1'],
  };

  it('registers a group with write rights over its host, serving the host’s territory unless told', async () => {
    expect(await changes.registerGroup(manager, { ...input, groupId: 'g-9' })).toEqual({ id: 'g-9', ...outcome });
    expect(requireNetworkPermission).toHaveBeenCalledWith(manager, 'network:write', 'xa-ta-van');
    expect(client.send).toHaveBeenCalledWith(expect.anything(), 'RegisterGroup', { ...input, groupId: 'g-9', areaUnitIds: ['xa-ta-van'] }, manager.user, 'en');
    await expect(changes.registerGroup(manager, { ...input, kind: 'choir' })).rejects.toMatchObject({ code: 'GROUP.KIND_UNKNOWN' });
    await expect(changes.registerGroup(manager, { ...input, fields: ['sports'] })).rejects.toMatchObject({ code: 'GROUP.FIELDS_INVALID', field: 'fields.0' });
  });

  it('registers one’s own group as one of its leaders', async () => {
    const { hostUnitId: _host, ...profile } = input;
    const result = await changes.selfRegisterGroup(volunteer, { ...profile, groupId: 'g-8', proposedHostUnitId: 'xa-ta-van' });
    // The client's id is ignored: a fresh one, so no id chosen by the client probes for a group elsewhere.
    expect(result.id).not.toBe('g-8');
    expect(client.send).toHaveBeenCalledWith(expect.anything(), 'SelfRegisterGroup', expect.objectContaining({ groupId: result.id }), volunteer.user, 'en');
    expect(requireNetworkPermission).not.toHaveBeenCalled();
    expect(client.send).toHaveBeenCalledWith(
      expect.anything(),
      'SelfRegisterGroup',
      expect.objectContaining({ leaderPersonId: 'p-leader', leaderPersonIds: ['p-leader', 'p-1'], areaUnitIds: ['xa-ta-van'] }),
      volunteer.user,
      'en',
    );
    await expect(changes.selfRegisterGroup(manager, { ...profile, proposedHostUnitId: 'xa-ta-van' })).rejects.toMatchObject({ code: 'GROUP.SELF_NOT_LEADER' });
  });

  it('verifies, declines, revises and declares with write rights over the group’s owner unit', async () => {
    (networkAllows as jest.Mock).mockResolvedValue(true);
    await changes.verifyGroup(manager, { groupId: 'g-2' });
    expect(requireNetworkPermission).toHaveBeenLastCalledWith(manager, 'network:write', 'xa-de-xuat');
    expect(client.send).toHaveBeenLastCalledWith(expect.anything(), 'VerifyGroup', { groupId: 'g-2' }, manager.user, 'en');
    await changes.declineGroupVerification(manager, { groupId: 'g-2', reason: 'Trùng nhóm' });
    expect(client.send).toHaveBeenLastCalledWith(expect.anything(), 'DeclineGroupVerification', { groupId: 'g-2', reason: 'Trùng nhóm' }, manager.user, 'en');
    await changes.reviseGroupProfile(manager, {
      groupId: 'g-1',
      name: 'CLB',
      fields: ['public-health'],
      areaUnitIds: ['xa-ta-van'],
      size: 3,
      leaderPersonIds: ['p-1'],
    });
    expect(requireNetworkPermission).toHaveBeenLastCalledWith(manager, 'network:write', 'xa-ta-van');
    await changes.declareGroupStatus(manager, { groupId: 'g-1', status: 'dormant', reason: 'Nghỉ hè' });
    expect(client.send).toHaveBeenLastCalledWith(
      expect.anything(),
      'DeclareGroupStatus',
      { groupId: 'g-1', status: 'dormant', reason: 'Nghỉ hè' },
      manager.user,
      'en',
    );
    await expect(changes.declareGroupStatus(manager, { groupId: 'g-1', status: 'asleep', reason: 'r' })).rejects.toMatchObject({
      code: 'GROUP.STATUS_UNKNOWN',
    });
  });

  it('moves a group with write rights over both hosts, from today unless told', async () => {
    await changes.moveGroupHost(manager, { groupId: 'g-1', newHostUnitId: 'xa-moi' });
    expect(requireNetworkPermission).toHaveBeenCalledWith(manager, 'network:write', 'xa-ta-van');
    expect(requireNetworkPermission).toHaveBeenCalledWith(manager, 'network:write', 'xa-moi');
    expect(client.send).toHaveBeenLastCalledWith(
      expect.anything(),
      'MoveGroupHost',
      { groupId: 'g-1', newHostUnitId: 'xa-moi', from: '2025-03-01' },
      manager.user,
      'en',
    );
  });

  it('answers FORBIDDEN for a group unknown, or pending and not the caller’s to read, as for one of another unit', async () => {
    await expect(changes.verifyGroup(manager, { groupId: 'g-9' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(changes.verifyGroup(manager, { groupId: 'g-2' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(client.send).not.toHaveBeenCalled();
  });
});
