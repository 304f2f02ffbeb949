import mongoose, { type Connection } from 'mongoose';
import { LIMIT_STORE_TIMEOUT_MS, LimitStore, RateLimiter, SharedSignInThrottle, type SignInThrottlePolicy } from '@tn/gateway-graphql-kit';
import { hostAndPort, isolatedSuite, TcpGate, TEST_AUTH_TOKEN_SECRET } from '@tn/shared-testing';

// Issue 12 (replicas): the rate limit and the sign-in throttle of two gateway instances count in
// one database, through rate-limiter-flexible on the MongoDB-wire server the tests run (FerretDB).
describe('shared rate limit and sign-in throttle (real MongoDB-wire server)', () => {
  const suite = isolatedSuite('shared limits');
  const secret = Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64');
  const connections: Connection[] = [];
  const connect = async (url = suite.mongoUrl) => {
    const connection = await mongoose.createConnection(url, { dbName: suite.databaseName, autoIndex: false, serverSelectionTimeoutMS: 2_000 }).asPromise();
    connections.push(connection);
    return connection;
  };
  // Two gateway instances: each its own connection to the same database.
  let first: Connection;
  let second: Connection;
  beforeAll(async () => {
    [first, second] = await Promise.all([connect(), connect()]);
  });
  afterAll(async () => {
    for (const connection of connections) await connection.close(true);
    await suite.cleanUp();
  });

  const eventually = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
    for (const deadline = Date.now() + timeoutMs; !(await check());) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('refuses a client over its burst whichever instance counted its operations', async () => {
    const options = { capacity: 10, refillPerSecond: 1 };
    const stores = [new LimitStore(first, 'gw_gateway_rate_limits', secret), new LimitStore(second, 'gw_gateway_rate_limits', secret)];
    const instances = stores.map((store) => new RateLimiter(options, store));
    // Until connected and indexed, each instance counts in its own memory.
    await Promise.all(stores.map((store) => store.db));
    const decisions = [];
    for (let i = 0; i < 12; i++) decisions.push(await instances[i % 2]!.take('account:hoa'));
    expect(decisions.map((decision) => decision.allowed)).toEqual([...Array(10).fill(true), false, false]);
    expect(decisions[10]!.retryAfterMs).toBeGreaterThan(0);
    expect(decisions[10]!.retryAfterMs).toBeLessThanOrEqual(1_000);
    expect((await instances[1]!.take('account:mai')).allowed).toBe(true);
  });

  it('throttles sign-in failures made on one instance when the client tries on the other, and clears them on success there', async () => {
    const policy: SignInThrottlePolicy = {
      perClient: { freeFailures: 3, baseDelayMs: 1_000, maxDelayMs: 10_000, forgetAfterMs: 60_000 },
      perUsername: { freeFailures: 20, baseDelayMs: 1_000, maxDelayMs: 10_000, forgetAfterMs: 60_000 },
      freshClient: { baseMs: 1_000, stepMs: 250, maxMs: 3_000 },
    };
    const stores = [new LimitStore(first, 'gw_gateway_sign_in_failures', secret), new LimitStore(second, 'gw_gateway_sign_in_failures', secret)];
    const [onFirst, onSecond] = stores.map((store) => new SharedSignInThrottle(policy, store)) as [SharedSignInThrottle, SharedSignInThrottle];
    await Promise.all(stores.map((store) => store.db));
    for (let i = 0; i < 3; i++) expect(await onFirst.attempt('hoa', '203.0.113.7')).toEqual({ allowed: true });
    const held = await onSecond.attempt('hoa', '203.0.113.7');
    expect(held.allowed).toBe(false);
    if (held.allowed) return;
    expect(held.retryAfterMs).toBeGreaterThan(500);
    expect(held.retryAfterMs).toBeLessThanOrEqual(1_000);
    await new Promise((resolve) => setTimeout(resolve, held.retryAfterMs + 20));
    expect(await onSecond.attempt('hoa', '203.0.113.7')).toEqual({ allowed: true });
    await onSecond.succeeded('hoa', '203.0.113.7');
    // Cleared for both: three free failures again on the first.
    for (let i = 0; i < 3; i++) expect(await onFirst.attempt('hoa', '203.0.113.7')).toEqual({ allowed: true });
    expect((await onFirst.attempt('hoa', '203.0.113.7')).allowed).toBe(false);
  });

  it('keeps one counter per key (a unique index) and sweeps expired counters, the server having no TTL indexes', async () => {
    const store = new LimitStore(first, 'gw_gateway_rate_limits', secret);
    const db = await store.db;
    const indexes = await db.collection('gw_gateway_rate_limits').indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: { key: 1 }, unique: true }), expect.objectContaining({ key: { expire: 1 } })]),
    );
    const counters = first.collection('gw_gateway_rate_limits');
    expect(await counters.countDocuments({ key: `operations:${store.keyOf('account:hoa')}` })).toBe(1);
    // Clients' addresses and usernames are not stored as such.
    const keys = (await first.collection<{ key: string }>('gw_gateway_sign_in_failures').find().toArray()).map((doc) => doc.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^[a-z-]+:[A-Za-z0-9_-]{43}$/); // a prefix and a SHA-256 HMAC
    // An hour on, every counter written above has expired.
    store.sweepNowAndThen(Date.now() + 3_600_000);
    await eventually(async () => (await counters.countDocuments({})) === 0);
  });

  it('answers from memory, failing open, when the store stops answering', async () => {
    const mongo = hostAndPort(suite.mongoUrl);
    const gate = await TcpGate.reserve(mongo);
    await gate.open();
    const connection = await connect(`mongodb://127.0.0.1:${gate.port}/`);
    const store = new LimitStore(connection, 'gw_gateway_rate_limits', secret);
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 1 }, store);
    await store.db;
    expect((await limiter.take('ip:198.51.100.1')).allowed).toBe(true);
    expect(await first.collection('gw_gateway_rate_limits').countDocuments({ key: `operations:${store.keyOf('ip:198.51.100.1')}` })).toBe(1);
    await gate.close();
    const started = Date.now();
    const decisions = await Promise.all(Array.from({ length: 4 }, () => limiter.take('ip:198.51.100.2')));
    // Within the store's timeout (twice: the rate, then the burst), and still limited, by this instance's memory.
    expect(Date.now() - started).toBeLessThan(2 * LIMIT_STORE_TIMEOUT_MS + 500);
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(3);
  });
});
