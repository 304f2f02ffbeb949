import { ApolloServer, HeaderMap } from '@apollo/server';
import { rateLimitPlugin } from './rate-limit.plugin';
import { RateLimiter } from './rate-limiter';

describe('rateLimitPlugin', () => {
  const limiter = new RateLimiter({ capacity: 10, refillPerSecond: 1 });
  let resolved = 0;
  const server = new ApolloServer({
    typeDefs: 'type Query { ping: String }',
    resolvers: { Query: { ping: () => `pong ${++resolved}` } },
    plugins: [rateLimitPlugin({ limiter, clientKeyOf: ({ request }) => request.http?.headers.get('x-client') ?? 'anonymous' })],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const ping = (client: string, acceptLanguage = 'vi') =>
    server.executeOperation({
      query: '{ ping }',
      http: {
        method: 'POST',
        headers: new HeaderMap([
          ['x-client', client],
          ['accept-language', acceptLanguage],
        ]),
        search: '',
        body: {},
      },
    });

  it('refuses the 11th operation of a client with 429, Retry-After and RATE_LIMITED', async () => {
    for (let i = 0; i < 10; i += 1) expect((await ping('hanoi')).http.status).toBeUndefined();
    const refused = await ping('hanoi', 'en');
    expect(resolved).toBe(10);
    expect(refused.http.status).toBe(429);
    expect(Number(refused.http.headers.get('retry-after'))).toBeGreaterThan(0);
    if (refused.body.kind !== 'single') throw new Error('expected a single result');
    const [error] = refused.body.singleResult.errors ?? [];
    expect(error.extensions?.['code']).toBe('RATE_LIMITED');
    expect(error.extensions?.['retryAfterMs']).toBeGreaterThan(0);
    expect(error.extensions).not.toHaveProperty('http');
    expect(error.message).toMatch(/^Too many requests\. Please wait \d+ seconds? and try again\.$/);
  });

  it('speaks Vietnamese to a Vietnamese client and keeps other clients served', async () => {
    const refused = await ping('hanoi', 'vi-VN');
    if (refused.body.kind !== 'single') throw new Error('expected a single result');
    expect(refused.body.singleResult.errors?.[0].message).toMatch(/^Bạn gửi yêu cầu quá nhanh\. Vui lòng thử lại sau \d+ giây\.$/);
    const other = await ping('lao-cai');
    expect(other.http.status).toBeUndefined();
  });
});
