import { campaignAwardId, criteriaOfCampaign, DEFAULT_CERTIFICATE_CRITERIA } from '@tn/campaigns-contracts';
import { given } from '@tn/shared-decider';
import { evaluateCertificate, requireCampaignCriteria } from './certificate.criteria';
import type { IssueCertificate } from './certificate.commands';
import { certificateDecider } from './certificate.decide';
import { type CertificateEvent, certificateStreamId } from './certificate.events';

const issue: IssueCertificate = {
  type: 'IssueCertificate',
  certificateId: campaignAwardId('certificate', 'he-2026-ta-van', 'v-1'),
  award: 'certificate',
  volunteerId: 'v-1',
  campaignId: 'he-2026-ta-van',
  issuingUnitId: 'ta-van',
  criteria: { minimumHours: 20 },
  facts: { hours: 24.5, activities: 3 },
  code: 'TNTN.v1.signed-elsewhere',
  issuedOn: '2026-09-01',
  issuedBy: 'cadre-7',
};
const issued: CertificateEvent = {
  type: 'CertificateIssued',
  data: {
    certificateId: 'certificate-he-2026-ta-van-v-1',
    award: 'certificate',
    volunteerId: 'v-1',
    issuingUnitId: 'ta-van',
    criteria: { minimumHours: 20 },
    hours: 24.5,
    activities: 3,
    code: 'TNTN.v1.signed-elsewhere',
    issuedOn: '2026-09-01',
    issuedBy: 'cadre-7',
    campaignId: 'he-2026-ta-van',
  },
};

describe('recognition', () => {
  it('evaluates configurable criteria, listing each unmet one', () => {
    expect(evaluateCertificate({ minimumHours: 20 }, { hours: 20, activities: 0 })).toEqual({ met: true, unmet: [] });
    expect(evaluateCertificate(DEFAULT_CERTIFICATE_CRITERIA, { hours: 12, activities: 1 })).toEqual({
      met: false,
      unmet: [
        { criterion: 'minimumHours', required: 40, actual: 12 },
        { criterion: 'minimumActivities', required: 2, actual: 1 },
      ],
    });
  });

  it('issues a certificate when its criteria are met, recording the code it was given', () => {
    given(certificateDecider).when(issue).then([issued]);
    expect(certificateStreamId(issue.certificateId)).toBe('certificate-certificate-he-2026-ta-van-v-1');
  });

  it('refuses a certificate whose criteria are not met, saying which', () => {
    const error = given(certificateDecider)
      .when({ ...issue, facts: { hours: 8, activities: 1 } })
      .thenFails('CERTIFICATE.CRITERIA_NOT_MET');
    expect(error.details).toEqual({ unmet: [{ criterion: 'minimumHours', required: 20, actual: 8 }], requiredHours: 20, actualHours: 8 });
    expect(error.message).toContain('minimumHours 20, has 8');
    given(certificateDecider)
      .when({ ...issue, criteria: {} })
      .thenFails('CERTIFICATE.CRITERIA_REQUIRED');
    given(certificateDecider)
      .when({ ...issue, code: '' })
      .thenFails('CERTIFICATE.CODE_REQUIRED');
  });

  it('issues one certificate per volunteer and campaign, and revokes it once with a reason', () => {
    given(certificateDecider, [issued]).when(issue).thenFails('CERTIFICATE.ALREADY_ISSUED');
    const revoke = {
      type: 'RevokeCertificate',
      certificateId: issue.certificateId,
      issuingUnitId: 'ta-van',
      reason: 'giờ tham gia sai',
      revokedOn: '2026-09-10',
      revokedBy: 'cadre-1',
    } as const;
    const { type: _type, issuingUnitId: _unit, ...data } = revoke;
    const revoked = given(certificateDecider, [issued])
      .when(revoke)
      .then([{ type: 'CertificateRevoked', data: { ...data, volunteerId: issue.volunteerId } }]);
    given(certificateDecider, [issued, ...revoked])
      .when(revoke)
      .then([]);
    given(certificateDecider).when(revoke).thenFails('CERTIFICATE.NOT_FOUND');
  });

  it("takes a campaign's own criteria, within ranges, else the platform default", () => {
    expect(criteriaOfCampaign({})).toEqual({ minimumHours: 40, minimumActivities: 2 });
    expect(criteriaOfCampaign({ certificateCriteria: { minimumHours: 10 } })).toEqual({ minimumHours: 10 });
    expect(() => requireCampaignCriteria({ minimumHours: 10, minimumActivities: 1 }, 'definition.certificateCriteria.')).not.toThrow();
    expect(() => requireCampaignCriteria({ minimumHours: 0 }, 'definition.certificateCriteria.')).toThrow(
      expect.objectContaining({ code: 'CERTIFICATE.CRITERION_OUT_OF_RANGE', field: 'definition.certificateCriteria.minimumHours' }),
    );
    expect(() => requireCampaignCriteria({ minimumActivities: 101 }, 'c.')).toThrow(
      expect.objectContaining({ code: 'CERTIFICATE.CRITERION_OUT_OF_RANGE', details: { value: 101, min: 1, max: 100 } }),
    );
    expect(() => requireCampaignCriteria({}, 'c.')).toThrow(expect.objectContaining({ code: 'CERTIFICATE.CRITERIA_REQUIRED' }));
    expect(() => requireCampaignCriteria({ constructor: 3 } as never, 'c.')).toThrow(expect.objectContaining({ code: 'CERTIFICATE.CRITERION_UNKNOWN' }));
  });
});
