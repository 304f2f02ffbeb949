import { SharedSignInThrottle } from './shared-sign-in-throttle';
import {
  backOffDelayMs,
  type BackOffPolicy,
  clientKeyOf,
  decideAttempt,
  type SignInThrottle,
  type SignInThrottlePolicy,
  slowDownMs,
  waitLeftMs,
} from './sign-in-throttle';

const perClient: BackOffPolicy = { freeFailures: 3, baseDelayMs: 1_000, maxDelayMs: 10_000, forgetAfterMs: 60_000 };
const perUsername: BackOffPolicy = { freeFailures: 6, baseDelayMs: 2_000, maxDelayMs: 30_000, forgetAfterMs: 60_000 };
const freshClient = { baseMs: 1_000, stepMs: 250, maxMs: 2_000 };
const policy: SignInThrottlePolicy = { perClient, perUsername, freshClient };

describe('backOffDelayMs', () => {
  it('owes nothing within the free failures, then doubles from the base, capped', () => {
    expect([0, 1, 2].map((f) => backOffDelayMs(f, perClient))).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6, 7, 8].map((f) => backOffDelayMs(f, perClient))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
    expect(backOffDelayMs(5_000, perClient)).toBe(10_000);
  });
});

describe('waitLeftMs', () => {
  it('counts the delay from the last failure and forgets old records', () => {
    const record = { failures: 4, lastAt: 100_000 };
    expect(waitLeftMs(record, perClient, 100_000)).toBe(2_000);
    expect(waitLeftMs(record, perClient, 101_500)).toBe(500);
    expect(waitLeftMs(record, perClient, 102_000)).toBe(0);
    expect(waitLeftMs({ failures: 50, lastAt: 0 }, perClient, 60_000)).toBe(0);
    // A clock that steps back owes no more than the full delay.
    expect(waitLeftMs(record, perClient, 0)).toBe(2_000);
    expect(waitLeftMs(undefined, perClient, 0)).toBe(0);
  });
});

describe('decideAttempt', () => {
  it('refuses a failing client progressively and charges only allowed attempts', () => {
    const refused = decideAttempt({ failures: 3, lastAt: 0 }, { failures: 3, lastAt: 0 }, policy, 400);
    expect(refused).toEqual({ verdict: { allowed: false, retryAfterMs: 600 } });
    const allowed = decideAttempt({ failures: 3, lastAt: 0 }, { failures: 3, lastAt: 0 }, policy, 1_000);
    expect(allowed).toEqual({ verdict: { allowed: true }, pair: { failures: 4, lastAt: 1_000 }, user: { failures: 4, lastAt: 1_000 } });
  });

  it('holds a client that has failed to the username ceiling, and only slows a client that has not', () => {
    const hot = { failures: 8, lastAt: 10_000 }; // 2 beyond the ceiling: 8 s
    expect(decideAttempt({ failures: 1, lastAt: 0 }, hot, policy, 11_000).verdict).toEqual({ allowed: false, retryAfterMs: 7_000 });
    // 2 beyond the ceiling: one doubling past it, 1 s + 250 ms.
    expect(decideAttempt(undefined, hot, policy, 11_000)).toEqual({
      verdict: { allowed: true, slowDownMs: 1_250 },
      pair: { failures: 1, lastAt: 11_000 },
      user: { failures: 9, lastAt: 11_000 },
    });
    expect(decideAttempt({ failures: 0, lastAt: 0 }, hot, policy, 11_000).verdict).toEqual({ allowed: true, slowDownMs: 1_250 });
    // Within the ceiling, nobody is slowed.
    expect(decideAttempt(undefined, { failures: 5, lastAt: 10_000 }, policy, 11_000).verdict).toEqual({ allowed: true });
  });
});

describe('slowDownMs', () => {
  it('holds nothing within the ceiling, then grows mildly with each doubling beyond it, capped', () => {
    expect([0, 5].map((f) => slowDownMs(f, perUsername, freshClient))).toEqual([0, 0]);
    expect([6, 7, 9, 13, 21, 10_000].map((f) => slowDownMs(f, perUsername, freshClient))).toEqual([1_000, 1_250, 1_500, 1_750, 2_000, 2_000]);
  });
});

describe('clientKeyOf', () => {
  it('keys IPv4 by address, IPv6 by its /64, IPv4-mapped IPv6 as IPv4', () => {
    expect(clientKeyOf('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('[2001:db8:1:2::9]')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKeyOf('2001:db8:1:3::1')).not.toBe(clientKeyOf('2001:db8:1:2::1'));
    expect(clientKeyOf('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(clientKeyOf('::ffff:c633:6407')).toBe('198.51.100.7');
    expect(clientKeyOf('::1')).toBe('0:0:0:0::/64');
    expect(clientKeyOf('unknown')).toBe('unknown');
  });
});

// The throttle in memory (no store): the same rate-limiter-flexible calls the shared one makes on
// the database (sign-in-throttle.int.spec.ts). Time is jest's clock, set for each attempt.
describe('SharedSignInThrottle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const at = (now: number, throttle: SignInThrottle) => {
    jest.setSystemTime(now);
    return throttle;
  };

  it('lets a fresh client in while another one is held back, and clears a client on success', async () => {
    const throttle = new SharedSignInThrottle(policy);
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await at(0, throttle).attempt('hoa', 'client-a'));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3]).toEqual({ allowed: false, retryAfterMs: 1_000 });
    expect(await at(1_000, throttle).attempt('hoa', 'client-a')).toEqual({ allowed: true });
    expect(await at(1_500, throttle).attempt('hoa', 'client-a')).toEqual({ allowed: false, retryAfterMs: 1_500 });

    expect(await at(1_500, throttle).attempt('hoa', 'client-b')).toEqual({ allowed: true });
    await throttle.succeeded('hoa', 'client-b');
    expect(await at(1_600, throttle).attempt('hoa', 'client-b')).toEqual({ allowed: true });
    // Another username is untouched.
    expect(await at(1_500, throttle).attempt('mai', 'client-a')).toEqual({ allowed: true });
  });

  it('decides parallel attempts as if they came one after another: each is charged before it is decided', async () => {
    const throttle = at(0, new SharedSignInThrottle(policy));
    const verdicts = await Promise.all(Array.from({ length: 6 }, () => throttle.attempt('hoa', 'client-a')));
    // Three free failures, as in sequence; the others were refused and refunded.
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
    // The refunds leave three failures counted: the next attempt waits as the fourth in sequence did.
    expect(await throttle.attempt('hoa', 'client-a')).toEqual({ allowed: false, retryAfterMs: 1_000 });
  });

  it('forgets a client a while after its last failure, however long it has been failing', async () => {
    const throttle = new SharedSignInThrottle(policy);
    for (let i = 0; i < 3; i++) expect((await at(0, throttle).attempt('hoa', 'client-a')).allowed).toBe(true);
    expect((await at(1_000, throttle).attempt('hoa', 'client-a')).allowed).toBe(true);
    expect((await at(50_000, throttle).attempt('hoa', 'client-a')).allowed).toBe(true);
    // 100 s after its first failure, 50 s after its last: still remembered, 6 failures now.
    expect((await at(100_000, throttle).attempt('hoa', 'client-a')).allowed).toBe(true);
    expect(await at(100_500, throttle).attempt('hoa', 'client-a')).toEqual({ allowed: false, retryAfterMs: 7_500 });
    // A minute after its last failure it starts afresh: three free failures again.
    const fresh = [];
    for (let i = 0; i < 4; i++) fresh.push(await at(160_001, throttle).attempt('hoa', 'client-a'));
    expect(fresh.map((v) => v.allowed)).toEqual([true, true, true, false]);
  });

  it('slows many failing clients together once the username is past its ceiling', async () => {
    const throttle = new SharedSignInThrottle(policy);
    for (let i = 0; i < 7; i++) expect((await at(0, throttle).attempt('hoa', `bot-${i}`)).allowed).toBe(true);
    // 7 failures, the ceiling being 6: every client that failed waits 2 s · 2 = 4 s, then 8 s.
    expect(await at(500, throttle).attempt('hoa', 'bot-0')).toEqual({ allowed: false, retryAfterMs: 3_500 });
    expect(await at(4_000, throttle).attempt('hoa', 'bot-0')).toEqual({ allowed: true });
    expect(await at(4_500, throttle).attempt('hoa', 'bot-1')).toEqual({ allowed: false, retryAfterMs: 7_500 });
    // A client that has not failed is only slowed: 8 failures, 2 past the ceiling.
    expect(await at(4_500, throttle).attempt('hoa', 'owner')).toEqual({ allowed: true, slowDownMs: 1_250 });
  });

  it('slows, never refuses, fresh addresses past the ceiling, and treats a whole IPv6 /64 as one client', async () => {
    const throttle = new SharedSignInThrottle(policy);
    // A guesser rotating through its /64 is one client: its own back-off applies.
    for (let i = 0; i < 3; i++) expect(await at(0, throttle).attempt('hoa', `2001:db8:0:1::${i + 1}`)).toEqual({ allowed: true });
    expect(await at(0, throttle).attempt('hoa', '2001:db8:0:1::99')).toEqual({ allowed: false, retryAfterMs: 1_000 });
    // Other addresses, up to the username's ceiling of 6 failures: no hold.
    for (let i = 0; i < 3; i++) expect(await at(0, throttle).attempt('hoa', `198.51.100.${i}`)).toEqual({ allowed: true });
    // Past it, each new address is held a little longer, never refused.
    const verdicts = [];
    for (let i = 0; i < 16; i++) verdicts.push(await at(0, throttle).attempt('hoa', `203.0.113.${i}`));
    expect(verdicts.every((v) => v.allowed)).toBe(true);
    expect(verdicts.map((v) => (v.allowed ? v.slowDownMs : 0))).toEqual([
      1_000, 1_250, 1_250, 1_500, 1_500, 1_500, 1_500, 1_750, 1_750, 1_750, 1_750, 1_750, 1_750, 1_750, 1_750, 2_000,
    ]);
    // The owner from a fresh IPv4-mapped address is slowed, then signs in and refunds the charge.
    expect(await at(0, throttle).attempt('hoa', '::ffff:192.0.2.1')).toEqual({ allowed: true, slowDownMs: 2_000 });
    await at(0, throttle).succeeded('hoa', '192.0.2.1');
    // The addresses that failed keep their own refusals.
    expect((await at(1, throttle).attempt('hoa', '203.0.113.0')).allowed).toBe(false);
  });
});
