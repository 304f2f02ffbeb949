import { generateKeyPairSync } from 'node:crypto';
import { verifyCertificateCode } from '@tn/campaigns-contracts';
import { certificateStreamId, shiftStreamId } from '@tn/campaigns-domain';
import { participationRoutes } from './participation-routes';
import { envelopeOf, failureOf, fixedLookups, routeOf, summerDefinition } from './routes.test-fixtures';
import { scopeOfCampaignCommand } from './service/command-scopes';

const keys = generateKeyPairSync('ed25519');
const campaign = { status: 'open', campaignId: 'c-1', role: 'own', unitId: 'ta-van', definition: { ...summerDefinition, certificateCriteria: { minimumHours: 30 } }, adoptions: {} } as never;
const routes = participationRoutes(fixedLookups({ activities: { 'a-1': 'ta-van' }, campaigns: { 'c-1': campaign } }), { certificateSigningKey: keys.privateKey });
const route = (type: string) => routeOf(routes, type);
const shift = {
  shiftId: 's-1',
  activityId: 'a-1',
  role: { roleId: 'builder', name: 'Làm đường' },
  startsAt: '2026-07-01T07:00:00+07:00',
  endsAt: '2026-07-01T11:00:00+07:00',
  capacity: 15,
  waitlist: true,
};

describe('shift and certificate routes', () => {
  it('routes each command to its stream', () => {
    expect(routes.map((r) => r.type).sort()).toEqual([
      'ApproveSignUp',
      'CancelSignUp',
      'ChangeShiftCapacity',
      'IssueCertificate',
      'RejectSignUp',
      'RevokeCertificate',
      'ScheduleShift',
      'SignUpForShift',
    ]);
    expect(route('ChangeShiftCapacity').streamIdOf(envelopeOf('ChangeShiftCapacity', { shiftId: 's-1' }))).toBe(shiftStreamId('s-1'));
    expect(route('RevokeCertificate').streamIdOf(envelopeOf('RevokeCertificate', { certificateId: 'cert-1' }))).toBe(certificateStreamId('cert-1'));
    expect(route('SignUpForShift').streamIdOf(envelopeOf('SignUpForShift', { shiftId: 's-1' }))).toBe(shiftStreamId('s-1'));
    expect(route('IssueCertificate').streamIdOf(envelopeOf('IssueCertificate', { certificateId: 'cert-1' }))).toBe(certificateStreamId('cert-1'));
  });

  it('maps a shift with its role (no skills, no approval by default) and its activity\'s status', async () => {
    expect(await route('ScheduleShift').toCommand(envelopeOf('ScheduleShift', shift))).toEqual({
      type: 'ScheduleShift',
      ...shift,
      activityStatus: 'in-progress',
      role: { roleId: 'builder', name: 'Làm đường', requiredSkills: [], requiresApproval: false },
    });
    expect(await route('ScheduleShift').toCommand(envelopeOf('ScheduleShift', { ...shift, activityId: 'a-unknown' }))).toMatchObject({ activityStatus: 'none' });
    expect(await failureOf(() => route('ScheduleShift').toCommand(envelopeOf('ScheduleShift', { ...shift, capacity: '15' })))).toMatchObject({ field: 'capacity' });
  });

  it('takes the volunteer facts a sign-up needs from the payload, naming a missing one, and its time from the envelope', async () => {
    const payload = { shiftId: 's-1', volunteerId: 'v-1', volunteer: { skills: ['first-aid'], ageOnShiftDate: 16, hasGuardianConsent: true } };
    // A time the client states is not when it signed up.
    expect(await route('SignUpForShift').toCommand(envelopeOf('SignUpForShift', { ...payload, signedUpAt: '2020-01-01T00:00:00Z' }))).toEqual({
      type: 'SignUpForShift',
      ...payload,
      activityStatus: expect.any(String),
      signedUpAt: '2026-06-01T00:00:00.000Z',
    });
    expect(
      await failureOf(() => route('SignUpForShift').toCommand(envelopeOf('SignUpForShift', { ...payload, volunteer: { hasGuardianConsent: false } }))),
    ).toMatchObject({ code: 'COMMAND.FIELD_REQUIRED', field: 'volunteer.ageOnShiftDate' });
  });

  it('records the actor as the approver and the envelope time, never payload fields', async () => {
    expect(
      await route('ApproveSignUp').toCommand(envelopeOf('ApproveSignUp', { shiftId: 's-1', volunteerId: 'v-1', approvedBy: 'someone-else', approvedAt: '2026-06-21T08:00:00+07:00' }, 'leader-1')),
    ).toEqual({ type: 'ApproveSignUp', shiftId: 's-1', volunteerId: 'v-1', approvedBy: 'leader-1', approvedAt: '2026-06-01T00:00:00.000Z' });
    const rejection = { shiftId: 's-1', volunteerId: 'v-1', rejectedBy: 'someone-else', reason: 'Chưa có chứng chỉ', rejectedAt: '2026-06-21T08:00:00+07:00' };
    expect(await route('RejectSignUp').toCommand(envelopeOf('RejectSignUp', rejection, 'leader-1'))).toEqual({ type: 'RejectSignUp', ...rejection, rejectedBy: 'leader-1', rejectedAt: '2026-06-01T00:00:00.000Z' });
    expect(await failureOf(() => route('RejectSignUp').toCommand(envelopeOf('RejectSignUp', { ...rejection, reason: undefined })))).toMatchObject({ field: 'reason' });
  });

  it('maps a capacity change, refusing a capacity that is not a number', async () => {
    const change = { shiftId: 's-1', capacity: 20, changedAt: '2026-06-22T08:00:00+07:00' };
    expect(await route('ChangeShiftCapacity').toCommand(envelopeOf('ChangeShiftCapacity', change))).toEqual({ type: 'ChangeShiftCapacity', ...change, changedAt: '2026-06-01T00:00:00.000Z' });
    expect(await failureOf(() => route('ChangeShiftCapacity').toCommand(envelopeOf('ChangeShiftCapacity', { ...change, capacity: '20' })))).toMatchObject({
      code: 'COMMAND.FIELD_REQUIRED',
      field: 'capacity',
    });
  });

  it('maps a certificate with its criteria and the facts the read side computed, signing its code over its content', async () => {
    const payload = {
      certificateId: 'cert-1',
      award: 'certificate',
      volunteerId: 'v-1',
      campaignId: 'c-1',
      issuingUnitId: 'ta-van',
      criteria: { minimumHours: 40 },
      facts: { hours: 42, activities: 3 },
      issuedOn: '2026-09-01',
    };
    const command = (await route('IssueCertificate').toCommand(envelopeOf('IssueCertificate', { ...payload, code: 'forged-by-the-caller' }, 'manager-1'))) as { code: string };
    // The criteria are the campaign's own, whatever the caller sent.
    expect(command).toEqual({ type: 'IssueCertificate', ...payload, criteria: { minimumHours: 30 }, code: expect.any(String), issuedBy: 'manager-1' });
    expect(await failureOf(() => route('IssueCertificate').toCommand(envelopeOf('IssueCertificate', { ...payload, campaignId: 'c-unknown' })))).toMatchObject({ code: 'CAMPAIGN.NOT_FOUND' });
    expect(command.code).not.toBe('forged-by-the-caller');
    expect(verifyCertificateCode(command.code, keys.publicKey)).toEqual({
      valid: true,
      payload: { certificateId: 'cert-1', volunteerId: 'v-1', campaignId: 'c-1', award: 'certificate', issuedOn: '2026-09-01', hours: 42 },
    });
    // Ids only: no unit, criteria or anything personal in the signed payload.
    expect(Buffer.from(command.code.split('.')[0]!, 'base64url').toString('utf8')).not.toContain('ta-van');
    // The same content is signed the same way (a retried command records the same code).
    expect(((await route('IssueCertificate').toCommand(envelopeOf('IssueCertificate', payload, 'manager-1'))) as { code: string }).code).toBe(command.code);
    expect(await failureOf(() => route('IssueCertificate').toCommand(envelopeOf('IssueCertificate', { ...payload, facts: { hours: 42 } })))).toMatchObject({ field: 'facts.activities' });
  });

  it('scopes the new shift and certificate commands by the unit that owns what they touch', () => {
    for (const type of ['ChangeShiftCapacity', 'RejectSignUp']) {
      expect(scopeOfCampaignCommand(envelopeOf(type, { shiftId: 's-1', volunteerId: 'v-1' }))).toEqual({ permission: 'campaigns:write', units: [], shiftId: 's-1' });
    }
    expect(scopeOfCampaignCommand(envelopeOf('RevokeCertificate', { certificateId: 'cert-1', issuingUnitId: 'ta-van' }))).toEqual({ permission: 'campaigns:write', units: ['ta-van'] });
  });
});
