import { campaignParticipationFacts } from './certificate-facts';
import { type CertificateRecordDoc, evolveCertificateRecord } from './certificate.read-model';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>) =>
  ({ type, data, streamId: 'certificate-c1', streamVersion: ++version, eventId: `e${version}` }) as never;

describe('certificates read model', () => {
  const issued = {
    certificateId: 'c1',
    award: 'certificate',
    volunteerId: 'v1',
    campaignId: 'summer',
    issuingUnitId: 'ta-van',
    criteria: { minimumHours: 40 },
    hours: 44,
    activities: 2,
    code: 'payload.signature',
    issuedOn: '2026-09-01',
    issuedBy: 'cadre-1',
  };

  it('records an issued certificate with its code, by ids only, and marks it revoked', () => {
    const doc = evolveCertificateRecord(null, event('CertificateIssued', issued));
    expect(doc).toEqual<CertificateRecordDoc>({
      certificateId: 'c1',
      award: 'certificate',
      volunteerId: 'v1',
      campaignId: 'summer',
      issuingUnitId: 'ta-van',
      hours: 44,
      activities: 2,
      issuedOn: '2026-09-01',
      code: 'payload.signature',
      status: 'issued',
    });
    expect(
      evolveCertificateRecord(doc, event('CertificateRevoked', { certificateId: 'c1', reason: 'sai giờ', revokedOn: '2026-09-10', revokedBy: 'cadre-2' })),
    ).toEqual({
      ...doc,
      status: 'revoked',
      revokedOn: '2026-09-10',
    });
  });
});

describe('participation facts of a campaign', () => {
  it('counts hours and activities of the campaign only, from attendance per shift', () => {
    const hours = [
      { shiftId: 's1', hours: 24 },
      { shiftId: 's2', hours: 8 },
      { shiftId: 's3', hours: 16 },
      { shiftId: 's4', hours: 99 },
      { shiftId: 's5', hours: 0 },
    ];
    const activityOfShift = new Map([
      ['s1', 'a1'],
      ['s2', 'a1'],
      ['s3', 'a2'],
      ['s4', 'other-activity'],
      ['s5', 'a3'],
    ]);
    const campaignOfActivity = new Map<string, string | undefined>([
      ['a1', 'summer'],
      ['a2', 'summer'],
      ['a3', 'summer'],
      ['other-activity', 'winter'],
    ]);
    expect(campaignParticipationFacts(hours, activityOfShift, campaignOfActivity, 'summer')).toEqual({ hours: 48, activities: 2 });
    expect(campaignParticipationFacts(hours, activityOfShift, campaignOfActivity, 'none')).toEqual({ hours: 0, activities: 0 });
  });
});
