import { isIP } from 'node:net';

/**
 * Password-guessing throttle. Failures are counted per (username, client) and per username:
 * - a client that keeps failing on a username waits longer and longer (exponential back-off
 *   after a few free failures, capped), whatever other clients do;
 * - past a ceiling of failures on the username from all clients together, every client that
 *   has failed on it also waits for the username's own back-off, and every other client is
 *   slowed (held a second or a few on the server) but never refused: a guesser spreading over
 *   many addresses is slowed, and no one can lock a user out by failing on their username;
 * - a client is an IPv4 address or an IPv6 /64 (what one subscriber usually holds), so rotating
 *   through one's own IPv6 prefix does not make a fresh client.
 * An attempt is charged as a failure before the password is checked (so parallel attempts
 * cannot slip through while the first is being verified) and refunded when it succeeds.
 */

export interface BackOffPolicy {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; it doubles with each further one. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A record whose last failure is older than this is forgotten. */
  forgetAfterMs: number;
}

/** How long a client that has not failed is held once the username is past its ceiling. */
export interface SlowDownPolicy {
  baseMs: number;
  /** Added each time the failures beyond the ceiling double: it grows mildly. */
  stepMs: number;
  maxMs: number;
}

export interface SignInThrottlePolicy {
  perClient: BackOffPolicy;
  perUsername: BackOffPolicy;
  freshClient: SlowDownPolicy;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottlePolicy = {
  perClient: { freeFailures: 5, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 },
  perUsername: { freeFailures: 20, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 },
  freshClient: { baseMs: 1_000, stepMs: 250, maxMs: 3_000 },
};

export interface FailureRecord {
  failures: number;
  /** When the last failure (or charged attempt) happened, ms since the epoch. */
  lastAt: number;
}

/** The wait owed after `failures` failures: none within the free ones, then base·2ⁿ, capped. */
export function backOffDelayMs(failures: number, policy: BackOffPolicy): number {
  const beyond = failures - policy.freeFailures;
  if (beyond < 0) return 0;
  // 2^beyond overflows to Infinity long after the cap: Math.min keeps it finite.
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** beyond);
}

/** The record as it stands at `now`: forgotten (undefined) once its last failure is old enough. */
export function liveRecord(record: FailureRecord | undefined, policy: BackOffPolicy, now: number): FailureRecord | undefined {
  return record && now - record.lastAt < policy.forgetAfterMs ? record : undefined;
}

/** How long a client must still wait, in ms (0: it may try now). A clock stepping back owes no more than the full delay. */
export function waitLeftMs(record: FailureRecord | undefined, policy: BackOffPolicy, now: number): number {
  const live = liveRecord(record, policy, now);
  if (!live) return 0;
  const delay = backOffDelayMs(live.failures, policy);
  return Math.max(0, Math.min(delay, live.lastAt + delay - now));
}

/** The hold for a client that has not failed on a username with `failures` (0 while within the ceiling). */
export function slowDownMs(failures: number, ceiling: BackOffPolicy, policy: SlowDownPolicy): number {
  const beyond = failures - ceiling.freeFailures;
  if (beyond < 0) return 0;
  return Math.min(policy.maxMs, policy.baseMs + policy.stepMs * Math.floor(Math.log2(beyond + 1)));
}

/** Allowed (after holding the request `slowDownMs` on the server when set), or refused with the wait owed. */
export type ThrottleVerdict = { allowed: true; slowDownMs?: number } | { allowed: false; retryAfterMs: number };

/** What the sign-in resolver needs from a throttle (SharedSignInThrottle). */
export interface SignInThrottle {
  /**
   * Before the password is checked: refused with the wait owed, or allowed and charged as a
   * failure. `client` is the caller's address, keyed by clientKeyOf.
   */
  attempt(username: string, client: string): Promise<ThrottleVerdict>;
  /** The charged attempt succeeded: the client's failures are cleared and the username's charge refunded. */
  succeeded(username: string, client: string): Promise<void>;
}

/** The decision on current records, and the records to store when the attempt is allowed. */
export function decideAttempt(
  pair: FailureRecord | undefined,
  user: FailureRecord | undefined,
  policy: SignInThrottlePolicy,
  now: number,
): { verdict: ThrottleVerdict; pair?: FailureRecord; user?: FailureRecord } {
  const livePair = liveRecord(pair, policy.perClient, now);
  const liveUser = liveRecord(user, policy.perUsername, now);
  const ownWait = waitLeftMs(livePair, policy.perClient, now);
  const hasFailed = (livePair?.failures ?? 0) > 0;
  // The username's ceiling refuses only clients that have failed on it themselves...
  const sharedWait = hasFailed ? waitLeftMs(liveUser, policy.perUsername, now) : 0;
  const wait = Math.max(ownWait, sharedWait);
  if (wait > 0) return { verdict: { allowed: false, retryAfterMs: wait } };
  // ...and slows the others, so that each new address buys a slow guess, not a free one.
  const slow = hasFailed || !liveUser ? 0 : slowDownMs(liveUser.failures, policy.perUsername, policy.freshClient);
  return {
    verdict: slow > 0 ? { allowed: true, slowDownMs: slow } : { allowed: true },
    pair: { failures: (livePair?.failures ?? 0) + 1, lastAt: now },
    user: { failures: (liveUser?.failures ?? 0) + 1, lastAt: now },
  };
}

/** The key of a (username, client) pair's record. */
export const pairKeyOf = (username: string, client: string) => `${username}\u0000${clientKeyOf(client)}`;

/**
 * The client a failure is counted against: an IPv4 address as it is, an IPv6 address by its
 * /64 (an IPv4-mapped one as the IPv4 address), anything else (no address known) as given.
 */
export function clientKeyOf(address: string): string {
  const [bare = ''] = address
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .split('%');
  const version = isIP(bare);
  if (version === 4) return bare;
  if (version !== 6) return address;
  const groups = ipv6Groups(bare);
  const [, , , , , mark, high = 0, low = 0] = groups;
  if (groups.slice(0, 5).every((g) => g === 0) && mark === 0xffff) return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (a dotted IPv4 tail counts as the last two). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const [head = '', rest] = text.split('::');
  if (rest === undefined) return parse(head);
  const before = parse(head);
  const after = parse(rest);
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}
