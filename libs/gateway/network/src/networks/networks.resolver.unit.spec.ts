import type { GatewayContext } from '@tn/gateway-core';
import type { NetworkClient } from '../core/network-client';
import { requireNetworkPermission, requireNetworkReader } from '../core/network-permissions';
import { networksOf } from './network-reads';
import type { NetworkMembershipView, NetworkView } from './network.models';
import type { NetworkDoc } from './network.read-model';
import { NetworkMembershipsResolver, NetworksResolver } from './networks.resolver';

jest.mock('../core/network-permissions', () => ({
  networkForbidden: jest.requireActual('../core/network-permissions').networkForbidden,
  requireNetworkReader: jest.fn(),
  requireNetworkPermission: jest.fn(),
}));
jest.mock('./network-reads', () => ({ networksOf: jest.fn() }));
jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-04-10' }));

const network: NetworkDoc = {
  networkId: 'net-1',
  name: 'Mạng lưới xanh',
  kind: 'network',
  reach: 'provincial',
  ownerUnitId: 'lao-cai',
  fields: ['environment-climate-change'],
  purpose: 'Làm sạch môi trường',
  status: 'active',
  currentMemberCount: 1,
  formedBy: 'acc-1',
  formedOn: '2026-01-05',
};
const membership = {
  networkId: 'net-1',
  memberKind: 'group' as const,
  memberId: 'grp-ha-giang',
  memberKey: 'group:grp-ha-giang',
  current: true,
  periods: [{ from: '2026-02-01', admittedBy: 'acc-1', admittedOn: '2026-02-01' }],
};
const reads = {
  network: jest.fn(async (id: string) => (id === 'net-1' ? network : undefined)),
  ownedBy: jest.fn(async () => [network, { ...network, networkId: 'net-2', name: 'Cũ', status: 'dissolved' }]),
  membershipsOf: jest.fn(async () => [membership]),
  membershipsOfMember: jest.fn(async () => [membership, { ...membership, networkId: 'net-0', current: false }]),
};
const user = { claims: { sub: 'acc-manager' } };
const outcome = { streamId: 'network-net-1', version: 1, consistencyToken: 't' };
const client = { send: jest.fn(async () => outcome) };
const context = { language: 'en' } as GatewayContext;
const resolver = new NetworksResolver(client as unknown as NetworkClient);

beforeEach(() => {
  jest.clearAllMocks();
  (networksOf as jest.Mock).mockReturnValue(reads);
  (requireNetworkReader as jest.Mock).mockReturnValue(user);
  (requireNetworkPermission as jest.Mock).mockResolvedValue(user);
});

describe('networks resolver', () => {
  it('reads a network for any network reader, and its members on a date', async () => {
    const view = (await resolver.network(context, 'net-1')) as NetworkView;
    expect(requireNetworkReader).toHaveBeenCalled();
    expect(view).toMatchObject({ id: 'net-1', ownerUnitId: 'lao-cai', dissolvedOn: null });
    expect(await resolver.network(context, 'net-x')).toBeNull();
    expect(await resolver.members(context, view, '2026-01-31')).toEqual([]);
    expect(await resolver.members(context, view)).toEqual([{ memberKind: 'group', memberId: 'grp-ha-giang', from: '2026-02-01', to: null }]);
    await expect(resolver.members(context, view, '2026-02-30')).rejects.toMatchObject({ code: 'NETWORK.DATE_INVALID' });
  });

  it("lists a unit's networks with network:read over that unit, filtered by status", async () => {
    const page = await resolver.unitNetworks(context, 'lao-cai', 'active');
    expect(requireNetworkPermission).toHaveBeenCalledWith(context, 'network:read', 'lao-cai');
    expect(reads.ownedBy).toHaveBeenCalledWith('lao-cai');
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['net-1']);
    await expect(resolver.unitNetworks(context, 'lao-cai', 'closed')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it("lists a member's networks by its key, current ones only when asked", async () => {
    const all = await resolver.networksOfMember(context, 'group', 'grp-ha-giang');
    expect(reads.membershipsOfMember).toHaveBeenCalledWith('group', 'grp-ha-giang');
    expect(all.edges.map((edge) => edge.node.networkId)).toEqual(['net-0', 'net-1']);
    expect((await resolver.networksOfMember(context, 'group', 'grp-ha-giang', true)).edges.map((edge) => edge.node.networkId)).toEqual(['net-1']);
    await expect(resolver.networksOfMember(context, 'person', 'p-1')).rejects.toMatchObject({ code: 'NETWORK.MEMBER_KIND_UNKNOWN' });
    expect(await new NetworkMembershipsResolver().network(context, all.edges[1]?.node as NetworkMembershipView)).toMatchObject({ id: 'net-1' });
  });

  it('forms a network with write rights over the owner unit, checking its vocabulary', async () => {
    const input = {
      networkId: 'net-9',
      name: 'Liên minh',
      kind: 'coalition',
      reach: 'national',
      ownerUnitId: 'ha-noi',
      fields: ['public-health'],
      purpose: 'Y tế',
    };
    expect(await resolver.formNetwork(context, input)).toEqual({ id: 'net-9', ...outcome });
    expect(requireNetworkPermission).toHaveBeenCalledWith(context, 'network:write', 'ha-noi');
    expect(client.send).toHaveBeenCalledWith(expect.anything(), 'FormNetwork', input, user, 'en');
    await expect(resolver.formNetwork(context, { ...input, reach: 'regional' })).rejects.toMatchObject({ code: 'NETWORK.REACH_UNKNOWN' });
    await expect(resolver.formNetwork(context, { ...input, fields: ['sports'] })).rejects.toMatchObject({ code: 'NETWORK.FIELD_UNKNOWN' });
  });

  it("admits a member of another province with write rights over the network's owner only, from today by default", async () => {
    await resolver.admitNetworkMember(context, { networkId: 'net-1', memberKind: 'group', memberId: 'grp-ha-giang' });
    expect(requireNetworkPermission).toHaveBeenCalledTimes(1);
    expect(requireNetworkPermission).toHaveBeenCalledWith(context, 'network:write', 'lao-cai');
    expect(client.send).toHaveBeenCalledWith(
      expect.anything(),
      'AdmitNetworkMember',
      { networkId: 'net-1', member: { kind: 'group', id: 'grp-ha-giang' }, from: '2026-04-10' },
      user,
      'en',
    );
  });

  it('answers FORBIDDEN for a network this gateway does not know, as for one of another unit', async () => {
    await expect(resolver.dissolveNetwork(context, { networkId: 'net-x', reason: 'r' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(client.send).not.toHaveBeenCalled();
  });

  it('ends a membership and dissolves a network on the dates given', async () => {
    await resolver.endNetworkMembership(context, { networkId: 'net-1', memberKind: 'group', memberId: 'grp-ha-giang', to: '2026-03-31', reason: 'Tạm dừng' });
    expect(client.send).toHaveBeenLastCalledWith(
      expect.anything(),
      'EndNetworkMembership',
      { networkId: 'net-1', memberKind: 'group', memberId: 'grp-ha-giang', to: '2026-03-31', reason: 'Tạm dừng' },
      user,
      'en',
    );
    await resolver.dissolveNetwork(context, { networkId: 'net-1', on: '2026-04-01', reason: 'Sáp nhập' });
    expect(client.send).toHaveBeenLastCalledWith(
      expect.anything(),
      'DissolveNetwork',
      { networkId: 'net-1', on: '2026-04-01', reason: 'Sáp nhập' },
      user,
      'en',
    );
  });
});
