import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Passwords, commands, registry requests and the registry's replies travel between the
// services over Kafka, whose logs are kept on disk for a while. They are sealed with keys
// derived from the shared auth secret, so the log never holds a password, a token or personal
// data in clear.

/**
 * What a sealed value is for. Each purpose has its own key, so a value sealed for one purpose
 * (a password) never opens as another (a command payload).
 */
export type SealPurpose = 'password' | 'command' | 'request' | 'reply';

const KEY_INFO: Record<SealPurpose, string> = {
  password: 'tn-sealed-password-v2',
  command: 'tn-sealed-command-v2',
  request: 'tn-sealed-request-v2',
  reply: 'tn-sealed-reply-v2',
};

const keyOf = (secret: Buffer, purpose: SealPurpose) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), KEY_INFO[purpose], 32));

/**
 * `text` sealed for `purpose` and bound to `binding` (authenticated, not encrypted: the
 * envelope fields the value belongs to), so it cannot be moved into another envelope.
 */
export function sealFor(secret: Buffer, purpose: SealPurpose, text: string, binding = ''): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret, purpose), iv);
  cipher.setAAD(Buffer.from(binding, 'utf8'));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The sealed text, or undefined when not sealed with this secret, for this purpose and binding, or altered. */
function openFor(secret: Buffer, purpose: SealPurpose, sealed: string, binding = ''): string | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret, purpose), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(binding, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** A password sealed for the trip over Kafka (opened only by `openSecret`). */
export const sealSecret = (secret: Buffer, password: string): string => sealFor(secret, 'password', password);

/** The sealed password, or undefined when it was not sealed as a password with this secret, or was altered. */
export const openSecret = (secret: Buffer, sealed: string): string | undefined => openFor(secret, 'password', sealed);

/** A JSON value sealed for `purpose` and bound to `binding` (a command's secrets, a request, a reply's result). */
export const sealJson = (secret: Buffer, purpose: SealPurpose, value: unknown, binding: string): string =>
  sealFor(secret, purpose, JSON.stringify(value ?? null), binding);

/** The sealed JSON value, or undefined when not sealed with this secret, purpose and binding, or altered. */
export function openSealedJson<T = unknown>(secret: Buffer, purpose: SealPurpose, sealed: string, binding: string): T | undefined {
  const text = typeof sealed === 'string' ? openFor(secret, purpose, sealed, binding) : undefined;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
