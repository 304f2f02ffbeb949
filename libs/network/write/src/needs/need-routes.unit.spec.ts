import { fold } from '@tn/shared-decider';
import type { CommandEnvelope, DomainEvent } from '@tn/shared-event-contracts';
import type { CommandRoute } from '@tn/shared-event-sourcing-nest';
import type { NetworkLookups } from '../lookups';
import { needRoutes } from './need-routes';

// The routes over look-ups in memory: Tả Van under Sa Pa under Lào Cai; Hà Giang apart.
const lineages: Record<string, string[]> = {
  'xa-ta-van': ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'],
  'huyen-sa-pa': ['huyen-sa-pa', 'tinh-lao-cai'],
  'tinh-ha-giang': ['tinh-ha-giang'],
};
const activities: Record<string, { unitId: string }> = { 'act-ta-van': { unitId: 'xa-ta-van' }, 'act-ha-giang': { unitId: 'tinh-ha-giang' } };
const groups: Record<string, object> = {
  'g-1': {
    status: 'verified',
    bookings: [
      { matchId: 'm-other', needId: 'need-2', from: '2026-08-12', to: '2026-08-14', released: false },
      { matchId: 'm-old', needId: 'need-3', from: '2026-08-01', to: '2026-08-30', released: true },
    ],
  },
  'g-2': { status: 'dissolved', bookings: [] },
};
const need = {
  status: 'open',
  needId: 'need-1',
  ownerUnitId: 'huyen-sa-pa',
  unitId: 'huyen-sa-pa',
  kind: 'people',
  quantity: 10,
  from: '2026-08-10',
  to: '2026-08-12',
  matches: [
    { matchId: 'm-g', offerer: { kind: 'group', id: 'g-1' }, quantity: 6, status: 'proposed' },
    { matchId: 'm-p', offerer: { kind: 'partner', id: 'p-1' }, quantity: 4, status: 'proposed' },
  ],
};
const lookups = {
  knownUnitOn: (id: string, date: string) => id in lineages && date === '2026-07-01',
  lineageOf: (id: string) => lineages[id] ?? [],
  campaignActivityOf: async (id: string) => activities[id],
  groupOf: async (id: string) => groups[id] ?? { status: 'none', bookings: [] },
  partnerOf: async (id: string) => ({ status: id === 'p-1' ? 'registered' : 'none' }),
  agreementOf: async (id: string) => {
    const terms = { partnerId: 'p-1', validFrom: '2026-01-01', validTo: '2026-12-31' };
    // agr-1: Lào Cai's with Sa Pa as a party; agr-hg: Hà Giang's alone.
    if (id === 'agr-1') return { status: 'terminated', ...terms, leadUnitId: 'tinh-lao-cai', partyUnitIds: [], termination: { on: '2026-09-01', reason: 'r' } };
    if (id === 'agr-party') return { status: 'signed', ...terms, leadUnitId: 'tinh-ha-giang', partyUnitIds: ['huyen-sa-pa'] };
    if (id === 'agr-hg') return { status: 'signed', ...terms, leadUnitId: 'tinh-ha-giang', partyUnitIds: [] };
    return { status: 'none' };
  },
  needOf: async (id: string) => (id === 'need-1' ? need : { status: 'none' }),
} as unknown as NetworkLookups;
const routes = needRoutes(lookups);

/** 1 July 2026, 09:00 in Vietnam. */
const envelopeOf = (type: string, payload: object): CommandEnvelope =>
  ({
    commandId: 'c-1',
    type,
    payload,
    actor: { kind: 'account', id: 'manager-7' },
    correlationId: 'k',
    issuedAt: '2026-07-01T02:00:00.000Z',
  }) as CommandEnvelope;
const routeOf = (type: string): CommandRoute => {
  const route = routes.find((candidate) => candidate.definition.type === type);
  if (!route) throw new Error(`no route for ${type}`);
  return route;
};
const commandOf = (type: string, payload: object) => routeOf(type).toCommand(payload, envelopeOf(type, payload));

const raisePayload = (more: object = {}) => ({
  needId: 'need-9',
  unitId: 'huyen-sa-pa',
  source: 'unit',
  kind: 'people',
  description: 'Dọn bùn',
  skills: [],
  fields: [],
  quantity: 10,
  measure: 'người',
  placeUnitId: 'xa-ta-van',
  from: '2026-08-10',
  to: '2026-08-12',
  priority: 'high',
  ...more,
});

describe('need routes', () => {
  it('routes every need command to the need stream, dated by the server and signed by the actor', async () => {
    expect(routes.map((route) => [route.definition.type, route.streamType])).toEqual([
      ['RaiseNeed', 'need'],
      ['ProposeNeedMatch', 'need'],
      ['AcceptNeedMatch', 'need'],
      ['DeclineNeedMatch', 'need'],
      ['RecordNeedMatchFulfilled', 'need'],
      ['CancelNeed', 'need'],
      ['ReleaseNeedMatch', 'need'],
    ]);
    expect(await commandOf('CancelNeed', { needId: 'need-1', reason: 'r', today: '2020-01-01', actorId: 'x' })).toMatchObject({
      type: 'CancelNeed',
      today: '2026-07-01',
      actorId: 'manager-7',
    });
  });

  it('finds the place in the hierarchy today, and whether the raising unit is on its lineage', async () => {
    expect(await commandOf('RaiseNeed', raisePayload())).toMatchObject({ place: { known: true, withinUnit: true } });
    expect(await commandOf('RaiseNeed', raisePayload({ placeUnitId: 'tinh-ha-giang' }))).toMatchObject({ place: { known: true, withinUnit: false } });
    expect(await commandOf('RaiseNeed', raisePayload({ placeUnitId: 'xa-nowhere' }))).toMatchObject({ place: { known: false, withinUnit: false } });
    expect(await commandOf('RaiseNeed', raisePayload())).not.toHaveProperty('activity');
  });

  it('finds a survey’s activity and whether its unit lies in the raising unit’s subtree', async () => {
    const survey = (activityId: string) => raisePayload({ source: 'activity-survey', activityId });
    expect(await commandOf('RaiseNeed', survey('act-ta-van'))).toMatchObject({ activity: { found: true, withinUnit: true } });
    expect(await commandOf('RaiseNeed', survey('act-ha-giang'))).toMatchObject({ activity: { found: true, withinUnit: false } });
    expect(await commandOf('RaiseNeed', survey('act-unknown'))).toMatchObject({ activity: { found: false, withinUnit: false } });
  });

  it('raises a need with what it found', async () => {
    const route = routeOf('RaiseNeed');
    const decider = route.decider as unknown as { decide(c: unknown, s: unknown): DomainEvent[] };
    expect(decider.decide(await commandOf('RaiseNeed', raisePayload()), fold(route.decider as never, []))).toMatchObject([
      { type: 'NeedRaised', data: { needId: 'need-9', raisedBy: 'manager-7', raisedOn: '2026-07-01' } },
    ]);
  });

  it('finds the offerer on its stream, and the agreement an offer names', async () => {
    const offer = (kind: string, id: string, more: object = {}) => ({ needId: 'need-1', matchId: 'm-9', offerer: { kind, id }, quantity: 1, ...more });
    expect(await commandOf('ProposeNeedMatch', offer('group', 'g-1'))).toMatchObject({ offererRecord: { status: 'verified' } });
    expect(await commandOf('ProposeNeedMatch', offer('group', 'g-2'))).toMatchObject({ offererRecord: { status: 'dissolved' } });
    expect(await commandOf('ProposeNeedMatch', offer('partner', 'p-2'))).toMatchObject({ offererRecord: { status: 'none' } });
    expect(await commandOf('ProposeNeedMatch', offer('person', 'x'))).toMatchObject({ offererRecord: { status: 'none' } });
    expect(await commandOf('ProposeNeedMatch', offer('partner', 'p-1', { agreementId: 'agr-1' }))).toMatchObject({
      offererRecord: { status: 'registered' },
      agreement: { status: 'found', partnerId: 'p-1', bindsUnit: true, validFrom: '2026-01-01', validTo: '2026-12-31', termination: { on: '2026-09-01' } },
    });
    expect(await commandOf('ProposeNeedMatch', offer('partner', 'p-1', { agreementId: 'agr-x' }))).toMatchObject({ agreement: { status: 'none' } });
    expect(await commandOf('ProposeNeedMatch', offer('partner', 'p-1'))).not.toHaveProperty('agreement');
  });

  it('finds whether the agreement binds the need’s unit: a lead or party unit on its lineage today', async () => {
    const offer = (agreementId: string, needId = 'need-1') => ({ needId, matchId: 'm-9', offerer: { kind: 'partner', id: 'p-1' }, agreementId, quantity: 1 });
    expect(await commandOf('ProposeNeedMatch', offer('agr-party'))).toMatchObject({ agreement: { status: 'found', bindsUnit: true } });
    expect(await commandOf('ProposeNeedMatch', offer('agr-hg'))).toMatchObject({ agreement: { status: 'found', bindsUnit: false } });
    expect(await commandOf('ProposeNeedMatch', offer('agr-1', 'need-x'))).toMatchObject({ agreement: { status: 'found', bindsUnit: false } });
  });

  it('has the decider answer another province’s agreement as an unknown one', async () => {
    const route = routeOf('ProposeNeedMatch');
    const decider = route.decider as unknown as { decide(c: unknown, s: unknown): DomainEvent[] };
    const offer = { needId: 'need-1', matchId: 'm-9', offerer: { kind: 'partner', id: 'p-1' }, agreementId: 'agr-hg', quantity: 1 };
    const command = await commandOf('ProposeNeedMatch', offer);
    expect(() => decider.decide(command, need)).toThrow(expect.objectContaining({ code: 'NEED.AGREEMENT_NOT_FOUND', details: { agreementId: 'agr-hg' } }));
  });

  it('hands the offered group’s status and bookings to an acceptance, and none for a partner', async () => {
    expect(await commandOf('AcceptNeedMatch', { needId: 'need-1', matchId: 'm-g' })).toMatchObject({
      groupRecord: { status: 'verified' },
      groupBookings: [
        { matchId: 'm-other', needId: 'need-2', from: '2026-08-12', to: '2026-08-14', released: false },
        { matchId: 'm-old', needId: 'need-3', from: '2026-08-01', to: '2026-08-30', released: true },
      ],
    });
    const partnerAcceptance = await commandOf('AcceptNeedMatch', { needId: 'need-1', matchId: 'm-p' });
    expect(partnerAcceptance).toMatchObject({ groupBookings: [] });
    expect(partnerAcceptance).not.toHaveProperty('groupRecord');
    expect(await commandOf('AcceptNeedMatch', { needId: 'need-x', matchId: 'm-g' })).toMatchObject({ groupBookings: [] });
  });

  it('has the decider refuse the group booked by another need on the need’s last day', async () => {
    const route = routeOf('AcceptNeedMatch');
    const decider = route.decider as unknown as { decide(c: unknown, s: unknown): DomainEvent[] };
    const command = await commandOf('AcceptNeedMatch', { needId: 'need-1', matchId: 'm-g' });
    expect(() => decider.decide(command, need)).toThrow(expect.objectContaining({ code: 'NEED.GROUP_ALREADY_BOOKED' }));
  });
});
