import type { GatewayContext } from '@tn/gateway-core';
import { directoryOf } from '@tn/gateway-registry';
import type { NetworkClient } from '../core/network-client';
import { networkAllows, partnerAccountOf, requireNetworkPermission, requireNetworkReader } from '../core/network-permissions';
import { groupsOf } from '../groups/group-reads';
import { callerPartnerIdOf, partnersOf } from '../partners';
import { needsOf } from './need-reads';
import type { NeedDoc } from './need.read-model';
import { NeedsResolver } from './needs.resolver';

jest.mock('../core/network-permissions', () => ({
  networkAllows: jest.fn(),
  networkForbidden: jest.requireActual('../core/network-permissions').networkForbidden,
  partnerAccountOf: jest.fn(),
  requireNetworkPermission: jest.fn(),
  requireNetworkReader: jest.fn(),
}));
jest.mock('./need-reads', () => ({ needsOf: jest.fn() }));
jest.mock('../partners', () => ({ callerPartnerIdOf: jest.fn(), partnersOf: jest.fn() }));
jest.mock('../groups/group-reads', () => ({ groupsOf: jest.fn() }));
jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-07-01', directoryOf: jest.fn() }));

const need = {
  needId: 'need-1',
  unitId: 'huyen-sa-pa',
  source: 'unit',
  kind: 'people',
  description: 'Dọn bùn',
  skills: [],
  fields: ['disaster-prevention-response'],
  quantity: 10,
  measure: 'người',
  placeUnitId: 'xa-ta-van',
  from: '2026-08-10',
  to: '2026-08-12',
  priority: 'urgent',
  status: 'open',
  matches: [
    { matchId: 'm-1', offererKind: 'group', offererId: 'g-1', quantity: 6, status: 'accepted', proposedBy: 'a', proposedOn: '2026-07-01' },
    { matchId: 'm-2', offererKind: 'partner', offererId: 'p-1', quantity: 4, status: 'proposed', proposedBy: 'a', proposedOn: '2026-07-01' },
    { matchId: 'm-3', offererKind: 'partner', offererId: 'p-2', quantity: 4, status: 'declined', proposedBy: 'a', proposedOn: '2026-07-01' },
  ],
  quantities: { requested: 10, proposed: 4, committed: 6, delivered: 0, outstanding: 4 },
  raisedBy: 'acc-1',
  raisedOn: '2026-07-01',
} as NeedDoc;
const group = (id: string, areaUnitIds: string[]) => ({
  _id: `group:${id}`,
  kind: 'group',
  candidateId: id,
  name: `Nhóm ${id}`,
  size: 10,
  areaUnitIds,
  fields: ['disaster-prevention-response'],
  skills: [],
  offers: ['people'],
  statusInputs: { registeredOn: '2026-01-01', verifiedOn: '2026-01-01', activityDates: [], declarations: [] },
  bookings: [],
});
const agreementOfP3 = {
  _id: 'agreement:agr-3',
  kind: 'partner',
  candidateId: 'p-3',
  agreementId: 'agr-3',
  title: 'Hợp tác',
  areaUnitIds: ['tinh-lao-cai'],
  fields: [],
  skills: [],
  offers: ['people'],
  validity: { validFrom: '2026-01-01', validTo: '2026-12-31' },
};
const serving: Record<string, object[]> = {
  'xa-ta-van': [group('g-2', ['xa-ta-van'])],
  'huyen-sa-pa': [],
  'tinh-lao-cai': [group('g-3', ['tinh-lao-cai']), agreementOfP3, group('g-1', ['tinh-lao-cai'])],
};
const reads = {
  need: jest.fn(async (id: string) => (id === 'need-1' ? need : undefined)),
  unitNeeds: jest.fn(async () => [need, { ...need, needId: 'need-0', from: '2026-07-20' }]),
  partnerOffered: jest.fn(async (needId: string, partnerId: string) => needId === 'need-1' && ['p-1', 'p-2'].includes(partnerId)),
  needIdsOfPartner: jest.fn(async (partnerId: string) => (partnerId === 'p-1' ? ['need-1', 'need-gone'] : [])),
  candidatesServing: jest.fn(async (unitId: string) => serving[unitId] ?? []),
};
const user = { claims: { sub: 'acc-manager', kind: 'cadre' } };
const outcome = { streamId: 'need-need-1', version: 1, consistencyToken: 't' };
const client = { send: jest.fn(async () => outcome) };
const context = (claims: object = user.claims) => ({ language: 'en', user: { claims } }) as unknown as GatewayContext;
const resolver = new NeedsResolver(client as unknown as NetworkClient);
/** The caller holds network:read/write over these units' subtrees. */
let readable: string[] = [];
let writable: string[] = [];

beforeEach(() => {
  jest.clearAllMocks();
  readable = ['huyen-sa-pa'];
  writable = ['huyen-sa-pa'];
  (needsOf as jest.Mock).mockReturnValue(reads);
  (networkAllows as jest.Mock).mockImplementation(async (_c, permission: string, unitId: string) =>
    (permission === 'network:read' ? readable : writable).includes(unitId),
  );
  (requireNetworkPermission as jest.Mock).mockImplementation(async (_c, permission: string, unitId: string) => {
    if (!(permission === 'network:read' ? readable : writable).includes(unitId)) throw Object.assign(new Error('forbidden'), { code: 'FORBIDDEN' });
    return user;
  });
  (requireNetworkReader as jest.Mock).mockReturnValue(user);
  (partnerAccountOf as jest.Mock).mockImplementation((c: GatewayContext) => (c.user?.claims.kind === 'partner' ? c.user : undefined));
  (callerPartnerIdOf as jest.Mock).mockImplementation(async (c: GatewayContext) => (c.user?.claims.kind === 'partner' ? 'p-1' : undefined));
  (partnersOf as jest.Mock).mockReturnValue({ partner: async (id: string) => ({ partnerId: id, name: `Công ty ${id}` }) });
  (groupsOf as jest.Mock).mockReturnValue({
    group: async (id: string) =>
      id === 'g-9' ? { lifecycle: 'verified', hostUnitId: 'xa-ta-van', areaUnitIds: ['xa-ta-van'], leaderPersonIds: ['person-leader'] } : undefined,
  });
  (directoryOf as jest.Mock).mockReturnValue({ lineage: async () => ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'] });
});

describe('needs resolver: reading', () => {
  it('shows a need to readers of its unit, with every match', async () => {
    const view = await resolver.need(context(), 'need-1');
    expect(view).toMatchObject({ id: 'need-1', unitId: 'huyen-sa-pa', quantities: { outstanding: 4 }, activityId: null });
    expect(view?.matches.map((match) => match.matchId)).toEqual(['m-1', 'm-2', 'm-3']);
  });

  it('answers null for an unknown need and for one of another unit', async () => {
    expect(await resolver.need(context(), 'need-x')).toBeNull();
    readable = ['tinh-ha-giang'];
    expect(await resolver.need(context(), 'need-1')).toBeNull();
  });

  it('shows a partner’s account a need it offered on, with its own matches only, and nothing else', async () => {
    const partner = context({ sub: 'acc-p1', kind: 'partner' });
    expect((await resolver.need(partner, 'need-1'))?.matches.map((match) => match.matchId)).toEqual(['m-2']);
    (callerPartnerIdOf as jest.Mock).mockResolvedValue('p-9');
    expect(await resolver.need(partner, 'need-1')).toBeNull();
    (callerPartnerIdOf as jest.Mock).mockResolvedValue(undefined);
    expect(await resolver.need(partner, 'need-1')).toBeNull();
  });

  it('lists a unit’s needs by start date with network:read over it, filtered by status', async () => {
    const page = await resolver.unitNeeds(context(), 'huyen-sa-pa', 'open');
    expect(reads.unitNeeds).toHaveBeenCalledWith('huyen-sa-pa', 'open');
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['need-0', 'need-1']);
    await expect(resolver.unitNeeds(context(), 'huyen-sa-pa', 'closed')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(resolver.unitNeeds(context(), 'tinh-ha-giang')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists a partner account’s needs, its own matches only; none for another caller', async () => {
    const page = await resolver.myMatchedNeeds(context({ sub: 'acc-p1', kind: 'partner' }));
    expect(reads.needIdsOfPartner).toHaveBeenCalledWith('p-1');
    expect(page.nodes.map((node) => [node.id, node.matches.map((match) => match.matchId)])).toEqual([['need-1', ['m-2']]]);
    expect((await resolver.myMatchedNeeds(context())).totalCount).toBe(0);
  });
});

describe('needs resolver: candidates', () => {
  it('reads one equality per unit of the place’s lineage, and ranks what it found', async () => {
    const candidates = await resolver.needMatchCandidates(context(), 'need-1');
    expect(reads.candidatesServing.mock.calls.map(([unitId]) => unitId)).toEqual(['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai']);
    // g-1 already holds an accepted match on the need.
    expect(candidates.map((candidate) => [candidate.kind, candidate.candidateId, candidate.name, candidate.score])).toEqual([
      ['group', 'g-2', 'Nhóm g-2', 100],
      ['group', 'g-3', 'Nhóm g-3', 84],
      ['partner', 'p-3', 'Công ty p-3', 54], // no field in common
    ]);
    expect(candidates[0]?.reasons[0]).toEqual({ code: 'SERVES_PLACE', unitId: 'xa-ta-van', matched: null, from: null, to: null });
    expect((await resolver.needMatchCandidates(context(), 'need-1', 1)).map((candidate) => candidate.candidateId)).toEqual(['g-2']);
  });

  it('answers none for a closed need', async () => {
    reads.need.mockResolvedValueOnce({ ...need, status: 'cancelled' });
    expect(await resolver.needMatchCandidates(context(), 'need-1')).toEqual([]);
    expect(reads.candidatesServing).not.toHaveBeenCalled();
  });

  it('answers NEED.NOT_FOUND for an unknown need and for one the caller does not read', async () => {
    await expect(resolver.needMatchCandidates(context(), 'need-x')).rejects.toMatchObject({ code: 'NEED.NOT_FOUND' });
    readable = [];
    await expect(resolver.needMatchCandidates(context(), 'need-1')).rejects.toMatchObject({ code: 'NEED.NOT_FOUND' });
  });
});

describe('needs resolver: commands', () => {
  it('raises a need for a unit the caller manages, normal priority unless given', async () => {
    const input = {
      needId: 'need-5',
      unitId: 'huyen-sa-pa',
      source: 'unit',
      kind: 'items',
      description: 'Nước sạch',
      quantity: 200,
      measure: 'thùng',
      placeUnitId: 'xa-ta-van',
      from: '2026-08-10',
      to: '2026-08-12',
    };
    expect(await resolver.raiseNeed(context(), input)).toEqual({ id: 'need-5', ...outcome });
    expect(client.send).toHaveBeenCalledWith(expect.anything(), 'RaiseNeed', { ...input, skills: [], fields: [], priority: 'normal' }, user, 'en');
    await expect(resolver.raiseNeed(context(), { ...input, kind: 'time' })).rejects.toMatchObject({ code: 'NEED.KIND_UNKNOWN' });
    await expect(resolver.raiseNeed(context(), { ...input, fields: ['cooking'] })).rejects.toMatchObject({ code: 'NEED.FIELD_UNKNOWN' });
    await expect(resolver.raiseNeed(context(), { ...input, unitId: 'tinh-ha-giang' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets the need’s managers offer any group or partner', async () => {
    const input = { needId: 'need-1', matchId: 'm-5', offererKind: 'partner', offererId: 'p-3', agreementId: 'agr-3', quantity: 2 };
    expect(await resolver.proposeNeedMatch(context(), input)).toEqual({ id: 'm-5', ...outcome });
    expect(client.send).toHaveBeenCalledWith(
      expect.anything(),
      'ProposeNeedMatch',
      { needId: 'need-1', matchId: 'm-5', offerer: { kind: 'partner', id: 'p-3' }, agreementId: 'agr-3', quantity: 2 },
      user,
      'en',
    );
  });

  it('lets a group’s leader offer their own group for a need of another unit', async () => {
    writable = [];
    readable = [];
    const leader = context({ sub: 'acc-leader', kind: 'volunteer', personId: 'person-leader' });
    const input = { needId: 'need-1', matchId: 'm-6', offererKind: 'group', offererId: 'g-9', quantity: 3 };
    expect(await resolver.proposeNeedMatch(leader, input)).toMatchObject({ id: 'm-6' });
    await expect(resolver.proposeNeedMatch(leader, { ...input, offererId: 'g-1' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(resolver.proposeNeedMatch(leader, { ...input, offererKind: 'person' })).rejects.toMatchObject({ code: 'NEED.OFFERER_KIND_UNKNOWN' });
  });

  it('decides a match and cancels a need for the need’s managers only', async () => {
    await resolver.acceptNeedMatch(context(), { needId: 'need-1', matchId: 'm-2' });
    await resolver.declineNeedMatch(context(), { needId: 'need-1', matchId: 'm-2', reason: 'Xa' });
    await resolver.recordNeedMatchFulfilled(context(), { needId: 'need-1', matchId: 'm-1', deliveredQuantity: 6 });
    expect(await resolver.cancelNeed(context(), { needId: 'need-1', reason: 'Hết lũ' })).toEqual({ id: 'need-1', ...outcome });
    expect(client.send.mock.calls.map((call) => [(call as unknown[])[1], (call as unknown[])[2]])).toEqual([
      ['AcceptNeedMatch', { needId: 'need-1', matchId: 'm-2' }],
      ['DeclineNeedMatch', { needId: 'need-1', matchId: 'm-2', reason: 'Xa' }],
      ['RecordNeedMatchFulfilled', { needId: 'need-1', matchId: 'm-1', deliveredQuantity: 6 }],
      ['CancelNeed', { needId: 'need-1', reason: 'Hết lũ' }],
    ]);
    writable = [];
    await expect(resolver.acceptNeedMatch(context(), { needId: 'need-1', matchId: 'm-2' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(resolver.cancelNeed(context(), { needId: 'need-x', reason: 'r' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
