export interface RateLimiterOptions {
  /** Burst size: tokens a new (or long idle) client starts with. */
  capacity: number;
  refillPerSecond: number;
  /** Clients remembered at most; beyond it the least recently seen is forgotten. */
  maxClients: number;
}

export interface RateDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise how long until `cost` tokens are back. */
  retryAfterMs: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * In-memory token buckets, one per client key. Memory stays bounded by `maxClients`: a Map
 * keeps insertion order, so re-inserting on every use makes its first key the least recent.
 * A forgotten client comes back with a full bucket, which is the price of the bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: RateLimiterOptions) {
    for (const [name, value] of Object.entries(options)) {
      if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`rate limiter ${name} must be a positive number`);
    }
  }

  take(clientKey: string, cost = 1, now = Date.now()): RateDecision {
    const { capacity, refillPerSecond } = this.options;
    if (!(cost > 0 && cost <= capacity)) throw new RangeError(`cost must be in (0, ${capacity}]`);
    const bucket = this.touch(clientKey, now);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true, retryAfterMs: 0 };
    }
    return { allowed: false, retryAfterMs: Math.ceil(((cost - bucket.tokens) / refillPerSecond) * 1000) };
  }

  /** Clients currently remembered. */
  get size(): number {
    return this.buckets.size;
  }

  private touch(clientKey: string, now: number): Bucket {
    const known = this.buckets.get(clientKey);
    this.buckets.delete(clientKey);
    // A clock that steps back refills nothing rather than draining the bucket.
    const elapsedSeconds = known ? Math.max(0, now - known.updatedAt) / 1000 : 0;
    const tokens = known ? Math.min(this.options.capacity, known.tokens + elapsedSeconds * this.options.refillPerSecond) : this.options.capacity;
    const bucket = { tokens, updatedAt: known ? Math.max(now, known.updatedAt) : now };
    this.buckets.set(clientKey, bucket);
    while (this.buckets.size > this.options.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
    return bucket;
  }
}
