import { RateLimiter } from './rate-limiter';

// The limiter in memory (no store): the same rate-limiter-flexible windows the shared one keeps
// in the database (rate-limiter.int.spec.ts). Time is jest's clock.
describe('RateLimiter', () => {
  const limiter = () => new RateLimiter({ capacity: 10, refillPerSecond: 2 });
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(1_000_000);
  });
  afterEach(() => jest.useRealTimers());
  const take = (rate: RateLimiter, times: number, client = 'hanoi', cost = 1) => Promise.all(Array.from({ length: times }, () => rate.take(client, cost)));

  it('refuses the 11th request of a 10-operation burst and says to retry within a second', async () => {
    const decisions = await take(limiter(), 11);
    expect(decisions.slice(0, 10).every((decision) => decision.allowed)).toBe(true);
    expect(decisions[10]!.allowed).toBe(false);
    expect(decisions[10]!.retryAfterMs).toBeGreaterThan(0);
    expect(decisions[10]!.retryAfterMs).toBeLessThanOrEqual(1_000);
  });

  it('lets a drained client send at its rate, and a long idle one burst again', async () => {
    const rate = limiter();
    await take(rate, 10);
    expect((await rate.take('hanoi')).allowed).toBe(false);
    jest.advanceTimersByTime(1_000);
    expect((await take(rate, 3)).map((decision) => decision.allowed)).toEqual([true, true, false]);
    // The burst allowance comes back in the time the bucket takes to refill it (8 at 2 a second).
    jest.advanceTimersByTime(4_000);
    const burst = await take(rate, 11);
    expect(burst.filter((decision) => decision.allowed)).toHaveLength(10);
  });

  it('charges the cost asked for', async () => {
    const rate = limiter();
    expect((await rate.take('hue', 8)).allowed).toBe(true);
    expect((await rate.take('hue', 4)).allowed).toBe(false);
  });

  it('keeps clients apart', async () => {
    const rate = limiter();
    await take(rate, 10);
    expect((await rate.take('hanoi')).allowed).toBe(false);
    expect((await rate.take('lao-cai')).allowed).toBe(true);
  });

  it('applies the rate alone when the burst is no larger than it', async () => {
    const rate = new RateLimiter({ capacity: 2, refillPerSecond: 5 });
    expect((await take(rate, 3)).map((decision) => decision.allowed)).toEqual([true, true, false]);
  });

  it('rejects nonsense settings and costs', async () => {
    expect(() => new RateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    await expect(limiter().take('x', 11)).rejects.toThrow(RangeError);
    await expect(limiter().take('x', 0)).rejects.toThrow(RangeError);
  });
});
