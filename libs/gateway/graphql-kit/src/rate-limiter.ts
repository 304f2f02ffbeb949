import { BurstyRateLimiter, RateLimiterRes } from 'rate-limiter-flexible';
import { limiterIn, type LimitStore } from './rate-limiter-store';

export interface RateLimiterOptions {
  /** Burst size: operations a new (or long idle) client may send at once. */
  capacity: number;
  /** Operations per second a client may keep sending. */
  refillPerSecond: number;
}

export interface RateDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise how long until the client may send again. */
  retryAfterMs: number;
}

/**
 * Operations per client, counted by rate-limiter-flexible in the shared store (every gateway
 * instance counts the same client), or in memory without one. A token bucket approximated by
 * two fixed windows: `refillPerSecond` per second, and beyond it a burst allowance of the rest of
 * `capacity`, renewed in the time the bucket would take to refill it. A refused client is told to
 * wait until the per-second window turns (under a second), as the bucket would have said.
 */
export class RateLimiter {
  private readonly limiter: BurstyRateLimiter;

  constructor(
    private readonly options: RateLimiterOptions,
    private readonly store?: LimitStore,
  ) {
    for (const [name, value] of Object.entries(options)) {
      if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`rate limiter ${name} must be a positive number`);
    }
    const perSecond = Math.min(options.capacity, options.refillPerSecond);
    const burst = options.capacity - perSecond;
    this.limiter = new BurstyRateLimiter(
      limiterIn(store, { keyPrefix: 'operations', points: perSecond, duration: 1 }),
      // Without a burst beyond the rate, a limiter that allows nothing more.
      limiterIn(store, { keyPrefix: 'operations-burst', points: burst, duration: Math.max(1, Math.ceil(burst / options.refillPerSecond)) }),
    );
  }

  async take(clientKey: string, cost = 1): Promise<RateDecision> {
    const { capacity } = this.options;
    if (!(cost > 0 && cost <= capacity)) throw new RangeError(`cost must be in (0, ${capacity}]`);
    this.store?.sweepNowAndThen();
    try {
      await this.limiter.consume(this.store?.keyOf(clientKey) ?? clientKey, cost);
      return { allowed: true, retryAfterMs: 0 };
    } catch (refusal) {
      // Anything but a refusal is a failure of the store and its insurance both: let it through.
      if (!(refusal instanceof RateLimiterRes)) return { allowed: true, retryAfterMs: 0 };
      return { allowed: false, retryAfterMs: Math.max(1, refusal.msBeforeNext) };
    }
  }
}
