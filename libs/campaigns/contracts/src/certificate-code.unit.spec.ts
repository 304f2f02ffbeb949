import { generateKeyPairSync } from 'node:crypto';
import {
  type CertificateCodePayload,
  certificateSigningKeyFrom,
  certificateVerifyKeyFrom,
  isCertificateKey,
  signCertificateCode,
  verifyCertificateCode,
} from './certificate-code';

const pair = () => generateKeyPairSync('ed25519');
const { privateKey, publicKey } = pair();
const payload: CertificateCodePayload = {
  certificateId: 'certificate-he-2026-v-1',
  volunteerId: 'v-1',
  campaignId: 'he-2026',
  award: 'certificate',
  issuedOn: '2026-09-01',
  hours: 42.5,
};
/** The code with the character at `index` of `part` (0 payload, 1 signature) replaced by another valid one. */
function changed(code: string, part: 0 | 1, index: number): string {
  const parts = code.split('.');
  const text = parts[part]!;
  const replacement = text[index] === 'A' ? 'B' : 'A';
  parts[part] = `${text.slice(0, index)}${replacement}${text.slice(index + 1)}`;
  return parts.join('.');
}

describe('certificate verification code', () => {
  it('round-trips: a signed code verifies and says what was signed, ids only', () => {
    const code = signCertificateCode(payload, privateKey);
    expect(code).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyCertificateCode(code, publicKey)).toEqual({ valid: true, payload });
    expect(JSON.parse(Buffer.from(code.split('.')[0]!, 'base64url').toString('utf8'))).toEqual(payload);
    // Deterministic (Ed25519): the same content gives the same code, whatever the field order given.
    const { hours, award, ...rest } = payload;
    expect(signCertificateCode({ hours, ...rest, award }, privateKey)).toBe(code);
  });

  it('refuses a code whose payload or signature was changed by one character', () => {
    const code = signCertificateCode(payload, privateKey);
    const [encoded, signature] = code.split('.') as [string, string];
    for (let index = 0; index < encoded.length - 1; index += 7)
      expect(verifyCertificateCode(changed(code, 0, index), publicKey)).toEqual({ valid: false, reason: 'signature' });
    for (let index = 0; index < signature.length - 1; index += 5)
      expect(verifyCertificateCode(changed(code, 1, index), publicKey)).toEqual({ valid: false, reason: 'signature' });
    // The last characters carry unused bits: a variant that decodes the same is refused too.
    expect(verifyCertificateCode(changed(code, 0, encoded.length - 1), publicKey).valid).toBe(false);
    expect(verifyCertificateCode(changed(code, 1, signature.length - 1), publicKey).valid).toBe(false);
    // A payload re-encoded with other content and the old signature.
    const forged = `${Buffer.from(JSON.stringify({ ...payload, hours: 400 })).toString('base64url')}.${signature}`;
    expect(verifyCertificateCode(forged, publicKey)).toEqual({ valid: false, reason: 'signature' });
  });

  it('refuses a code signed with another key', () => {
    const other = pair();
    expect(verifyCertificateCode(signCertificateCode(payload, other.privateKey), publicKey)).toEqual({ valid: false, reason: 'signature' });
  });

  it('calls anything that is not two base64url parts malformed', () => {
    for (const code of ['', 'abc', 'a.b.c', 'ab!.cd', `${signCertificateCode(payload, privateKey)}.x`]) {
      expect(verifyCertificateCode(code, publicKey)).toEqual({ valid: false, reason: 'malformed' });
    }
  });

  it('reads keys from their configured forms (PKCS#8 / SPKI DER in base64) and rejects anything else', () => {
    const signing = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    const verifying = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const code = signCertificateCode(payload, certificateSigningKeyFrom(signing));
    expect(verifyCertificateCode(code, certificateVerifyKeyFrom(verifying)).valid).toBe(true);
    expect(isCertificateKey('signing', signing)).toBe(true);
    expect(isCertificateKey('verify', verifying)).toBe(true);
    expect(isCertificateKey('signing', verifying)).toBe(false);
    expect(isCertificateKey('verify', signing)).toBe(false);
    expect(isCertificateKey('signing', Buffer.alloc(32, 7).toString('base64'))).toBe(false);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(isCertificateKey('signing', rsa)).toBe(false);
  });
});
