import { type Grant, signAccessToken } from '@tn/shared-auth';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { EndedSessions } from '@tn/shared-registry-feed';
import { localHierarchyOf, unitCreated, unitsMerged } from '@tn/shared-registry-feed/testing';
import type { ReportingCommandScope } from '@tn/reporting-contracts';
import { ISSUED_AT, reportingWorld } from '../reporting.test-fixtures';
import { reportingAuthoriser } from './reporting-authoriser';

const secret = Buffer.alloc(32, 7);
const tokenOf = (sub: string, grants: Grant[], sid = 's') => signAccessToken({ sub, sid, kind: 'cadre', grants }, secret, new Date(), 600);

// Lào Cai (Sa Pa district: Tả Van, and Lao Chải merged into Tả Van in May 2026) and Hà Giang (Lũng Cú), two provinces apart.
const hierarchy = localHierarchyOf([
  unitCreated('tinh-lao-cai', null),
  unitCreated('huyen-sa-pa', 'tinh-lao-cai'),
  unitCreated('xa-ta-van', 'huyen-sa-pa'),
  unitCreated('xa-lao-chai', 'huyen-sa-pa'),
  unitsMerged(['xa-lao-chai'], 'xa-ta-van', '2026-05-01'),
  unitCreated('tinh-ha-giang', null),
  unitCreated('xa-lung-cu', 'tinh-ha-giang'),
]);
const LINEAGES: Record<string, string[]> = {
  'tinh-lao-cai': ['tinh-lao-cai'],
  'huyen-sa-pa': ['huyen-sa-pa', 'tinh-lao-cai'],
  'xa-ta-van': ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'],
  'tinh-ha-giang': ['tinh-ha-giang'],
  'xa-lung-cu': ['xa-lung-cu', 'tinh-ha-giang'],
};
const endedSessions = new EndedSessions();
endedSessions.attach(async (_accountId, sessionId) => sessionId === 'ended');

const actor = (id: string, grants: Grant[], sid?: string) => ({ id, token: tokenOf(id, grants, sid) });
const manager = (unitId: string) => actor(`manager-${unitId}`, [{ role: 'unit-manager', unitId }]);
const laoCai = manager('tinh-lao-cai');
const saPa = manager('huyen-sa-pa');
const haGiang = manager('tinh-ha-giang');
const admin = actor('admin', [{ role: 'system-admin', unitId: null }]);
const analyst = actor('analyst-sa-pa', [{ role: 'analyst', unitId: 'huyen-sa-pa' }]);

const indicator = (indicatorId: string, ownerUnitId: string) => ({
  indicatorId,
  code: indicatorId.toUpperCase(),
  nameVi: 'Số hoạt động',
  nameEn: 'Activities',
  formula: { kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count' } },
  unit: 'hoạt động',
  targets: [],
  ownerUnitId,
});
const declaration = (unitId: string) => ({ unitId, period: 'Q2026-2', key: 'activities-held', value: 3 });

async function failureOf(run: () => Promise<unknown>): Promise<{ code: string; message: string; details?: Record<string, unknown> }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; message: string; details?: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
}

/** The world: Sa Pa's indicator sp-1 and Lào Cai's lc-1. */
async function authorising() {
  const world = reportingWorld(LINEAGES);
  await world.send('DefineIndicator', indicator('sp-1', 'huyen-sa-pa'));
  await world.send('DefineIndicator', indicator('lc-1', 'tinh-lao-cai'));
  const authorise = reportingAuthoriser({ secret, lookups: world.lookups, hierarchy, endedSessions });
  return (type: string, payload: object, who: { id: string; token: string }, envelope: Partial<CommandEnvelope> = {}) => {
    const route = world.routes.find((candidate) => candidate.definition.type === type);
    if (!route) throw new Error(`no route for ${type}`);
    return authorise(
      {
        commandId: 'c-1',
        type,
        payload: payload as Record<string, unknown>,
        actor: { kind: 'account', id: who.id },
        correlationId: 'k',
        issuedAt: ISSUED_AT,
        credentials: who.token,
        ...envelope,
      },
      route.definition.rights(payload as never) as ReportingCommandScope,
    );
  };
}

describe('reporting authoriser', () => {
  it('lets a manager define an indicator for their unit or one below it, not for another province', async () => {
    const send = await authorising();
    await expect(send('DefineIndicator', indicator('new-1', 'tinh-lao-cai'), laoCai)).resolves.toBeUndefined();
    await expect(send('DefineIndicator', indicator('new-2', 'xa-ta-van'), laoCai)).resolves.toBeUndefined();
    expect(await failureOf(() => send('DefineIndicator', indicator('new-3', 'tinh-ha-giang'), laoCai))).toMatchObject({
      code: 'FORBIDDEN',
      details: { unitId: 'tinh-ha-giang' },
    });
    expect(await failureOf(() => send('DefineIndicator', indicator('new-4', 'tinh-lao-cai'), saPa))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers an unknown unit exactly as one that is not the caller’s', async () => {
    const send = await authorising();
    const foreign = await failureOf(() => send('DeclareValue', declaration('xa-lung-cu'), saPa));
    const unknown = await failureOf(() => send('DeclareValue', declaration('xa-nope'), saPa));
    expect(unknown).toMatchObject({ code: 'FORBIDDEN', details: { unitId: 'xa-nope' } });
    expect(unknown.message).toBe(foreign.message.replace('xa-lung-cu', 'xa-nope'));
  });

  it('lets the owner unit’s managers and those above revise or retire an indicator, and no one else', async () => {
    const send = await authorising();
    await expect(send('ReviseIndicator', { ...indicator('sp-1', 'x'), ownerUnitId: undefined }, saPa)).resolves.toBeUndefined();
    await expect(send('RetireIndicator', { indicatorId: 'sp-1', reason: 'r' }, laoCai)).resolves.toBeUndefined();
    expect(await failureOf(() => send('RetireIndicator', { indicatorId: 'lc-1', reason: 'r' }, saPa))).toMatchObject({
      code: 'FORBIDDEN',
      details: { recordKind: 'indicator', recordId: 'lc-1' },
    });
    expect(await failureOf(() => send('RetireIndicator', { indicatorId: 'sp-1', reason: 'r' }, haGiang))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('takes the owner unit from the indicator, never from the payload', async () => {
    const send = await authorising();
    expect(await failureOf(() => send('ReviseIndicator', indicator('lc-1', 'huyen-sa-pa'), saPa))).toMatchObject({
      code: 'FORBIDDEN',
      details: { recordKind: 'indicator', recordId: 'lc-1' },
    });
  });

  it('answers an unknown indicator exactly as one that is not the caller’s', async () => {
    const send = await authorising();
    const foreign = await failureOf(() => send('RetireIndicator', { indicatorId: 'lc-1', reason: 'r' }, saPa));
    const unknown = await failureOf(() => send('RetireIndicator', { indicatorId: 'nope', reason: 'r' }, saPa));
    expect(unknown).toMatchObject({ code: 'FORBIDDEN', details: { recordKind: 'indicator', recordId: 'nope' } });
    expect(unknown.message).toBe(foreign.message.replace('lc-1', 'nope'));
  });

  it('lets a manager declare for a unit of their subtree, a merged one through its successor', async () => {
    const send = await authorising();
    await expect(send('DeclareValue', declaration('xa-ta-van'), saPa)).resolves.toBeUndefined();
    await expect(send('DeclareValue', declaration('xa-lao-chai'), manager('xa-ta-van'))).resolves.toBeUndefined();
    expect(await failureOf(() => send('DeclareValue', declaration('xa-ta-van'), haGiang))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an analyst, who reads reports but writes none, even in their own subtree', async () => {
    const send = await authorising();
    expect(await failureOf(() => send('DeclareValue', declaration('xa-ta-van'), analyst))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(() => send('DefineIndicator', indicator('an-1', 'huyen-sa-pa'), analyst))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a system administrator act in any unit that exists, and in none that does not', async () => {
    const send = await authorising();
    await expect(send('DefineIndicator', indicator('adm-1', 'tinh-ha-giang'), admin)).resolves.toBeUndefined();
    await expect(send('RetireIndicator', { indicatorId: 'lc-1', reason: 'r' }, admin)).resolves.toBeUndefined();
    expect(await failureOf(() => send('DeclareValue', declaration('xa-nope'), admin))).toMatchObject({ code: 'FORBIDDEN', details: { unitId: 'xa-nope' } });
    // An excuse names its unit (the report may not have begun): one that does not exist is refused to an administrator too.
    const excuse = (unitId: string) => ({ unitId, templateId: 'yearly', period: 'Y2026', reason: 'Đơn vị mới thành lập' });
    await expect(send('ExcuseReport', excuse('xa-ta-van'), admin)).resolves.toBeUndefined();
    expect(await failureOf(() => send('ExcuseReport', excuse('xa-nope'), admin))).toMatchObject({ code: 'FORBIDDEN', details: { unitId: 'xa-nope' } });
  });

  it('refuses a token of another actor, an ended session, no token, and a command with no declared rights', async () => {
    const send = await authorising();
    expect(await failureOf(() => send('DeclareValue', declaration('xa-ta-van'), { id: 'someone', token: saPa.token }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await failureOf(() => send('DeclareValue', declaration('xa-ta-van'), actor('m', [{ role: 'unit-manager', unitId: 'huyen-sa-pa' }], 'ended'))),
    ).toMatchObject({
      code: 'AUTH.SESSION_ENDED',
    });
    expect(await failureOf(() => send('DeclareValue', declaration('xa-ta-van'), saPa, { credentials: undefined }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const authorise = reportingAuthoriser({ secret, lookups: reportingWorld().lookups, hierarchy, endedSessions });
    const envelope = {
      commandId: 'c',
      type: 'X',
      payload: {},
      actor: { kind: 'account', id: admin.id },
      correlationId: 'k',
      issuedAt: ISSUED_AT,
      credentials: admin.token,
    };
    expect(await failureOf(() => authorise(envelope as CommandEnvelope, undefined))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
