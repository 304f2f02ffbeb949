import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** How an encrypted personal value is stored inside event data. */
export interface EncryptedValue {
  __pd: string;
}

export const isEncryptedValue = (value: unknown): value is EncryptedValue =>
  typeof value === 'object' && value !== null && typeof (value as { __pd?: unknown }).__pd === 'string';

const VERSION = 'v1';

/**
 * AES-256-GCM with a fresh 96-bit IV per value; the subject id is authenticated data, so a
 * value copied into another subject's event does not decrypt.
 */
export function encryptValue(key: Buffer, subjectId: string, value: unknown): EncryptedValue {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(subjectId, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { __pd: `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}` };
}

export function decryptValue(key: Buffer, subjectId: string, value: EncryptedValue): unknown {
  const [version, payload] = value.__pd.split('.');
  if (version !== VERSION || !payload) throw new Error(`unknown personal-data encoding ${version}`);
  const raw = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(subjectId, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
}

/** Data keys are stored wrapped (encrypted) with the service's key-encryption key. */
export function wrapKey(kek: Buffer, dataKey: Buffer, subjectId: string): string {
  return encryptValue(kek, subjectId, dataKey.toString('base64')).__pd;
}

export function unwrapKey(kek: Buffer, wrapped: string, subjectId: string): Buffer {
  return Buffer.from(decryptValue(kek, subjectId, { __pd: wrapped }) as string, 'base64');
}
