import { fold } from '@tn/shared-decider';
import type { CommandEnvelope, DomainEvent } from '@tn/shared-event-contracts';
import type { CommandRoute } from '@tn/shared-event-sourcing-nest';
import type { NetworkLookups } from '../lookups';
import { groupRoutes, unknownUnitsOf } from './group-routes';

// The routes over a hierarchy in memory: `xa-ta-van` always known, `xa-moi` only from 2026-04-01;
// `xa-cu` merged into `xa-moi` then (its lineage goes on through its successor).
const knownUnitOn = (unitId: string, date: string) =>
  ['xa-ta-van', 'huyen-sa-pa'].includes(unitId) || (unitId === 'xa-moi' && date >= '2026-04-01') || (unitId === 'xa-cu' && date < '2026-04-01');
const lineageOf = (unitId: string, date: string) =>
  ({
    'xa-ta-van': ['xa-ta-van', 'huyen-sa-pa'],
    'xa-moi': ['xa-moi', 'huyen-sa-pa'],
    'xa-cu': date < '2026-04-01' ? ['xa-cu', 'huyen-sa-pa'] : ['xa-cu', 'xa-moi', 'huyen-sa-pa'],
  })[unitId] ?? [];
// g-1 proposed to Tả Van; g-old proposed to Xã Cũ before its merger; g-lost to a unit the copy does not know.
const proposedHosts: Record<string, string> = { 'g-1': 'xa-ta-van', 'g-old': 'xa-cu', 'g-lost': 'xa-nowhere' };
const groupOf = async (groupId: string) =>
  groupId in proposedHosts ? { status: 'pending-verification', ownerUnitId: proposedHosts[groupId] } : { status: 'none' };
const routes = groupRoutes({ knownUnitOn, lineageOf, groupOf } as unknown as NetworkLookups);

/** 10 April 2026, 09:00 in Vietnam. */
const envelopeOf = (type: string, payload: object, issuedAt = '2026-04-10T02:00:00.000Z'): CommandEnvelope =>
  ({ commandId: 'c-1', type, payload, actor: { kind: 'account', id: 'manager-7' }, correlationId: 'k', issuedAt }) as CommandEnvelope;

const routeOf = (type: string): CommandRoute => {
  const route = routes.find((candidate) => candidate.definition.type === type);
  if (!route) throw new Error(`no route for ${type}`);
  return route;
};
const commandOf = (type: string, payload: object, issuedAt?: string) => routeOf(type).toCommand(payload, envelopeOf(type, payload, issuedAt));

const profile = {
  groupId: 'g-1',
  name: 'CLB Tình nguyện xanh',
  fields: ['environment-climate-change'],
  size: 20,
  leaderPersonIds: ['p-1'],
};

describe('group routes', () => {
  it('routes every group command to the group stream', () => {
    expect(routes.map((route) => route.streamType)).toEqual(new Array(11).fill('group'));
    expect(routes.map((route) => route.definition.type)).toEqual([
      'RegisterGroup',
      'SelfRegisterGroup',
      'VerifyGroup',
      'DeclineGroupVerification',
      'ReviseGroupProfile',
      'MoveGroupHost',
      'CarryGroupAffiliation',
      'DeclareGroupStatus',
      'RecordGroupActivity',
      'BookGroupDates',
      'ReleaseGroupDates',
    ]);
  });

  it('dates every command by the server (Vietnam) and signs it with the actor, whatever the payload says', async () => {
    expect(await commandOf('VerifyGroup', { groupId: 'g-1', today: '2020-01-01', actorId: 'someone-else' })).toEqual({
      type: 'VerifyGroup',
      groupId: 'g-1',
      currentHostUnitId: 'xa-ta-van',
      today: '2026-04-10',
      actorId: 'manager-7',
    });
    expect(await commandOf('VerifyGroup', { groupId: 'g-1' }, '2026-04-10T23:30:00.000Z')).toMatchObject({ today: '2026-04-11' });
  });

  it('passes the host and area units the hierarchy does not know today, and the decider refuses them', async () => {
    const payload = { ...profile, kind: 'club', origin: 'union-founded', hostUnitId: 'xa-ta-van', areaUnitIds: ['xa-ta-van', 'xa-gone'] };
    const command = await commandOf('RegisterGroup', payload);
    expect(command).toMatchObject({ unknownUnitIds: ['xa-gone'] });
    expect(() => routeOf('RegisterGroup').decider.decide(command, routeOf('RegisterGroup').decider.initialState())).toThrow(
      expect.objectContaining({ code: 'GROUP.AREA_UNIT_UNKNOWN' }),
    );
  });

  it('passes an unknown proposed host of a self-registration', async () => {
    const payload = { ...profile, kind: 'team', origin: 'self-formed', proposedHostUnitId: 'xa-none', areaUnitIds: ['xa-ta-van'], leaderPersonId: 'p-1' };
    expect(await commandOf('SelfRegisterGroup', payload)).toMatchObject({ unknownUnitIds: ['xa-none'] });
  });

  it('passes the area units of a revision', async () => {
    expect(await commandOf('ReviseGroupProfile', { ...profile, areaUnitIds: ['xa-ta-van', 'xa-moi'] })).toMatchObject({ unknownUnitIds: [] });
    expect(await commandOf('ReviseGroupProfile', { ...profile, areaUnitIds: ['xa-ta-van', 'xa-moi'] }, '2026-03-31T02:00:00.000Z')).toMatchObject({
      unknownUnitIds: ['xa-moi'],
    });
  });

  it('checks a move’s new host today and on the day it counts from', async () => {
    const registered: DomainEvent[] = routeOf('RegisterGroup').decider.decide(
      await commandOf(
        'RegisterGroup',
        { ...profile, kind: 'club', origin: 'union-founded', hostUnitId: 'xa-ta-van', areaUnitIds: ['xa-ta-van'] },
        '2026-03-01T02:00:00.000Z',
      ),
      routeOf('RegisterGroup').decider.initialState(),
    ) as DomainEvent[];
    const early = await commandOf('MoveGroupHost', { groupId: 'g-1', newHostUnitId: 'xa-moi', from: '2026-03-20' });
    expect(early).toMatchObject({ unknownUnitIds: ['xa-moi'] });
    expect(() => routeOf('MoveGroupHost').decider.decide(early, fold(routeOf('MoveGroupHost').decider as never, registered as never))).toThrow(
      expect.objectContaining({ code: 'GROUP.HOST_UNIT_UNKNOWN' }),
    );
    expect(await commandOf('MoveGroupHost', { groupId: 'g-1', newHostUnitId: 'xa-moi', from: '2026-04-01' })).toMatchObject({ unknownUnitIds: [] });
  });
});

describe('unknownUnitsOf', () => {
  it('names each unknown unit once, and skips a day that is not a date', () => {
    expect(unknownUnitsOf({ knownUnitOn }, ['xa-gone', 'xa-ta-van', 'xa-gone'], ['2026-04-10'])).toEqual(['xa-gone']);
    expect(unknownUnitsOf({ knownUnitOn }, ['xa-moi'], ['2026-04-10', 'soon'])).toEqual([]);
  });
});

describe('verifying a group whose proposed host was merged away', () => {
  it('given the proposed host merged since, when verified, then the route passes its successor and the group is hosted there', async () => {
    expect(await commandOf('VerifyGroup', { groupId: 'g-old' }, '2026-03-10T02:00:00.000Z')).toMatchObject({ currentHostUnitId: 'xa-cu' });
    const command = await commandOf('VerifyGroup', { groupId: 'g-old' });
    expect(command).toMatchObject({ currentHostUnitId: 'xa-moi' });
    const route = routeOf('VerifyGroup');
    const decider = route.decider as unknown as { decide(c: unknown, s: unknown): DomainEvent[] };
    const initial = fold(route.decider as never, []) as object;
    const pending = { ...initial, status: 'pending-verification', groupId: 'g-old', ownerUnitId: 'xa-cu', channel: 'self', registeredBy: 'acc-leader' };
    expect(decider.decide(command, pending)).toEqual([
      { type: 'GroupVerified', data: { groupId: 'g-old', hostUnitId: 'xa-moi', verifiedBy: 'manager-7', verifiedOn: '2026-04-10' } },
      { type: 'GroupAffiliated', data: { groupId: 'g-old', unitId: 'xa-moi', from: '2026-04-10', reason: 'verified' } },
    ]);
  });

  it('passes no host for a proposed host the hierarchy does not know, nor for an unknown group', async () => {
    expect(await commandOf('VerifyGroup', { groupId: 'g-lost' })).not.toHaveProperty('currentHostUnitId');
    expect(await commandOf('VerifyGroup', { groupId: 'g-nope' })).not.toHaveProperty('currentHostUnitId');
  });
});
