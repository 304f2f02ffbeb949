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

/**
 * What the sign-in resolver needs from a throttle; a shared store (for several gateway
 * instances) implements the same two calls.
 */
export interface SignInThrottle {
  /**
   * Before the password is checked: refused with the wait owed, or allowed and charged as a
   * failure. `client` is the caller's address, keyed by clientKeyOf.
   */
  attempt(username: string, client: string, now?: number): Promise<ThrottleVerdict>;
  /** The charged attempt succeeded: the client's failures are cleared and the username's charge refunded. */
  succeeded(username: string, client: string, now?: number): Promise<void>;
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

/**
 * Failure records bounded in number. When full, records are forgotten in order of how little
 * they hold back: expired ones, then the least wait left, then the fewest failures, then the
 * least recently charged. So junk attempts (one failure each, owing nothing) cannot flush a
 * record that owes a wait; to flush one, an attacker must first make more than the whole
 * capacity owe longer waits, each paid in its own back-off. Refusing untracked clients instead
 * would let such a flood lock every user out. Room is made for a tenth of the capacity at
 * once, so the sort is paid once per that many new records.
 */
export class BoundedFailureRecords {
  private readonly records = new Map<string, FailureRecord>();

  constructor(
    private readonly policy: BackOffPolicy,
    private readonly maxRecords: number,
  ) {}

  get size(): number {
    return this.records.size;
  }

  get(key: string): FailureRecord | undefined {
    return this.records.get(key);
  }

  delete(key: string): void {
    this.records.delete(key);
  }

  /** Stored as the most recently charged; `now` decides what has expired or still owes a wait. */
  set(key: string, record: FailureRecord, now: number): void {
    this.records.delete(key);
    this.records.set(key, record);
    if (this.records.size > this.maxRecords) this.makeRoom(now);
  }

  private makeRoom(now: number): void {
    const target = Math.max(0, Math.min(this.maxRecords - 1, Math.floor(this.maxRecords * 0.9)));
    for (const [key, record] of this.records) if (!liveRecord(record, this.policy, now)) this.records.delete(key);
    if (this.records.size <= target) return;
    // Map order is least recently charged first, and the sort is stable.
    const byHoldBack = [...this.records]
      .map(([key, record]) => ({ key, wait: waitLeftMs(record, this.policy, now), failures: record.failures }))
      .sort((a, b) => a.wait - b.wait || a.failures - b.failures);
    for (const { key } of byHoldBack.slice(0, this.records.size - target)) this.records.delete(key);
  }
}

/**
 * The throttle in this process's memory, bounded (see BoundedFailureRecords). Several gateway
 * instances each keep their own: a guesser spreading over them gets that many times the
 * budget until the shared store replaces this.
 */
export class MemorySignInThrottle implements SignInThrottle {
  private readonly pairs: BoundedFailureRecords;
  private readonly usernames: BoundedFailureRecords;

  constructor(
    private readonly policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE,
    maxRecords = 100_000,
  ) {
    this.pairs = new BoundedFailureRecords(policy.perClient, maxRecords);
    this.usernames = new BoundedFailureRecords(policy.perUsername, maxRecords);
  }

  async attempt(username: string, client: string, now = Date.now()): Promise<ThrottleVerdict> {
    const pairKey = keyOf(username, clientKeyOf(client));
    const decision = decideAttempt(this.pairs.get(pairKey), this.usernames.get(username), this.policy, now);
    if (decision.pair) this.pairs.set(pairKey, decision.pair, now);
    if (decision.user) this.usernames.set(username, decision.user, now);
    return decision.verdict;
  }

  async succeeded(username: string, client: string, now = Date.now()): Promise<void> {
    this.pairs.delete(keyOf(username, clientKeyOf(client)));
    const user = this.usernames.get(username);
    if (user) this.usernames.set(username, { ...user, failures: Math.max(0, user.failures - 1) }, now);
  }
}

const keyOf = (username: string, client: string) => `${username}\u0000${client}`;

/**
 * The client a failure is counted against: an IPv4 address as it is, an IPv6 address by its
 * /64 (an IPv4-mapped one as the IPv4 address), anything else (no address known) as given.
 */
export function clientKeyOf(address: string): string {
  const [bare = ''] = address.trim().replace(/^\[(.*)\]$/, '$1').split('%');
  const version = isIP(bare);
  if (version === 4) return bare;
  if (version !== 6) return address;
  const groups = ipv6Groups(bare);
  const [, , , , , mark, high = 0, low = 0] = groups;
  if (groups.slice(0, 5).every((g) => g === 0) && mark === 0xffff) return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
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
