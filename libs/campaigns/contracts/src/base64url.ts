const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** base64url without padding, and only in its canonical form (no ignored trailing bits), so a signed code has one spelling. */
export function decodeCanonical(text: string): Buffer | undefined {
  if (!BASE64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}
