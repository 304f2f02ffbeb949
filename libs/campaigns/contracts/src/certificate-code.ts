import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { decodeCanonical } from './base64url';

/**
 * The signed verification code of a Youth Volunteer Certificate:
 * `base64url(JSON payload) + '.' + base64url(Ed25519 signature)`. The signature covers the
 * payload part exactly as written (its base64url text), so changing any character of the code
 * breaks it. The payload names ids only (no personal data): who the holder is, is read from the
 * registry when the code is verified, and disappears with the holder's erasure.
 *
 * The campaigns service signs with its private key (CERTIFICATE_SIGNING_KEY); anyone holding the
 * public key (the gateway: CERTIFICATE_VERIFY_KEY) verifies.
 */
export interface CertificateCodePayload {
  certificateId: string;
  volunteerId: string;
  campaignId?: string;
  award: string;
  issuedOn: string;
  hours?: number;
}

export type CertificateCodeCheck = { valid: true; payload: CertificateCodePayload } | { valid: false; reason: 'malformed' | 'signature' };

/** The payload with its fields in one fixed order (optional ones only when present). */
function canonicalPayload(payload: CertificateCodePayload): CertificateCodePayload {
  return {
    certificateId: payload.certificateId,
    volunteerId: payload.volunteerId,
    ...(payload.campaignId !== undefined ? { campaignId: payload.campaignId } : {}),
    award: payload.award,
    issuedOn: payload.issuedOn,
    ...(payload.hours !== undefined ? { hours: payload.hours } : {}),
  };
}

/** Pure: the code of a certificate's content, signed with the issuer's Ed25519 private key. */
export function signCertificateCode(payload: CertificateCodePayload, privateKey: KeyObject): string {
  const encoded = Buffer.from(JSON.stringify(canonicalPayload(payload)), 'utf8').toString('base64url');
  const signature = sign(null, Buffer.from(encoded, 'ascii'), privateKey);
  return `${encoded}.${signature.toString('base64url')}`;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

function payloadOf(value: unknown): CertificateCodePayload | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const p = value as Record<string, unknown>;
  if (!isText(p['certificateId']) || !isText(p['volunteerId']) || !isText(p['award']) || !isText(p['issuedOn'])) return undefined;
  if (p['campaignId'] !== undefined && !isText(p['campaignId'])) return undefined;
  if (p['hours'] !== undefined && (typeof p['hours'] !== 'number' || !Number.isFinite(p['hours']))) return undefined;
  return canonicalPayload(p as unknown as CertificateCodePayload);
}

/**
 * Pure: whether the code was signed by the holder of the private key matching `publicKey`, and
 * what it says. The signature is checked before the payload is read.
 */
export function verifyCertificateCode(code: string, publicKey: KeyObject): CertificateCodeCheck {
  const parts = typeof code === 'string' ? code.trim().split('.') : [];
  if (parts.length !== 2) return { valid: false, reason: 'malformed' };
  const [encoded, encodedSignature] = parts as [string, string];
  const payloadBytes = decodeCanonical(encoded);
  const signature = decodeCanonical(encodedSignature);
  if (!payloadBytes || !signature) return { valid: false, reason: 'malformed' };
  let genuine = false;
  try {
    genuine = verify(null, Buffer.from(encoded, 'ascii'), publicKey, signature);
  } catch {
    genuine = false;
  }
  if (!genuine) return { valid: false, reason: 'signature' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(payloadBytes.toString('utf8'));
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  const payload = payloadOf(parsed);
  return payload ? { valid: true, payload } : { valid: false, reason: 'malformed' };
}

/** The signing key from its configured form (PKCS#8 DER, base64); throws unless it is an Ed25519 private key. */
export function certificateSigningKeyFrom(base64: string): KeyObject {
  const key = createPrivateKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`not an Ed25519 key (${key.asymmetricKeyType ?? 'unknown type'})`);
  return key;
}

/** The verifying key from its configured form (SPKI DER, base64); throws unless it is an Ed25519 public key. */
export function certificateVerifyKeyFrom(base64: string): KeyObject {
  const key = createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`not an Ed25519 key (${key.asymmetricKeyType ?? 'unknown type'})`);
  return key;
}

/** Whether a configured value is a usable key of that kind (for start-up validation). */
export function isCertificateKey(kind: 'signing' | 'verify', base64: unknown): boolean {
  if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64.trim())) return false;
  try {
    if (kind === 'signing') certificateSigningKeyFrom(base64.trim());
    else certificateVerifyKeyFrom(base64.trim());
    return true;
  } catch {
    return false;
  }
}
