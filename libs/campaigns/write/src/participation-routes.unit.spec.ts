import { generateKeyPairSync } from 'node:crypto';
import { verifyCertificateCode } from '@tn/campaigns-contracts';
import { certificateStreamId, shiftStreamId } from '@tn/campaigns-domain';
import { participationRoutes } from './participation-routes';
import { commandBy, commandOf, failureOf, fixedLookups, rightsOf, routeOf, streamOf, summerDefinition } from './routes.test-fixtures';

const keys = generateKeyPairSync('ed25519');
const campaign = {
  status: 'open',
  campaignId: 'c-1',
  role: 'own',
  unitId: 'ta-van',
  definition: { ...summerDefinition, certificateCriteria: { minimumHours: 30 } },
  adoptions: {},
} as never;
const routes = participationRoutes(fixedLookups({ activities: { 'a-1': 'ta-van' }, campaigns: { 'c-1': campaign } }), {
  certificateSigningKey: keys.privateKey,
});
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
const revocation = { certificateId: 'cert-1', issuingUnitId: 'ta-van', reason: 'Giờ tham gia ghi sai', revokedOn: '2026-09-10' };

describe('shift and certificate routes', () => {
  it('routes each command to its stream', () => {
    expect(routes.map((r) => r.definition.type).sort()).toEqual([
      'ApproveSignUp',
      'CancelSignUp',
      'ChangeShiftCapacity',
      'IssueCertificate',
      'RejectSignUp',
      'RevokeCertificate',
      'ScheduleShift',
      'SignUpForShift',
    ]);
    expect(streamOf(route('ChangeShiftCapacity'), { shiftId: 's-1', capacity: 20 })).toBe(shiftStreamId('s-1'));
    expect(streamOf(route('RevokeCertificate'), revocation)).toBe(certificateStreamId('cert-1'));
    expect(streamOf(route('SignUpForShift'), { shiftId: 's-1', volunteerId: 'v-1', volunteer: { ageOnShiftDate: 20, hasGuardianConsent: false } })).toBe(
      shiftStreamId('s-1'),
    );
    expect(
      streamOf(route('IssueCertificate'), {
        certificateId: 'cert-1',
        award: 'badge',
        volunteerId: 'v-1',
        issuingUnitId: 'ta-van',
        criteria: { minimumHours: 4 },
        facts: { hours: 5, activities: 1 },
        issuedOn: '2026-09-01',
      }),
    ).toBe(certificateStreamId('cert-1'));
  });

  it("maps a shift with its role (no skills, no approval by default) and its activity's status", async () => {
    expect(await commandOf(route('ScheduleShift'), shift)).toEqual({
      type: 'ScheduleShift',
      ...shift,
      activityStatus: 'in-progress',
      role: { roleId: 'builder', name: 'Làm đường', requiredSkills: [], requiresApproval: false },
    });
    expect(await commandOf(route('ScheduleShift'), { ...shift, activityId: 'a-unknown' })).toMatchObject({ activityStatus: 'none' });
    expect(await failureOf(() => commandOf(route('ScheduleShift'), { ...shift, capacity: '15' }))).toMatchObject({ field: 'capacity' });
  });

  it('takes the volunteer facts a sign-up needs from the payload, naming a missing one, and its time from the envelope', async () => {
    const payload = { shiftId: 's-1', volunteerId: 'v-1', volunteer: { skills: ['first-aid'], ageOnShiftDate: 16, hasGuardianConsent: true } };
    // A time the client states is not when it signed up.
    expect(await commandOf(route('SignUpForShift'), { ...payload, signedUpAt: '2020-01-01T00:00:00Z' })).toEqual({
      type: 'SignUpForShift',
      ...payload,
      activityStatus: expect.any(String),
      signedUpAt: '2026-06-01T00:00:00.000Z',
    });
    expect(await failureOf(() => commandOf(route('SignUpForShift'), { ...payload, volunteer: { hasGuardianConsent: false } }))).toMatchObject({
      code: 'COMMAND.FIELD_REQUIRED',
      field: 'volunteer.ageOnShiftDate',
    });
  });

  it('records the actor as the approver and the envelope time, never payload fields', async () => {
    expect(
      await commandBy('leader-1', route('ApproveSignUp'), {
        shiftId: 's-1',
        volunteerId: 'v-1',
        approvedBy: 'someone-else',
        approvedAt: '2026-06-21T08:00:00+07:00',
      }),
    ).toEqual({ type: 'ApproveSignUp', shiftId: 's-1', volunteerId: 'v-1', approvedBy: 'leader-1', approvedAt: '2026-06-01T00:00:00.000Z' });
    const rejection = { shiftId: 's-1', volunteerId: 'v-1', rejectedBy: 'someone-else', reason: 'Chưa có chứng chỉ', rejectedAt: '2026-06-21T08:00:00+07:00' };
    expect(await commandBy('leader-1', route('RejectSignUp'), rejection)).toEqual({
      type: 'RejectSignUp',
      ...rejection,
      rejectedBy: 'leader-1',
      rejectedAt: '2026-06-01T00:00:00.000Z',
    });
    expect(await failureOf(() => commandOf(route('RejectSignUp'), { ...rejection, reason: undefined }))).toMatchObject({ field: 'reason' });
  });

  it('maps a capacity change, refusing a capacity that is not a number', async () => {
    const change = { shiftId: 's-1', capacity: 20, changedAt: '2026-06-22T08:00:00+07:00' };
    expect(await commandOf(route('ChangeShiftCapacity'), change)).toEqual({ type: 'ChangeShiftCapacity', ...change, changedAt: '2026-06-01T00:00:00.000Z' });
    expect(await failureOf(() => commandOf(route('ChangeShiftCapacity'), { ...change, capacity: '20' }))).toMatchObject({
      code: 'COMMAND.FIELD_TYPE',
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
    const command = (await commandBy('manager-1', route('IssueCertificate'), { ...payload, code: 'forged-by-the-caller' })) as { code: string };
    // The criteria are the campaign's own, whatever the caller sent.
    expect(command).toEqual({ type: 'IssueCertificate', ...payload, criteria: { minimumHours: 30 }, code: expect.any(String), issuedBy: 'manager-1' });
    expect(await failureOf(() => commandOf(route('IssueCertificate'), { ...payload, campaignId: 'c-unknown' }))).toMatchObject({ code: 'CAMPAIGN.NOT_FOUND' });
    expect(command.code).not.toBe('forged-by-the-caller');
    expect(verifyCertificateCode(command.code, keys.publicKey)).toEqual({
      valid: true,
      payload: { certificateId: 'cert-1', volunteerId: 'v-1', campaignId: 'c-1', award: 'certificate', issuedOn: '2026-09-01', hours: 42 },
    });
    // Ids only: no unit, criteria or anything personal in the signed payload.
    expect(Buffer.from(command.code.split('.')[0]!, 'base64url').toString('utf8')).not.toContain('ta-van');
    // The same content is signed the same way (a retried command records the same code).
    expect(((await commandBy('manager-1', route('IssueCertificate'), payload)) as { code: string }).code).toBe(command.code);
    expect(await failureOf(() => commandOf(route('IssueCertificate'), { ...payload, facts: { hours: 42 } }))).toMatchObject({ field: 'facts.activities' });
  });

  it('scopes the new shift and certificate commands by the unit that owns what they touch', () => {
    const payloads = {
      ChangeShiftCapacity: { shiftId: 's-1', capacity: 20 },
      RejectSignUp: { shiftId: 's-1', volunteerId: 'v-1', reason: 'Chưa có chứng chỉ' },
    };
    for (const [type, payload] of Object.entries(payloads)) {
      expect(rightsOf(route(type), payload)).toEqual({ permission: 'campaigns:write', units: [], shiftId: 's-1' });
    }
    expect(rightsOf(route('RevokeCertificate'), revocation)).toEqual({ permission: 'campaigns:write', units: ['ta-van'] });
  });
});
