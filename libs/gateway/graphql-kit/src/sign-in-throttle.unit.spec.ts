import {
  backOffDelayMs,
  type BackOffPolicy,
  BoundedFailureRecords,
  clientKeyOf,
  decideAttempt,
  MemorySignInThrottle,
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

describe('MemorySignInThrottle', () => {
  it('lets a fresh client in while another one is held back, and clears a client on success', async () => {
    const throttle = new MemorySignInThrottle(policy);
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await throttle.attempt('hoa', 'client-a', 0));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3]).toEqual({ allowed: false, retryAfterMs: 1_000 });
    expect(await throttle.attempt('hoa', 'client-a', 1_000)).toEqual({ allowed: true });
    expect(await throttle.attempt('hoa', 'client-a', 1_500)).toEqual({ allowed: false, retryAfterMs: 1_500 });

    expect(await throttle.attempt('hoa', 'client-b', 1_500)).toEqual({ allowed: true });
    await throttle.succeeded('hoa', 'client-b');
    expect(await throttle.attempt('hoa', 'client-b', 1_600)).toEqual({ allowed: true });
    // Another username is untouched.
    expect(await throttle.attempt('mai', 'client-a', 1_500)).toEqual({ allowed: true });
  });

  it('slows many failing clients together once the username is past its ceiling', async () => {
    const throttle = new MemorySignInThrottle(policy);
    for (let i = 0; i < 7; i++) expect((await throttle.attempt('hoa', `bot-${i}`, 0)).allowed).toBe(true);
    // 7 failures, the ceiling being 6: every client that failed waits 2 s · 2 = 4 s, then 8 s.
    expect(await throttle.attempt('hoa', 'bot-0', 500)).toEqual({ allowed: false, retryAfterMs: 3_500 });
    expect(await throttle.attempt('hoa', 'bot-0', 4_000)).toEqual({ allowed: true });
    expect(await throttle.attempt('hoa', 'bot-1', 4_500)).toEqual({ allowed: false, retryAfterMs: 7_500 });
    // A client that has not failed is only slowed: 8 failures, 2 past the ceiling.
    expect(await throttle.attempt('hoa', 'owner', 4_500)).toEqual({ allowed: true, slowDownMs: 1_250 });
  });

  it('slows, never refuses, fresh addresses past the ceiling, and treats a whole IPv6 /64 as one client', async () => {
    const throttle = new MemorySignInThrottle(policy);
    // A guesser rotating through its /64 is one client: its own back-off applies.
    for (let i = 0; i < 3; i++) expect(await throttle.attempt('hoa', `2001:db8:0:1::${i + 1}`, 0)).toEqual({ allowed: true });
    expect(await throttle.attempt('hoa', '2001:db8:0:1::99', 0)).toEqual({ allowed: false, retryAfterMs: 1_000 });
    // Other addresses, up to the username's ceiling of 6 failures: no hold.
    for (let i = 0; i < 3; i++) expect(await throttle.attempt('hoa', `198.51.100.${i}`, 0)).toEqual({ allowed: true });
    // Past it, each new address is held a little longer, never refused.
    const verdicts = [];
    for (let i = 0; i < 16; i++) verdicts.push(await throttle.attempt('hoa', `203.0.113.${i}`, 0));
    expect(verdicts.every((v) => v.allowed)).toBe(true);
    expect(verdicts.map((v) => (v.allowed ? v.slowDownMs : 0))).toEqual([
      1_000, 1_250, 1_250, 1_500, 1_500, 1_500, 1_500, 1_750, 1_750, 1_750, 1_750, 1_750, 1_750, 1_750, 1_750, 2_000,
    ]);
    // The owner from a fresh IPv4-mapped address is slowed, then signs in and refunds the charge.
    expect(await throttle.attempt('hoa', '::ffff:192.0.2.1', 0)).toEqual({ allowed: true, slowDownMs: 2_000 });
    await throttle.succeeded('hoa', '192.0.2.1', 0);
    // The addresses that failed keep their own refusals.
    expect((await throttle.attempt('hoa', '203.0.113.0', 1)).allowed).toBe(false);
  });

  it('stays bounded in memory, forgetting expired records and then those that hold back least', async () => {
    const throttle = new MemorySignInThrottle(policy, 10);
    // client-a owes a wait.
    for (let i = 0; i < 4; i++) await throttle.attempt('hoa', 'client-a', 0);
    // 100 junk attempts, one failure each, fill the store many times over.
    for (let i = 0; i < 100; i++) await throttle.attempt(`junk-${i}`, 'client-a', 1);
    // client-a's record was not flushed: it still owes its wait.
    expect(await throttle.attempt('hoa', 'client-a', 500)).toEqual({ allowed: false, retryAfterMs: 500 });
  });
});

describe('BoundedFailureRecords', () => {
  it('forgets expired records first, then the least wait left, then the fewest failures, never more than its capacity', () => {
    const records = new BoundedFailureRecords(perClient, 4);
    records.set('expired', { failures: 9, lastAt: 0 }, 0);
    records.set('owes-long', { failures: 6, lastAt: 100_000 }, 100_000); // 8 s
    records.set('owes-short', { failures: 3, lastAt: 100_000 }, 100_000); // 1 s
    records.set('two-failures', { failures: 2, lastAt: 100_000 }, 100_000);
    records.set('one-failure', { failures: 1, lastAt: 100_000 }, 100_000);
    // Over capacity at 100 s: 'expired' (forgotten after 60 s) goes, and one more for room.
    expect(records.get('expired')).toBeUndefined();
    expect(records.get('one-failure')).toBeUndefined();
    expect(records.size).toBe(3);
    records.set('new-1', { failures: 1, lastAt: 100_000 }, 100_000);
    records.set('new-2', { failures: 1, lastAt: 100_000 }, 100_000);
    // Room for two: the records with one failure go before the one with two.
    expect(records.get('new-1')).toBeUndefined();
    expect(records.get('new-2')).toBeUndefined();
    expect(records.get('two-failures')).toBeDefined();
    expect(records.get('owes-long')).toBeDefined();
    expect(records.get('owes-short')).toBeDefined();
    // Full of records that owe waits: the shortest wait goes first, the longest stays.
    records.set('owes-medium-1', { failures: 5, lastAt: 100_000 }, 100_000); // 4 s
    records.set('owes-medium-2', { failures: 5, lastAt: 100_000 }, 100_000);
    records.set('owes-medium-3', { failures: 5, lastAt: 100_000 }, 100_000);
    expect(records.size).toBeLessThanOrEqual(4);
    expect(records.get('owes-long')).toBeDefined();
    expect(records.get('owes-short')).toBeUndefined();
  });
});
