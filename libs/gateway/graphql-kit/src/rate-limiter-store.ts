import { createHmac } from 'node:crypto';
import type { Connection, mongo } from 'mongoose';
import { type IRateLimiterOptions, type RateLimiterAbstract, RateLimiterMemory, RateLimiterMongo, RLWrapperTimeouts } from 'rate-limiter-flexible';

type Db = mongo.Db;

/** How long a limit check waits for the store before answering from this process's memory. */
export const LIMIT_STORE_TIMEOUT_MS = 500;

/** Expired counters are deleted at most this often (FerretDB has no TTL indexes). */
const SWEEP_EVERY_MS = 60_000;

/**
 * A collection of the gateway's database holding rate-limiter-flexible's counters, so that every
 * gateway instance counts the same requests and failures (ADR 0015). It asks for the native
 * database only once connected: rate-limiter-flexible waits on that promise and, until then,
 * answers from its insurance limiter. Keys are stored as keyed hashes: they name clients by
 * address and sign-in attempts by username, which must not stay on disk (an erased person's
 * username included) nor be guessable from a dictionary of addresses or names.
 */
export class LimitStore {
  private lastSweepAt = 0;
  private readonly keyKey: Buffer;
  readonly db: Promise<Db>;

  constructor(
    private readonly connection: Connection,
    readonly collection: string,
    secret: Buffer,
  ) {
    this.keyKey = createHmac('sha256', secret).update('tn limit keys v1').digest();
    this.db = connectedDb(connection).then(async (db) => {
      await createIndexesUntilDone(db, collection);
      return db;
    });
  }

  /** The key a counter is stored under. */
  keyOf(key: string): string {
    return createHmac('sha256', this.keyKey).update(key).digest('base64url');
  }

  /** Deletes expired counters, at most once a minute, without holding up the caller. */
  sweepNowAndThen(now = Date.now()): void {
    if (now - this.lastSweepAt < SWEEP_EVERY_MS || !this.connection.db) return;
    this.lastSweepAt = now;
    this.connection.db
      .collection(this.collection)
      .deleteMany({ expire: { $lte: new Date(now) } })
      .catch(() => undefined);
  }
}

/**
 * A limiter kept in the store, answering from an in-memory limiter of the same settings when the
 * store fails or takes longer than LIMIT_STORE_TIMEOUT_MS (fail open: ADR 0015); without a store,
 * the in-memory limiter alone (unit tests).
 */
export function limiterIn(store: LimitStore | undefined, options: IRateLimiterOptions & { keyPrefix: string }): RateLimiterAbstract {
  const memory = new RateLimiterMemory(options);
  if (!store) return memory;
  const shared = new RateLimiterMongo({ ...options, storeClient: store.db, tableName: store.collection, disableIndexesCreation: true });
  return new RLWrapperTimeouts({ limiter: shared, timeoutMs: LIMIT_STORE_TIMEOUT_MS, insuranceLimiter: memory });
}

function connectedDb(connection: Connection): Promise<Db> {
  if (connection.db && connection.readyState === 1) return Promise.resolve(connection.db);
  return new Promise((resolve) => connection.once('connected', () => resolve(connection.db!)));
}

/**
 * One unique index on the key (concurrent first upserts of a key must not make two counters)
 * and one on the expiry for the sweep. No TTL index: FerretDB 1.24 refuses `expireAfterSeconds`,
 * and rate-limiter-flexible would create that one first, so its own index creation is off.
 * Retried until it succeeds: the promise must never reject (the library does not catch it).
 */
async function createIndexesUntilDone(db: Db, collection: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await db.collection(collection).createIndex({ key: 1 }, { unique: true });
      await db.collection(collection).createIndex({ expire: 1 });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)).unref());
    }
  }
}
