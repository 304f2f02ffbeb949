import { generateKeyPairSync } from 'node:crypto';
import { signAccessToken } from '@tn/shared-auth';
import type { Grant } from '@tn/shared-auth';
import type { CampaignState, ShiftState } from '@tn/campaigns-domain';
import type { DomainError } from '@tn/shared-decider';
import { EndedSessions } from '@tn/shared-registry-feed';
import { localHierarchyOf, unitCreated, unitsMerged } from '@tn/shared-registry-feed/testing';
import { authorisingWith, envelopeOf, failureOf, fixedDirectory, fixedLookups, fixedModels } from '../routes.test-fixtures';
import { campaignsAuthoriser, type PeopleUnits } from './campaigns-authoriser';
import { allCampaignRoutes } from './campaigns-write.module';

// Two provinces: Lào Cai (Tả Van commune) and Yên Bái; Hầu Thào merged into Tả Van on 2025-07-01.
const secret = Buffer.alloc(32, 3);
const tokenOf = (sub: string, grants: Grant[]) => signAccessToken({ sub, sid: 's', kind: 'cadre', grants }, secret, new Date(), 600);
const hierarchy = localHierarchyOf([
  unitCreated('lao-cai', null),
  unitCreated('ta-van', 'lao-cai'),
  unitCreated('hau-thao', 'lao-cai'),
  unitCreated('yen-bai', null),
  unitsMerged(['hau-thao'], 'ta-van', '2025-07-01'),
]);
const campaign = (unitId: string): CampaignState =>
  ({ status: 'open', campaignId: `c-${unitId}`, role: 'standalone', unitId, definition: {} as never, adoptions: {} }) as unknown as CampaignState;
const shiftWith = (confirmed: string[]): ShiftState => ({ status: 'scheduled', confirmed, waitlisted: [], pending: [] }) as unknown as ShiftState;
const lookups = fixedLookups({
  campaigns: { 'c-lao-cai': campaign('lao-cai'), 'c-yen-bai': campaign('yen-bai') },
  activities: { 'a-yb': 'yen-bai' },
  shifts: { 's-yb': 'a-yb' },
  shiftStates: { 's-yb': shiftWith(['v-yb']) },
});
const endedSessions = new EndedSessions();
endedSessions.attach(async () => false);
const homes: Record<string, string> = { 'v-lc': 'ta-van', 'v-yb': 'yen-bai' };
const positions: Record<string, string[]> = { 'cadre-lc': ['ta-van'], 'cadre-yb': ['yen-bai'] };
const people: PeopleUnits = { homeUnitOf: async (id) => homes[id], positionUnitsOf: async (id) => positions[id] ?? [] };
const routes = allCampaignRoutes(lookups, {
  certificateSigningKey: generateKeyPairSync('ed25519').privateKey,
  checkInKey: Buffer.alloc(32),
  coordinationModels: fixedModels(),
  networkDirectory: fixedDirectory(),
  hierarchy,
});
const authorise = authorisingWith(routes, campaignsAuthoriser({ secret, lookups, hierarchy, endedSessions, people }));

const yenBai = tokenOf('yb', [{ role: 'unit-manager', unitId: 'yen-bai' }]);
const laoCai = tokenOf('lc', [{ role: 'unit-manager', unitId: 'lao-cai' }]);
const admin = tokenOf('admin', [{ role: 'system-admin', unitId: null }]);
const refusalOf = (type: string, payload: Record<string, unknown>, actor = 'yb', token = yenBai) =>
  failureOf(() => authorise(envelopeOf(type, payload, actor, token)));

const proposal = (profile: Record<string, unknown>) => ({
  activityId: 'a-new',
  proposedOn: '2026-06-01',
  profile: { organiserUnitId: 'yen-bai', responsibleCadreId: 'cadre-yb', ...profile },
});

describe('campaigns authoriser: ids a command names are checked, unknown and not yours alike', () => {
  it("refuses signing another province's volunteer up to one's own shift exactly as an unknown volunteer", async () => {
    await expect(authorise(envelopeOf('SignUpForShift', { shiftId: 's-yb', volunteerId: 'v-yb' }, 'yb', yenBai))).resolves.toBeUndefined();
    const thrown = (volunteerId: string) =>
      authorise(envelopeOf('SignUpForShift', { shiftId: 's-yb', volunteerId }, 'yb', yenBai)).then(
        () => undefined,
        (error: DomainError) => error,
      );
    const [foreign, unknown] = [await thrown('v-lc'), await thrown('v-nobody')];
    expect(foreign).toMatchObject({ kind: 'forbidden', code: 'FORBIDDEN' });
    expect(unknown).toMatchObject({ kind: 'forbidden', code: 'FORBIDDEN' });
    expect(foreign?.message.replace('v-lc', 'X')).toBe(unknown?.message.replace('v-nobody', 'X'));
  });

  it('records attendance only for volunteers holding a confirmed place on the shift', async () => {
    const record = (volunteerId: string) => ({
      shiftId: 's-yb',
      uploadedAt: '2026-06-01T00:00:00Z',
      records: [{ recordId: 'r', volunteerId, kind: 'check-in', at: '2026-06-01T00:00:00Z', method: 'manual' }],
    });
    await expect(authorise(envelopeOf('RecordAttendance', record('v-yb'), 'yb', yenBai))).resolves.toBeUndefined();
    expect(await refusalOf('RecordAttendance', record('v-lc'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusalOf('RecordAttendance', record('v-nobody'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('issues a certificate only for a volunteer in the actor’s scope', async () => {
    const issue = (volunteerId: string) => ({ certificateId: 'x', volunteerId, campaignId: 'c-yen-bai', issuingUnitId: 'yen-bai', issuedOn: '2026-06-01' });
    await expect(authorise(envelopeOf('IssueCertificate', issue('v-yb'), 'yb', yenBai))).resolves.toBeUndefined();
    expect(await refusalOf('IssueCertificate', issue('v-lc'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusalOf('IssueCertificate', issue('v-nobody'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("refuses an activity inside another province's campaign, or with a responsible cadre that is not the actor's or does not exist", async () => {
    await expect(authorise(envelopeOf('ProposeActivity', proposal({ campaignId: 'c-yen-bai' }), 'yb', yenBai))).resolves.toBeUndefined();
    expect(await refusalOf('ProposeActivity', proposal({ campaignId: 'c-lao-cai' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusalOf('ProposeActivity', proposal({ campaignId: 'c-nowhere' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusalOf('ProposeActivity', proposal({ responsibleCadreId: 'cadre-lc' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusalOf('ProposeActivity', proposal({ responsibleCadreId: 'cadre-nobody' }))).toMatchObject({ code: 'FORBIDDEN' });
    // A commune's activity may join its province's campaign.
    const commune = { organiserUnitId: 'ta-van', responsibleCadreId: 'cadre-lc', campaignId: 'c-lao-cai' };
    await expect(authorise(envelopeOf('ProposeActivity', proposal(commune), 'lc', laoCai))).resolves.toBeUndefined();
  });

  it('refuses a new activity organised by a unit merged away before the day it takes effect, even to an administrator', async () => {
    const merged = proposal({ organiserUnitId: 'hau-thao', responsibleCadreId: 'cadre-lc' });
    expect(await refusalOf('ProposeActivity', merged, 'lc', laoCai)).toMatchObject({
      kind: 'validation',
      code: 'UNIT.NOT_ACTIVE',
      field: 'profile.organiserUnitId',
    });
    expect(await refusalOf('ProposeActivity', merged, 'admin', admin)).toMatchObject({ code: 'UNIT.NOT_ACTIVE' });
    // Before the merger it was active: a proposal recorded for that day stands.
    await expect(authorise(envelopeOf('ProposeActivity', { ...merged, proposedOn: '2025-06-01' }, 'lc', laoCai))).resolves.toBeUndefined();
  });

  it('fails closed: a command type with no declared scope is refused, even to an administrator', async () => {
    // The dispatcher has refused unknown types before; a type reaching here without a scope is a new command nobody scoped.
    expect(routes.find((route) => route.definition.type === 'IssueBadgeInBulk')).toBeUndefined();
    expect(await refusalOf('IssueBadgeInBulk', { campaignId: 'c-yen-bai' }, 'admin', admin)).toMatchObject({ kind: 'forbidden', code: 'FORBIDDEN' });
    expect(await refusalOf('IssueBadgeInBulk', { campaignId: 'c-yen-bai' })).toMatchObject({ kind: 'forbidden', code: 'FORBIDDEN' });
  });

  it('declares a scope for every command the service routes', () => {
    // A payload with every field present: ids 'x', nested parts alike, upload records none.
    const anyPayload: Record<string, unknown> = new Proxy({}, { get: (_target, field) => (field === 'records' ? [] : field === 'profile' ? anyPayload : 'x') });
    const unscoped = routes
      .map((route) => route.definition)
      .filter((definition) => !definition.rights(anyPayload as never))
      .map((definition) => definition.type);
    expect(routes.length).toBeGreaterThan(20);
    expect(unscoped).toEqual([]);
  });
});
