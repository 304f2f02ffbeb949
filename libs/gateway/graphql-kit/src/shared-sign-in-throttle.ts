import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { limiterIn, type LimitStore } from './rate-limiter-store';
import {
  type BackOffPolicy,
  decideAttempt,
  DEFAULT_SIGN_IN_THROTTLE,
  type FailureRecord,
  pairKeyOf,
  type SignInThrottle,
  type SignInThrottlePolicy,
  type ThrottleVerdict,
} from './sign-in-throttle';

/**
 * A count of failures is kept at most this many times `forgetAfterMs` from its streak's first
 * failure (a day by default), so that counts nobody reads again are swept; the streak itself is
 * forgotten `forgetAfterMs` after its last failure.
 */
const COUNT_HORIZON_FACTOR = 24;

/**
 * The failures of one kind of key (a username, or a username and client), in rate-limiter-flexible:
 * an atomic count (`penalty`, `reward`) and a last-failure marker whose expiry is the last
 * failure plus `forgetAfterMs` (`set`), from which the record's `lastAt` is read back.
 */
class FailureCounts {
  private readonly failures: RateLimiterAbstract;
  private readonly lastFailure: RateLimiterAbstract;
  private readonly forgetAfterSeconds: number;

  constructor(
    store: LimitStore | undefined,
    kind: string,
    private readonly policy: BackOffPolicy,
  ) {
    this.forgetAfterSeconds = policy.forgetAfterMs / 1000;
    this.failures = limiterIn(store, { keyPrefix: `${kind}-failures`, points: 1, duration: this.forgetAfterSeconds * COUNT_HORIZON_FACTOR });
    this.lastFailure = limiterIn(store, { keyPrefix: `${kind}-last-failure`, points: 1, duration: this.forgetAfterSeconds });
  }

  /** The record as it stands at `now`; undefined once forgotten (and its stale count deleted). */
  async read(key: string, now: number): Promise<FailureRecord | undefined> {
    const [count, last] = await Promise.all([this.failures.get(key), this.lastFailure.get(key)]);
    if (!last || last.msBeforeNext <= 0) {
      if (count) await this.failures.delete(key);
      return undefined;
    }
    const live = count && count.msBeforeNext > 0 ? count.consumedPoints : 0;
    return { failures: Math.max(0, live), lastAt: now + last.msBeforeNext - this.policy.forgetAfterMs };
  }

  /** One more failure, now; the count after it (others' charges included). */
  async charge(key: string): Promise<number> {
    // The marker first: a reader that sees the new count but no marker would delete the count.
    await this.lastFailure.set(key, 1, this.forgetAfterSeconds);
    return (await this.failures.penalty(key, 1)).consumedPoints;
  }

  /** One failure fewer (the charged attempt succeeded); never below zero. */
  async refund(key: string): Promise<void> {
    const count = await this.failures.reward(key, 1);
    if (count.consumedPoints <= 0) await this.failures.delete(key);
  }

  async clear(key: string): Promise<void> {
    await Promise.all([this.failures.delete(key), this.lastFailure.delete(key)]);
  }
}

/**
 * The sign-in throttle (policy in sign-in-throttle.ts) with its failures in the store every
 * gateway instance shares, so a guesser spreading attempts over instances gets no more than
 * against one; without a store, in this process's memory (unit tests). When the store fails or
 * is slow, each instance counts in its own memory meanwhile (fail open: ADR 0015).
 */
export class SharedSignInThrottle implements SignInThrottle {
  private readonly pairs: FailureCounts;
  private readonly usernames: FailureCounts;

  constructor(
    private readonly policy: SignInThrottlePolicy = DEFAULT_SIGN_IN_THROTTLE,
    private readonly store?: LimitStore,
  ) {
    this.pairs = new FailureCounts(store, 'sign-in-client', policy.perClient);
    this.usernames = new FailureCounts(store, 'sign-in-username', policy.perUsername);
  }

  async attempt(username: string, client: string): Promise<ThrottleVerdict> {
    this.store?.sweepNowAndThen();
    const now = Date.now();
    const pairKey = this.keyOf(pairKeyOf(username, client));
    const userKey = this.keyOf(username);
    const [pair, user] = await Promise.all([this.pairs.read(pairKey, now), this.usernames.read(userKey, now)]);
    const decision = decideAttempt(pair, user, this.policy, now);
    if (!decision.pair || !decision.user) return decision.verdict;
    const [pairFailures, userFailures] = await Promise.all([this.pairs.charge(pairKey), this.usernames.charge(userKey)]);
    if (pairFailures <= decision.pair.failures && userFailures <= decision.user.failures) return decision.verdict;
    // Others were charged between the read and this charge (in parallel, or on another instance):
    // decided again as if they had come just before, so parallel guesses cannot all pass.
    const raced = decideAttempt(
      pairFailures > decision.pair.failures ? { failures: pairFailures - 1, lastAt: now } : pair,
      userFailures > decision.user.failures ? { failures: userFailures - 1, lastAt: now } : user,
      this.policy,
      now,
    );
    if (!raced.verdict.allowed) await Promise.all([this.pairs.refund(pairKey), this.usernames.refund(userKey)]);
    return raced.verdict;
  }

  async succeeded(username: string, client: string): Promise<void> {
    await Promise.all([this.pairs.clear(this.keyOf(pairKeyOf(username, client))), this.usernames.refund(this.keyOf(username))]);
  }

  /** Stored keys are keyed hashes (see LimitStore); in memory, as given. */
  private keyOf(key: string): string {
    return this.store?.keyOf(key) ?? key;
  }
}
