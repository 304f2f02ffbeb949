import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  const limiter = () => new RateLimiter({ capacity: 10, refillPerSecond: 2, maxClients: 3 });

  it('refuses the 11th request in a 10-capacity bucket and says when to retry', () => {
    const rate = limiter();
    const decisions = Array.from({ length: 11 }, () => rate.take('hanoi', 1, 1_000));
    expect(decisions.slice(0, 10).every((decision) => decision.allowed)).toBe(true);
    expect(decisions[10]).toEqual({ allowed: false, retryAfterMs: 500 });
  });

  it('refills over time, never above capacity', () => {
    const rate = limiter();
    for (let i = 0; i < 10; i += 1) rate.take('hanoi', 1, 0);
    expect(rate.take('hanoi', 1, 499).allowed).toBe(false);
    expect(rate.take('hanoi', 1, 500).allowed).toBe(true);
    // A long pause refills to 10, not more: the 11th in a burst is refused again.
    const burst = Array.from({ length: 11 }, () => rate.take('hanoi', 1, 3_600_000));
    expect(burst.filter((decision) => decision.allowed)).toHaveLength(10);
  });

  it('charges the cost asked for and waits for all of it', () => {
    const rate = limiter();
    expect(rate.take('hue', 8, 0).allowed).toBe(true);
    expect(rate.take('hue', 4, 0)).toEqual({ allowed: false, retryAfterMs: 1_000 });
    expect(rate.take('hue', 2, 0).allowed).toBe(true);
  });

  it('keeps clients apart', () => {
    const rate = limiter();
    for (let i = 0; i < 10; i += 1) rate.take('hanoi', 1, 0);
    expect(rate.take('hanoi', 1, 0).allowed).toBe(false);
    expect(rate.take('lao-cai', 1, 0).allowed).toBe(true);
  });

  it('forgets the least recently seen client beyond maxClients', () => {
    const rate = limiter();
    for (let i = 0; i < 10; i += 1) rate.take('a', 1, 0);
    rate.take('b', 1, 0);
    rate.take('c', 1, 0);
    rate.take('a', 1, 0); // a is now the most recent, b the least
    rate.take('d', 1, 0);
    expect(rate.size).toBe(3);
    expect(rate.take('a', 1, 0).allowed).toBe(false); // still remembered, still empty
    for (let i = 0; i < 9; i += 1) rate.take('b', 1, 0);
    expect(rate.take('b', 1, 0).allowed).toBe(true); // b was forgotten and came back full
  });

  it('does not drain or overfill when the clock steps back', () => {
    const rate = limiter();
    for (let i = 0; i < 10; i += 1) rate.take('hanoi', 1, 10_000);
    expect(rate.take('hanoi', 1, 5_000).allowed).toBe(false);
    expect(rate.take('hanoi', 1, 10_500).allowed).toBe(true);
  });

  it('rejects nonsense settings and costs', () => {
    expect(() => new RateLimiter({ capacity: 0, refillPerSecond: 1, maxClients: 1 })).toThrow(RangeError);
    expect(() => limiter().take('x', 11)).toThrow(RangeError);
    expect(() => limiter().take('x', 0)).toThrow(RangeError);
  });
});
