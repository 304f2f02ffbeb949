import { type Grant, signAccessToken } from '@tn/shared-auth';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { EndedSessions } from '@tn/shared-registry-feed';
import { localHierarchyOf, unitCreated } from '@tn/shared-registry-feed/testing';
import type { NetworkCommandScope } from '@tn/network-contracts';
import { groupRoutes } from '../groups/group-routes';
import { needRoutes } from '../needs/need-routes';
import { ISSUED_AT, networkWorld } from '../needs/needs.test-fixtures';
import { networkAuthoriser } from './network-authoriser';

const secret = Buffer.alloc(32, 7);
const tokenOf = (sub: string, grants: Grant[], extra: { kind?: 'cadre' | 'volunteer'; personId?: string } = {}) =>
  signAccessToken({ sub, sid: 's', kind: extra.kind ?? 'cadre', grants, ...(extra.personId ? { personId: extra.personId } : {}) }, secret, new Date(), 600);

// Lào Cai (Sa Pa district, Tả Van commune) and Hà Giang (Lũng Cú commune), two provinces apart.
const LINEAGES: Record<string, string[]> = {
  'tinh-lao-cai': ['tinh-lao-cai'],
  'huyen-sa-pa': ['huyen-sa-pa', 'tinh-lao-cai'],
  'xa-ta-van': ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'],
  'tinh-ha-giang': ['tinh-ha-giang'],
  'xa-lung-cu': ['xa-lung-cu', 'tinh-ha-giang'],
};
const hierarchy = localHierarchyOf([
  unitCreated('tinh-lao-cai', null),
  unitCreated('huyen-sa-pa', 'tinh-lao-cai'),
  unitCreated('xa-ta-van', 'huyen-sa-pa'),
  unitCreated('tinh-ha-giang', null),
  unitCreated('xa-lung-cu', 'tinh-ha-giang'),
]);
const homes: Record<string, string> = { 'leader-lc': 'xa-ta-van', 'leader-hg': 'xa-lung-cu', 'leader-new': 'xa-ta-van' };
const people = { homeUnitOf: async (id: string) => homes[id], positionUnitsOf: async () => [] };
const endedSessions = new EndedSessions();
endedSessions.attach(async () => false);

const manager = (unitId: string) => ({ id: `manager-${unitId}`, token: tokenOf(`manager-${unitId}`, [{ role: 'unit-manager', unitId }]) });
const saPa = manager('huyen-sa-pa');
const haGiang = manager('tinh-ha-giang');
const admin = { id: 'admin', token: tokenOf('admin', [{ role: 'system-admin', unitId: null }]) };
const volunteer = (personId: string) => ({
  id: `acc-${personId}`,
  token: tokenOf(`acc-${personId}`, [{ role: 'volunteer', unitId: homes[personId] ?? 'xa-ta-van' }], { kind: 'volunteer', personId }),
});

const group = (groupId: string, hostUnitId: string, leaderPersonIds: string[]) => ({
  groupId,
  name: `Đội ${groupId}`,
  kind: 'team',
  origin: 'union-founded',
  hostUnitId,
  fields: ['disaster-prevention-response'],
  areaUnitIds: [hostUnitId],
  size: 12,
  leaderPersonIds,
});
const need = (needId: string, unitId: string, placeUnitId: string) => ({
  needId,
  unitId,
  source: 'unit',
  kind: 'people',
  description: 'Dọn bùn sau lũ',
  skills: [],
  fields: ['disaster-prevention-response'],
  quantity: 10,
  measure: 'người',
  placeUnitId,
  from: '2026-08-10',
  to: '2026-08-12',
  priority: 'urgent',
});
const offer = (needId: string, groupId: string) => ({ needId, matchId: 'm-1', offerer: { kind: 'group', id: groupId }, quantity: 6 });

async function failureOf(run: () => Promise<unknown>): Promise<{ code: string; message: string; details?: Record<string, unknown> }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; message: string; details?: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
}

/**
 * The world: Tả Van's team g-lc (led by leader-lc) and Lũng Cú's team g-hg (led by leader-hg),
 * a team pending verification (led by leader-new), Sa Pa's need at Tả Van and Hà Giang's at Lũng Cú.
 */
async function authorising() {
  const world = networkWorld((lookups) => [...groupRoutes(lookups), ...needRoutes(lookups)], LINEAGES);
  await world.send('RegisterGroup', group('g-lc', 'xa-ta-van', ['leader-lc']));
  await world.send('RegisterGroup', group('g-hg', 'xa-lung-cu', ['leader-hg']));
  await world.send('SelfRegisterGroup', { ...group('g-new', 'xa-ta-van', ['leader-new']), proposedHostUnitId: 'xa-ta-van', leaderPersonId: 'leader-new' });
  await world.send('RaiseNeed', need('need-sa-pa', 'huyen-sa-pa', 'xa-ta-van'));
  await world.send('RaiseNeed', need('need-ha-giang', 'tinh-ha-giang', 'xa-lung-cu'));
  const authorise = networkAuthoriser({ secret, lookups: world.lookups, hierarchy, endedSessions, people });
  return (type: string, payload: object, actor: { id: string; token: string }) => {
    const route = world.routes.find((candidate) => candidate.definition.type === type);
    if (!route) throw new Error(`no route for ${type}`);
    const envelope: CommandEnvelope = {
      commandId: 'c-1',
      type,
      payload: payload as Record<string, unknown>,
      actor: { kind: 'account', id: actor.id },
      correlationId: 'k',
      issuedAt: ISSUED_AT,
      credentials: actor.token,
    };
    return authorise(envelope, route.definition.rights(payload as never) as NetworkCommandScope);
  };
}

describe('network authoriser', () => {
  it('lets a need’s manager offer a group their unit hosts', async () => {
    const send = await authorising();
    await expect(send('ProposeNeedMatch', offer('need-sa-pa', 'g-lc'), saPa)).resolves.toBeUndefined();
  });

  it('refuses a need’s manager offering another province’s group: its host has not consented', async () => {
    const send = await authorising();
    expect(await failureOf(() => send('ProposeNeedMatch', offer('need-sa-pa', 'g-hg'), saPa))).toMatchObject({
      code: 'FORBIDDEN',
      details: { recordKind: 'group', recordId: 'g-hg' },
    });
    // Nor may the group's host offer it for a need that is not theirs.
    expect(await failureOf(() => send('ProposeNeedMatch', offer('need-sa-pa', 'g-hg'), haGiang))).toMatchObject({
      code: 'FORBIDDEN',
      details: { recordKind: 'need', recordId: 'need-sa-pa' },
    });
  });

  it('answers an unknown group or need exactly as one that is not the caller’s', async () => {
    const send = await authorising();
    const foreignGroup = await failureOf(() => send('ProposeNeedMatch', offer('need-sa-pa', 'g-hg'), saPa));
    const unknownGroup = await failureOf(() => send('ProposeNeedMatch', offer('need-sa-pa', 'g-nope'), saPa));
    expect(unknownGroup).toMatchObject({ code: 'FORBIDDEN', details: { recordKind: 'group', recordId: 'g-nope' } });
    expect(unknownGroup.message).toBe(foreignGroup.message.replace('g-hg', 'g-nope'));
    const foreignNeed = await failureOf(() => send('ProposeNeedMatch', offer('need-ha-giang', 'g-lc'), saPa));
    const unknownNeed = await failureOf(() => send('ProposeNeedMatch', offer('need-nope', 'g-lc'), saPa));
    expect(unknownNeed.message).toBe(foreignNeed.message.replace('need-ha-giang', 'need-nope'));
  });

  it('lets a leader of a verified group offer it for a need in the group’s area, with no unit permission', async () => {
    const send = await authorising();
    await expect(send('ProposeNeedMatch', offer('need-ha-giang', 'g-hg'), volunteer('leader-hg'))).resolves.toBeUndefined();
    await expect(send('ProposeNeedMatch', offer('need-sa-pa', 'g-lc'), volunteer('leader-lc'))).resolves.toBeUndefined();
  });

  it('refuses a leader a need outside the group’s area exactly like an unknown need', async () => {
    const send = await authorising();
    const outside = await failureOf(() => send('ProposeNeedMatch', offer('need-sa-pa', 'g-hg'), volunteer('leader-hg')));
    const unknown = await failureOf(() => send('ProposeNeedMatch', offer('need-nope', 'g-hg'), volunteer('leader-hg')));
    expect(outside).toMatchObject({ code: 'FORBIDDEN', details: { recordKind: 'need', recordId: 'need-sa-pa' } });
    expect(unknown.message).toBe(outside.message.replace('need-sa-pa', 'need-nope'));
  });

  it('refuses a leader of a group not verified, and anyone offering a group they do not lead', async () => {
    const send = await authorising();
    expect(await failureOf(() => send('ProposeNeedMatch', offer('need-sa-pa', 'g-new'), volunteer('leader-new')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(() => send('ProposeNeedMatch', offer('need-sa-pa', 'g-lc'), volunteer('leader-hg')))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses the service’s own commands from the topic to everyone, a system administrator included', async () => {
    const send = await authorising();
    const booking = { groupId: 'g-lc', needId: 'need-sa-pa', matchId: 'm-1', from: '2026-08-10', to: '2026-08-12' };
    for (const actor of [saPa, admin]) {
      expect(await failureOf(() => send('BookGroupDates', booking, actor))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failureOf(() => send('ReleaseGroupDates', { ...booking, reason: 'r' }, actor))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failureOf(() => send('ReleaseNeedMatch', { needId: 'need-sa-pa', matchId: 'm-1', reason: 'group-double-booked' }, actor))).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('lets a person register their own group, but not as someone else', async () => {
    const send = await authorising();
    const selfRegistration = (leaderPersonId: string) => ({
      ...group('g-9', 'xa-ta-van', ['leader-new', 'leader-lc']),
      proposedHostUnitId: 'xa-ta-van',
      leaderPersonId,
    });
    await expect(send('SelfRegisterGroup', selfRegistration('leader-new'), volunteer('leader-new'))).resolves.toBeUndefined();
    expect(await failureOf(() => send('SelfRegisterGroup', selfRegistration('leader-lc'), volunteer('leader-new')))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a system administrator offer any group for any need', async () => {
    const send = await authorising();
    await expect(send('ProposeNeedMatch', offer('need-sa-pa', 'g-hg'), admin)).resolves.toBeUndefined();
  });
});
