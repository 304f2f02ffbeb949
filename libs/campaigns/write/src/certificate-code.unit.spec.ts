import { generateKeyPairSync } from 'node:crypto';
import { verifyCertificateCode } from '@tn/campaigns-contracts';
import { certificateCodeOf } from './certificate-code';

const issuer = generateKeyPairSync('ed25519');
const content = {
  certificateId: 'certificate-he-2026-v-1',
  award: 'certificate' as const,
  volunteerId: 'v-1',
  campaignId: 'he-2026',
  issuingUnitId: 'ta-van',
  criteria: { minimumHours: 40 },
  facts: { hours: 44, activities: 2 },
  issuedOn: '2026-09-01',
};
const tamper = (code: string, part: 0 | 1) => {
  const parts = code.split('.');
  const text = parts[part]!;
  parts[part] = `${text.slice(0, 10)}${text[10] === 'x' ? 'y' : 'x'}${text.slice(11)}`;
  return parts.join('.');
};

describe('certificate codes signed by the IssueCertificate route', () => {
  it('round-trips through the public key', () => {
    const code = certificateCodeOf(content, issuer.privateKey);
    expect(verifyCertificateCode(code, issuer.publicKey)).toEqual({
      valid: true,
      payload: { certificateId: content.certificateId, volunteerId: 'v-1', campaignId: 'he-2026', award: 'certificate', issuedOn: '2026-09-01', hours: 44 },
    });
  });

  it('fails verification when the payload or the signature is tampered with', () => {
    const code = certificateCodeOf(content, issuer.privateKey);
    expect(verifyCertificateCode(tamper(code, 0), issuer.publicKey)).toEqual({ valid: false, reason: 'signature' });
    expect(verifyCertificateCode(tamper(code, 1), issuer.publicKey)).toEqual({ valid: false, reason: 'signature' });
  });

  it('fails verification with another key', () => {
    const other = generateKeyPairSync('ed25519');
    expect(verifyCertificateCode(certificateCodeOf(content, other.privateKey), issuer.publicKey)).toEqual({ valid: false, reason: 'signature' });
    expect(verifyCertificateCode(certificateCodeOf(content, issuer.privateKey), other.publicKey)).toEqual({ valid: false, reason: 'signature' });
  });
});
