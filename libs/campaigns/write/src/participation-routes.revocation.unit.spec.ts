import type { CertificateEvent } from '@tn/campaigns-domain';
import { given } from '@tn/shared-decider';
import { generateKeyPairSync } from 'node:crypto';
import { participationRoutes } from './participation-routes';
import { type Revocation, revocationDecider } from './participation-routes.revocation';
import { commandBy, commandOf, failureOf, fixedLookups, routeOf } from './routes.test-fixtures';

const issued: CertificateEvent = {
  type: 'CertificateIssued',
  data: {
    certificateId: 'cert-1',
    award: 'badge',
    volunteerId: 'v-1',
    issuingUnitId: 'ta-van',
    criteria: { minimumHours: 40 },
    hours: 48,
    activities: 2,
    code: 'signed',
    issuedOn: '2026-09-01',
    issuedBy: 'manager-1',
  },
};
const revoke: Revocation = {
  type: 'RevokeCertificate',
  certificateId: 'cert-1',
  issuingUnitId: 'ta-van',
  reason: 'Giờ tham gia ghi sai',
  revokedOn: '2026-09-10',
  revokedBy: 'manager-1',
};

describe('certificate revocation route', () => {
  it('records the actor as the one who revoked, never a payload field', async () => {
    const { type: _type, revokedBy: _by, ...payload } = revoke;
    const route = routeOf(participationRoutes(fixedLookups(), { certificateSigningKey: generateKeyPairSync('ed25519').privateKey }), 'RevokeCertificate');
    expect(route.decider).toBe(revocationDecider);
    expect(await commandBy('manager-2', route, { ...payload, revokedBy: 'someone-else' })).toEqual({ ...revoke, revokedBy: 'manager-2' });
    expect(await failureOf(() => commandOf(route, { ...payload, issuingUnitId: undefined }))).toMatchObject({ field: 'issuingUnitId' });
  });

  it('revokes a certificate of the unit the command names, once', () => {
    const { type: _type, issuingUnitId: _unit, ...data } = revoke;
    const revoked = given(revocationDecider, [issued])
      .when(revoke)
      .then([{ type: 'CertificateRevoked', data: { ...data, volunteerId: issued.data.volunteerId } }]);
    given(revocationDecider, [issued, ...revoked])
      .when(revoke)
      .then([]);
  });

  it("refuses revoking another unit's certificate by naming one's own unit, and an unknown certificate", () => {
    expect(
      given(revocationDecider, [issued])
        .when({ ...revoke, issuingUnitId: 'bat-xat' })
        .thenFails('FORBIDDEN').kind,
    ).toBe('forbidden');
    given(revocationDecider).when(revoke).thenFails('CERTIFICATE.NOT_FOUND');
    given(revocationDecider, [issued])
      .when({ ...revoke, reason: ' ' })
      .thenFails('CERTIFICATE.REVOKE_REASON_REQUIRED');
  });
});
