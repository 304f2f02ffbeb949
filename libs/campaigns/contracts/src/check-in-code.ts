import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { decodeCanonical } from './base64url';

/**
 * The code a shift shows as a QR code for volunteers to check themselves in and out:
 * `base64url(JSON content) + '.' + base64url(HMAC-SHA256)`. It names the shift and when it may
 * be scanned, nothing personal. The gateway makes it for a team leader (who displays it at the
 * site) and the campaigns service checks it again before recording a scan; both derive the same
 * key from the platform's token secret (AUTH_TOKEN_SECRET) with HKDF under a purpose label of
 * its own, so a check-in code can never pass for an access token or the other way round.
 */
export interface CheckInCodeContent {
  shiftId: string;
  /** ISO date-times: a scan is accepted from `validFrom` to `validUntil`. */
  validFrom: string;
  validUntil: string;
}

export type CheckInCodeCheck = { valid: true; content: CheckInCodeContent } | { valid: false; reason: 'malformed' | 'signature' };

/** A scan is accepted from this long before the shift starts until this long after it ends. */
const CHECK_IN_MARGIN_MS = 60 * 60 * 1000;
/**
 * A code shown on site is good for this long, and the console shows a fresh one before it runs
 * out: a photo of the code sent to someone elsewhere checks them in only around the moment it was
 * taken (a check-out needs a code of the end of the shift, shown on site at that time).
 */
const CHECK_IN_CODE_TTL_MS = 15 * 60 * 1000;

/** The HMAC key of check-in codes, derived from the token secret for this one purpose. */
export function checkInKeyFrom(authTokenSecret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', authTokenSecret, Buffer.alloc(0), 'tinhnguyen/shift-check-in-code/v1', 32));
}

/** The window in which a shift's codes may be scanned at all. */
export function checkInWindowOf(shift: { shiftId: string; startsAt: string; endsAt: string }): CheckInCodeContent {
  return {
    shiftId: shift.shiftId,
    validFrom: new Date(Date.parse(shift.startsAt) - CHECK_IN_MARGIN_MS).toISOString(),
    validUntil: new Date(Date.parse(shift.endsAt) + CHECK_IN_MARGIN_MS).toISOString(),
  };
}

/**
 * The content of the code to show at `now`: good from a minute ago for CHECK_IN_CODE_TTL_MS, within
 * the shift's window; undefined when `now` is outside that window (nothing to show yet, or any more).
 */
export function checkInCodeContentAt(shift: { shiftId: string; startsAt: string; endsAt: string }, now: Date): CheckInCodeContent | undefined {
  const window = checkInWindowOf(shift);
  const from = Math.max(Date.parse(window.validFrom), now.getTime() - 60_000);
  const until = Math.min(Date.parse(window.validUntil), now.getTime() + CHECK_IN_CODE_TTL_MS);
  if (from >= until || now.getTime() < Date.parse(window.validFrom)) return undefined;
  return { shiftId: shift.shiftId, validFrom: new Date(from).toISOString(), validUntil: new Date(until).toISOString() };
}

const macOf = (encoded: string, key: Buffer) => createHmac('sha256', key).update(encoded, 'ascii').digest();

export function signCheckInCode(content: CheckInCodeContent, key: Buffer): string {
  const { shiftId, validFrom, validUntil } = content;
  const encoded = Buffer.from(JSON.stringify({ shiftId, validFrom, validUntil }), 'utf8').toString('base64url');
  return `${encoded}.${macOf(encoded, key).toString('base64url')}`;
}

export function verifyCheckInCode(code: string, key: Buffer): CheckInCodeCheck {
  const [encoded, mac, ...rest] = typeof code === 'string' ? code.split('.') : [];
  const payload = encoded === undefined ? undefined : decodeCanonical(encoded);
  const given = mac === undefined ? undefined : decodeCanonical(mac);
  if (!payload || !given || rest.length > 0) return { valid: false, reason: 'malformed' };
  const expected = macOf(encoded!, key);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'signature' };
  try {
    const content = JSON.parse(payload.toString('utf8')) as Partial<CheckInCodeContent>;
    const { shiftId, validFrom, validUntil } = content;
    if (typeof shiftId !== 'string' || typeof validFrom !== 'string' || typeof validUntil !== 'string') return { valid: false, reason: 'malformed' };
    return { valid: true, content: { shiftId, validFrom, validUntil } };
  } catch {
    return { valid: false, reason: 'malformed' };
  }
}

/** Whether an instant lies in the code's window. */
export const withinCheckInWindow = (content: CheckInCodeContent, at: string): boolean =>
  Date.parse(at) >= Date.parse(content.validFrom) && Date.parse(at) <= Date.parse(content.validUntil);
