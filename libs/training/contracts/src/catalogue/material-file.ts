/**
 * A material's file is stored elsewhere, by reference: the platform keeps its address and its
 * checksum, so anyone can verify that the file they fetched is the version a course taught.
 * Pure checks, shared by the decider and the gateway.
 */

/** Longest file address kept (browsers and proxies refuse much longer ones). */
export const MAX_MATERIAL_URL_LENGTH = 2_000;

/** An absolute `https:` address with a host and no credentials in it. */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_MATERIAL_URL_LENGTH || value !== value.trim() || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/** A SHA-256 digest written as 64 hexadecimal digits (either case; stored in lower case). */
export const isSha256Hex = (value: unknown): value is string => typeof value === 'string' && SHA256_HEX.test(value);
