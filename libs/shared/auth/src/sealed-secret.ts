import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Passwords travel from the gateway to the registry over Kafka, whose logs are kept on disk for
// a while. They are sealed with a key derived from the shared auth secret, so the log never
// holds a password in clear.
const keyOf = (secret: Buffer) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'tn-sealed-credentials-v1', 32));

export function sealSecret(secret: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The sealed text, or undefined when it was not sealed with this secret or was altered. */
export function openSecret(secret: Buffer, sealed: string): string | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
