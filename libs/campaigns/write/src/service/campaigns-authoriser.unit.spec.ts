import { signAccessToken } from '@tn/shared-auth';
import type { Grant } from '@tn/shared-auth';
import { envelopeOf, failureOf, fixedLookups } from '../routes.test-fixtures';
import { campaignAllows, campaignPermissionsOf } from './campaign-permissions';
import { campaignsAuthoriser } from './campaigns-authoriser';

const secret = Buffer.alloc(32, 3);
const tokenOf = (sub: string, grants: Grant[], extra: { kind?: 'cadre' | 'volunteer'; personId?: string } = {}) =>
  signAccessToken({ sub, sid: 's', kind: extra.kind ?? 'cadre', grants, ...(extra.personId ? { personId: extra.personId } : {}) }, secret, new Date(), 600);
const authorise = campaignsAuthoriser({ secret, lookups: fixedLookups({ activities: { 'a-1': 'ta-van' }, shifts: { 's-1': 'a-1' } }) });

const manager = tokenOf('m', [{ role: 'unit-manager', unitId: 'ta-van' }]);
const province = tokenOf('p', [{ role: 'unit-manager', unitId: 'lao-cai' }]);
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
    expect(await failureOf(() => authorise(envelopeOf('LaunchCampaign', launch, 'm', signAccessToken({ sub: 'm', sid: 's', kind: 'cadre', grants: [{ role: 'system-admin', unitId: null }] }, Buffer.alloc(32, 4), new Date(), 600))))).toMatchObject({ kind: 'forbidden' });
  });

  it("lets a unit's manager act on the unit named, and (for now) not a manager of the unit above", async () => {
    await expect(authorise(envelopeOf('LaunchCampaign', launch, 'm', manager))).resolves.toBeUndefined();
    await expect(authorise(envelopeOf('LaunchCampaign', launch, 'admin', admin))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('LaunchCampaign', launch, 'p', province)))).toMatchObject({ code: 'FORBIDDEN', details: { unitId: 'ta-van' } });
  });

  it("scopes an activity's and a shift's commands by the activity's organiser unit", async () => {
    await expect(authorise(envelopeOf('StartActivity', { activityId: 'a-1' }, 'm', manager))).resolves.toBeUndefined();
    await expect(authorise(envelopeOf('ApproveSignUp', { shiftId: 's-1', volunteerId: 'v' }, 'm', manager))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('StartActivity', { activityId: 'a-1' }, 'p', province)))).toMatchObject({ code: 'FORBIDDEN' });
    // An unknown activity: only an administrator gets through, to hear "not found" from the decider.
    expect(await failureOf(() => authorise(envelopeOf('StartActivity', { activityId: 'nope' }, 'm', manager)))).toMatchObject({ code: 'FORBIDDEN' });
    await expect(authorise(envelopeOf('StartActivity', { activityId: 'nope' }, 'admin', admin))).resolves.toBeUndefined();
  });

  it('lets a group leader record attendance but not change the activity', async () => {
    await expect(authorise(envelopeOf('RecordAttendance', { shiftId: 's-1', records: [] }, 'l', leader))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('CompleteActivity', { activityId: 'a-1' }, 'l', leader)))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a volunteer sign themselves up and cancel, and nobody else', async () => {
    const volunteer = tokenOf('acc-v', [], { kind: 'volunteer', personId: 'v-1' });
    await expect(authorise(envelopeOf('SignUpForShift', { shiftId: 's-1', volunteerId: 'v-1' }, 'acc-v', volunteer))).resolves.toBeUndefined();
    await expect(authorise(envelopeOf('CancelSignUp', { shiftId: 's-1', volunteerId: 'v-1' }, 'acc-v', volunteer))).resolves.toBeUndefined();
    expect(await failureOf(() => authorise(envelopeOf('SignUpForShift', { shiftId: 's-1', volunteerId: 'v-2' }, 'acc-v', volunteer)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failureOf(() => authorise(envelopeOf('ApproveSignUp', { shiftId: 's-1', volunteerId: 'v-1' }, 'acc-v', volunteer)))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
