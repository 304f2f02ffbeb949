import { generateKeyPairSync } from 'node:crypto';
import { signAccessToken } from '@tn/shared-auth';
import type { Grant } from '@tn/shared-auth';
import { EndedSessions } from '@tn/shared-registry-feed';
import { localHierarchyOf, unitCreated, unitsMerged } from '@tn/shared-registry-feed/testing';
import { authorisingWith, envelopeOf, failureOf, fixedDirectory, fixedLookups, fixedModels } from '../routes.test-fixtures';
import { campaignAllows, campaignPermissionsOf } from './campaign-permissions';
import { campaignsAuthoriser, type UnitLineages } from './campaigns-authoriser';
import { allCampaignRoutes } from './campaigns-write.module';

const secret = Buffer.alloc(32, 3);
const tokenOf = (sub: string, grants: Grant[], extra: { kind?: 'cadre' | 'volunteer'; personId?: string; sid?: string } = {}) =>
  signAccessToken(
    { sub, sid: extra.sid ?? 's', kind: extra.kind ?? 'cadre', grants, ...(extra.personId ? { personId: extra.personId } : {}) },
    secret,
    new Date(),
    600,
  );
// Lào Cai province with three communes; on 2025-07-01 Hầu Thào merged into Tả Van (the demo's merger).
const hierarchy = localHierarchyOf([
  unitCreated('lao-cai', null),
  unitCreated('ta-van', 'lao-cai'),
  unitCreated('sa-pa', 'lao-cai'),
  unitCreated('hau-thao', 'lao-cai'),
  unitsMerged(['hau-thao'], 'ta-van', '2025-07-01'),
]);
const lookups = fixedLookups({ activities: { 'a-1': 'ta-van', 'a-old': 'hau-thao' }, shifts: { 's-1': 'a-1' } });
// The registry ended session 'ended' of account 'm' (signed out, or a role revoked).
const endedSessions = new EndedSessions();
endedSessions.attach(async (accountId, sessionId) => accountId === 'm' && sessionId === 'ended');
const people = { homeUnitOf: async () => undefined, positionUnitsOf: async () => [] };
const routes = allCampaignRoutes(lookups, {
  certificateSigningKey: generateKeyPairSync('ed25519').privateKey,
  checkInKey: Buffer.alloc(32),
  coordinationModels: fixedModels(),
  networkDirectory: fixedDirectory(),
  hierarchy,
});
const authorise = authorisingWith(routes, campaignsAuthoriser({ secret, lookups, hierarchy, endedSessions, people }));

const manager = tokenOf('m', [{ role: 'unit-manager', unitId: 'ta-van' }]);
const province = tokenOf('p', [{ role: 'unit-manager', unitId: 'lao-cai' }]);
const sibling = tokenOf('s', [{ role: 'unit-manager', unitId: 'sa-pa' }]);
const leader = tokenOf('l', [{ role: 'group-leader', unitId: 'ta-van' }]);
const admin = tokenOf('admin', [{ role: 'system-admin', unitId: null }]);
const launch = { campaignId: 'c-1', organiserUnitId: 'ta-van' };

describe('campaign permissions', () => {
  it('gives managers and administrators everything, group leaders attendance, volunteers nothing', () => {
    expect(campaignPermissionsOf('unit-manager')).toEqual(['campaigns:read', 'campaigns:write', 'campaigns:record-attendance']);
    expect(campaignPermissionsOf('group-leader')).toEqual(['campaigns:read', 'campaigns:record-attendance']);
    expect(campaignPermissionsOf('volunteer')).toEqual([]);
    expect(campaignAllows([{ role: 'unit-manager', unitId: null }], 'campaigns:write', [])).toBe(false);
    expect(campaignAllows([{ role: 'system-admin', unitId: null }], 'campaigns:write', ['anywhere'])).toBe(true);
  });
});

describe('campaigns authoriser', () => {
  it('refuses a command without a token, or with the token of another actor', async () => {
    expect(await failureOf(() => authorise(envelopeOf('LaunchCampaign', launch, 'm')))).toMatchObject({ kind: 'forbidden', code: 'UNAUTHENTICATED' });
    expect(await failureOf(() => authorise(envelopeOf('LaunchCampaign', launch, 'someone', manager)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await failureOf(() =>
        authorise(
          envelopeOf(
            'LaunchCampaign',
            launch,
            'm',
            signAccessToken({ sub: 'm', sid: 's', kind: 'cadre', grants: [{ role: 'system-admin', unitId: null }] }, Buffer.alloc(32, 4), new Date(), 600),
          ),
        ),
      ),
    ).toMatchObject({ kind: 'forbidden' });
  });

  it("lets a unit's manager and a manager of a unit above act on the unit, and not a manager of a sibling", async () => {
    await expect(authorise(envelopeOf('LaunchCampaign', launch, 'm', manager))).resolves.toBeUndefined();
    await expect(authorise(envelopeOf('LaunchCampaign', launch, 'admin', admin))).resolves.toBeUndefined();
    await expect(authorise(envelopeOf('LaunchCampaign', launch, 'p', province))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('LaunchCampaign', launch, 's', sibling)))).toMatchObject({
      code: 'FORBIDDEN',
      details: { unitId: 'ta-van' },
    });
  });

  it("scopes an activity's and a shift's commands by the activity's organiser unit and its subtree", async () => {
    await expect(authorise(envelopeOf('StartActivity', { activityId: 'a-1' }, 'm', manager))).resolves.toBeUndefined();
    await expect(authorise(envelopeOf('ApproveSignUp', { shiftId: 's-1', volunteerId: 'v' }, 'm', manager))).resolves.toBeUndefined();
    await expect(authorise(envelopeOf('StartActivity', { activityId: 'a-1' }, 'p', province))).resolves.toBeUndefined();
    await expect(authorise(envelopeOf('ApproveSignUp', { shiftId: 's-1', volunteerId: 'v' }, 'p', province))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('StartActivity', { activityId: 'a-1' }, 's', sibling)))).toMatchObject({ code: 'FORBIDDEN' });
    // An unknown activity: only an administrator gets through, to hear "not found" from the decider.
    expect(await failureOf(() => authorise(envelopeOf('StartActivity', { activityId: 'nope' }, 'm', manager)))).toMatchObject({ code: 'FORBIDDEN' });
    await expect(authorise(envelopeOf('StartActivity', { activityId: 'nope' }, 'admin', admin))).resolves.toBeUndefined();
  });

  it('refuses a unit the hierarchy does not know: as not theirs to a manager, as not active to a system administrator', async () => {
    const nowhere = { campaignId: 'c-2', organiserUnitId: 'nowhere' };
    expect(await failureOf(() => authorise(envelopeOf('LaunchCampaign', nowhere, 'p', province)))).toMatchObject({
      code: 'FORBIDDEN',
      details: { unitId: 'nowhere' },
    });
    // Every id a command names must exist, whoever sends it: no campaign for a unit that is not there.
    expect(await failureOf(() => authorise(envelopeOf('LaunchCampaign', nowhere, 'admin', admin)))).toMatchObject({
      code: 'UNIT.NOT_ACTIVE',
      field: 'organiserUnitId',
    });
  });

  it("answers for a merged unit through its successor: the successor's manager may act on it, a sibling's may not", async () => {
    await expect(
      authorise(envelopeOf('StartActivity', { activityId: 'a-old', startedAt: '2026-06-01T07:00:00+07:00' }, 'm', manager)),
    ).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('StartActivity', { activityId: 'a-old' }, 's', sibling)))).toMatchObject({
      code: 'FORBIDDEN',
      details: { unitId: 'hau-thao' },
    });
  });

  it('checks rights as of the day the command takes effect too (in Vietnam), as the registry does', async () => {
    // Before the merger Hầu Thào was not Tả Van's: its manager may not record an act of that time.
    const before = { activityId: 'a-old', startedAt: '2025-06-30T16:59:00Z' }; // 23:59 on 30 June in Vietnam
    expect(await failureOf(() => authorise(envelopeOf('StartActivity', before, 'm', manager)))).toMatchObject({
      code: 'FORBIDDEN',
      details: { unitId: 'hau-thao', date: '2025-06-30' },
    });
    await expect(authorise(envelopeOf('StartActivity', { ...before, startedAt: '2025-06-30T17:00:00Z' }, 'm', manager))).resolves.toBeUndefined();
    // The province was above both communes all along.
    await expect(authorise(envelopeOf('StartActivity', before, 'p', province))).resolves.toBeUndefined();
  });

  it('answers a retryable HIERARCHY.CATCHING_UP instead of a refusal while the local hierarchy is behind the registry', async () => {
    const behind: UnitLineages = {
      refresh: async () => undefined,
      catchUp: async () => false,
      lineageOf: () => [],
      existsOn: () => false,
      isActiveOn: () => false,
    };
    const authoriseBehind = authorisingWith(routes, campaignsAuthoriser({ secret, lookups, hierarchy: behind, endedSessions, people }));
    expect(await failureOf(() => authoriseBehind(envelopeOf('LaunchCampaign', launch, 'm', manager)))).toMatchObject({
      kind: 'concurrency',
      code: 'HIERARCHY.CATCHING_UP',
    });
    // An administrator needs no rights, but the organiser must still be known to be active.
    expect(await failureOf(() => authoriseBehind(envelopeOf('LaunchCampaign', launch, 'admin', admin)))).toMatchObject({
      kind: 'concurrency',
      code: 'HIERARCHY.CATCHING_UP',
    });
  });

  it('lets a group leader record attendance but not change the activity', async () => {
    await expect(authorise(envelopeOf('RecordAttendance', { shiftId: 's-1', records: [] }, 'l', leader))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('CompleteActivity', { activityId: 'a-1' }, 'l', leader)))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a volunteer sign themselves up and cancel, and nobody else', async () => {
    const volunteer = tokenOf('acc-v', [], { kind: 'volunteer', personId: 'v-1' });
    await expect(authorise(envelopeOf('SignUpForShift', { shiftId: 's-1', volunteerId: 'v-1' }, 'acc-v', volunteer))).resolves.toBeUndefined();
    await expect(authorise(envelopeOf('CancelSignUp', { shiftId: 's-1', volunteerId: 'v-1' }, 'acc-v', volunteer))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('SignUpForShift', { shiftId: 's-1', volunteerId: 'v-2' }, 'acc-v', volunteer)))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await failureOf(() => authorise(envelopeOf('ApproveSignUp', { shiftId: 's-1', volunteerId: 'v-1' }, 'acc-v', volunteer)))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses the token of a session the registry has ended before it expires, whatever its grants', async () => {
    const signedOut = tokenOf('m', [{ role: 'system-admin', unitId: null }], { sid: 'ended' });
    expect(await failureOf(() => authorise(envelopeOf('LaunchCampaign', launch, 'm', signedOut)))).toMatchObject({
      kind: 'forbidden',
      code: 'AUTH.SESSION_ENDED',
    });
    const volunteer = tokenOf('m', [], { kind: 'volunteer', personId: 'v-1', sid: 'ended' });
    expect(await failureOf(() => authorise(envelopeOf('SignUpForShift', { shiftId: 's-1', volunteerId: 'v-1' }, 'm', volunteer)))).toMatchObject({
      code: 'AUTH.SESSION_ENDED',
    });
    // Another session of the same account is still live.
    await expect(
      authorise(envelopeOf('LaunchCampaign', launch, 'm', tokenOf('m', [{ role: 'unit-manager', unitId: 'ta-van' }], { sid: 'live' }))),
    ).resolves.toBeUndefined();
  });

  it('lets a volunteer scan and ask corrections for themselves only, a group leader record but not decide, and only an administrator define measures', async () => {
    const volunteer = tokenOf('acc-v1', [], { kind: 'volunteer', personId: 'v1' });
    const scan = (volunteerId: string) => envelopeOf('CheckInWithCode', { shiftId: 's-1', volunteerId }, 'acc-v1', volunteer);
    await expect(authorise(scan('v1'))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(scan('v2')))).toMatchObject({ code: 'FORBIDDEN' });
    const ask = (volunteerId: string) => envelopeOf('RequestAttendanceCorrection', { shiftId: 's-1', volunteerId }, 'acc-v1', volunteer);
    await expect(authorise(ask('v1'))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(ask('v2')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await failureOf(() => authorise(envelopeOf('ApproveAttendanceCorrection', { shiftId: 's-1', correctionId: 'c' }, 'acc-v1', volunteer))),
    ).toMatchObject({ code: 'FORBIDDEN' });

    await expect(authorise(envelopeOf('RequestAttendanceCorrection', { shiftId: 's-1', volunteerId: 'v2' }, 'l', leader))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('ApproveAttendanceCorrection', { shiftId: 's-1', correctionId: 'c' }, 'l', leader)))).toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(authorise(envelopeOf('ApproveAttendanceCorrection', { shiftId: 's-1', correctionId: 'c' }, 'm', manager))).resolves.toBeUndefined();

    const define = { measureId: 'wells' };
    expect(await failureOf(() => authorise(envelopeOf('DefineOutputMeasure', define, 'p', province)))).toMatchObject({ code: 'FORBIDDEN' });
    await expect(authorise(envelopeOf('DefineOutputMeasure', define, 'admin', admin))).resolves.toBeUndefined();
  });
});
