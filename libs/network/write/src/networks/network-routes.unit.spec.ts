import type { CommandEnvelope, DomainEvent } from '@tn/shared-event-contracts';
import type { CommandRoute } from '@tn/shared-event-sourcing-nest';
import { fold } from '@tn/shared-decider';
import type { NetworkLookups } from '../lookups';
import { networkRoutes } from './network-routes';

// The routes over look-ups in memory: a group in Hà Giang (another province), units known to the hierarchy, a partner.
const groups: Record<string, string> = {
  'grp-ha-giang': 'verified',
  'grp-pending': 'pending-verification',
  'grp-declined': 'declined',
  'grp-old': 'dissolved',
};
const lookups = {
  groupOf: async (id: string) => ({ status: groups[id] ?? 'none' }),
  partnerOf: async (id: string) => ({ status: id === 'ptn-1' ? 'registered' : 'none' }),
  knownUnitOn: (id: string, date: string) => id === 'unit-ca-mau' && date === '2026-04-10',
} as unknown as NetworkLookups;
const routes = networkRoutes(lookups);

/** 10 April 2026, 09:00 in Vietnam. */
const envelopeOf = (type: string, payload: object, issuedAt = '2026-04-10T02:00:00.000Z'): CommandEnvelope =>
  ({ commandId: 'c-1', type, payload, actor: { kind: 'account', id: 'manager-7' }, correlationId: 'k', issuedAt }) as CommandEnvelope;

const routeOf = (type: string): CommandRoute => {
  const route = routes.find((candidate) => candidate.definition.type === type);
  if (!route) throw new Error(`no route for ${type}`);
  return route;
};
const commandOf = (type: string, payload: object, issuedAt?: string) => routeOf(type).toCommand(payload, envelopeOf(type, payload, issuedAt));

const formed: DomainEvent = {
  type: 'NetworkFormed',
  data: {
    networkId: 'net-1',
    name: 'Liên minh',
    kind: 'coalition',
    reach: 'provincial',
    ownerUnitId: 'lao-cai',
    fields: ['public-health'],
    purpose: 'Y tế',
    formedBy: 'm',
    formedOn: '2026-01-01',
  },
};
/** The decision of the route's command on a network already formed. */
async function decided(type: string, payload: object): Promise<DomainEvent[]> {
  const route = routeOf(type);
  const decider = route.decider as unknown as { decide(c: unknown, s: unknown): DomainEvent[] };
  return decider.decide(await commandOf(type, payload), fold(route.decider as never, [formed as never]));
}
const admit = (kind: string, id: string) => ({ networkId: 'net-1', member: { kind, id }, from: '2026-04-01' });

describe('network routes', () => {
  it('routes every network command to the network stream, dated by the server and signed by the actor', async () => {
    expect(routes.map((route) => [route.definition.type, route.streamType])).toEqual([
      ['FormNetwork', 'network'],
      ['AdmitNetworkMember', 'network'],
      ['EndNetworkMembership', 'network'],
      ['DissolveNetwork', 'network'],
    ]);
    expect(await commandOf('DissolveNetwork', { networkId: 'net-1', on: '2026-04-01', reason: 'r', today: '2020-01-01', actorId: 'x' })).toMatchObject({
      type: 'DissolveNetwork',
      today: '2026-04-10',
      actorId: 'manager-7',
    });
  });

  it('finds a verified group of another province: membership is not affiliation', async () => {
    expect(await commandOf('AdmitNetworkMember', admit('group', 'grp-ha-giang'))).toMatchObject({
      member: { kind: 'group', id: 'grp-ha-giang', exists: true },
    });
    expect((await decided('AdmitNetworkMember', admit('group', 'grp-ha-giang')))[0]).toMatchObject({
      type: 'NetworkMemberAdmitted',
      data: { memberKind: 'group', memberId: 'grp-ha-giang', admittedBy: 'manager-7', admittedOn: '2026-04-10' },
    });
  });

  it.each(['grp-pending', 'grp-declined', 'grp-none'])('does not count group %s as existing (not verified)', async (id) => {
    expect((await commandOf('AdmitNetworkMember', admit('group', id))) as { member: unknown }).toMatchObject({ member: { exists: false } });
    await expect(decided('AdmitNetworkMember', admit('group', id))).rejects.toMatchObject({ code: 'NETWORK.MEMBER_NOT_FOUND' });
  });

  it('tells a dissolved group apart', async () => {
    await expect(decided('AdmitNetworkMember', admit('group', 'grp-old'))).rejects.toMatchObject({ code: 'NETWORK.MEMBER_DISSOLVED' });
  });

  it("finds a unit in the hierarchy on the server's today (Vietnam), and refuses an unknown one", async () => {
    expect(await commandOf('AdmitNetworkMember', admit('unit', 'unit-ca-mau'))).toMatchObject({ member: { exists: true } });
    // 23:30 UTC on the 9th is already the 10th in Vietnam.
    expect(await commandOf('AdmitNetworkMember', admit('unit', 'unit-ca-mau'), '2026-04-09T23:30:00.000Z')).toMatchObject({ member: { exists: true } });
    await expect(decided('AdmitNetworkMember', admit('unit', 'unit-x'))).rejects.toMatchObject({ code: 'NETWORK.MEMBER_NOT_FOUND' });
  });

  it('finds a registered partner, and refuses an unknown one', async () => {
    expect(await commandOf('AdmitNetworkMember', admit('partner', 'ptn-1'))).toMatchObject({ member: { exists: true } });
    await expect(decided('AdmitNetworkMember', admit('partner', 'ptn-2'))).rejects.toMatchObject({ code: 'NETWORK.MEMBER_NOT_FOUND' });
  });

  it('overrides any existence the sender claims, and looks up no unknown kind', async () => {
    const claimed = { networkId: 'net-1', member: { kind: 'partner', id: 'ptn-2', exists: true }, from: '2026-04-01' };
    expect(await commandOf('AdmitNetworkMember', claimed)).toMatchObject({ member: { exists: false } });
    await expect(decided('AdmitNetworkMember', admit('network', 'net-2'))).rejects.toMatchObject({ code: 'NETWORK.MEMBER_KIND_UNKNOWN' });
  });
});
