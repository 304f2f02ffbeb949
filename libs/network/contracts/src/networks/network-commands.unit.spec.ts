import { NETWORK_MEMBERSHIP_ERROR_CODES, networkCommandTypes, networkMembershipEventTypes, networkStreamId } from './index';

const definition = (type: string) => {
  const found = networkCommandTypes.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no command type ${type}`);
  return found as { streamId(payload: object): string; rights(payload: object): unknown };
};

describe('network command types', () => {
  it('forms a network on its new stream with write rights over the owner unit', () => {
    const payload = { networkId: 'n-1', ownerUnitId: 'u-1' };
    expect(definition('FormNetwork').streamId(payload)).toBe('network-n-1');
    expect(definition('FormNetwork').rights(payload)).toEqual({ permission: 'network:write', units: ['u-1'] });
  });

  it.each([
    ['AdmitNetworkMember', { networkId: 'n-1', member: { kind: 'group', id: 'g-1' }, from: '2026-01-01' }],
    ['EndNetworkMembership', { networkId: 'n-1', memberKind: 'group', memberId: 'g-1', to: '2026-02-01', reason: 'r' }],
    ['DissolveNetwork', { networkId: 'n-1', on: '2026-03-01', reason: 'r' }],
  ])("%s acts on the network's stream with write rights over its owner unit only (not the member's)", (type, payload) => {
    expect(definition(type).streamId(payload)).toBe(networkStreamId('n-1'));
    expect(definition(type).rights(payload)).toEqual({ permission: 'network:write', units: [], record: { kind: 'network', id: 'n-1' } });
  });

  it('lists each event type and each error code once', () => {
    const types = networkMembershipEventTypes.map((eventDefinition) => eventDefinition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(NETWORK_MEMBERSHIP_ERROR_CODES).size).toBe(NETWORK_MEMBERSHIP_ERROR_CODES.length);
    expect(NETWORK_MEMBERSHIP_ERROR_CODES.filter((code) => !/^NETWORK\.[A-Z_]+$/.test(code))).toEqual([]);
  });
});
