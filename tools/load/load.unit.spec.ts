import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyFailure, classifyResponse } from './outcome';
import { finalOf, OpenLoop, settleUnknown } from './load';
import type { LoadSession } from './session';

const session: LoadSession = { token: () => 'token', renew: async () => undefined, close: () => undefined };
const error = (code: string, extensions: Record<string, unknown> = {}) => ({
  status: 200,
  data: null,
  errors: [{ message: code, extensions: { code, ...extensions } }],
});

describe('classifyResponse', () => {
  it('takes data without errors as ok', () => {
    expect(classifyResponse({ status: 200, data: { createUnit: { id: 'u1' } } }).kind).toBe('ok');
  });

  it.each(['COMMAND.OUTCOME_UNKNOWN', 'SERVICE_UNAVAILABLE', 'GATEWAY.BUSY', 'COMMAND.DEADLINE_EXCEEDED'])('takes %s as unknown', (code) => {
    expect(classifyResponse(error(code))).toMatchObject({ kind: 'unknown', code });
  });

  it('takes a retryable flag or a transient service kind as unknown, and keeps the server’s wait', () => {
    expect(classifyResponse(error('HIERARCHY.CATCHING_UP', { retryable: true, retryAfterSeconds: 2 }))).toEqual({
      kind: 'unknown',
      code: 'HIERARCHY.CATCHING_UP',
      retryAfterSeconds: 2,
    });
    expect(classifyResponse(error('STREAM.CONFLICT', { kind: 'concurrency' })).kind).toBe('unknown');
    expect(classifyResponse(error('INTERNAL')).kind).toBe('unknown');
    expect(classifyResponse({ status: 503, errors: [{ message: 'x', extensions: { code: 'HTTP_503' } }] }).kind).toBe('unknown');
  });

  it('takes a business or validation error as refused', () => {
    expect(classifyResponse(error('UNIT.PARENT_NOT_ACTIVE', { kind: 'illegal-state', field: 'parentId' }))).toEqual({
      kind: 'refused',
      code: 'UNIT.PARENT_NOT_ACTIVE',
    });
    expect(classifyResponse(error('FORBIDDEN')).kind).toBe('refused');
  });

  it('takes our own timeout and a lost connection as unknown', () => {
    expect(classifyFailure(Object.assign(new Error('t'), { name: 'TimeoutError' }))).toEqual({ kind: 'unknown', code: 'TIMEOUT' });
    expect(classifyFailure(new TypeError('fetch failed'))).toEqual({ kind: 'unknown', code: 'CONNECTION' });
  });
});

describe('open-loop load and settling unknown outcomes (against a fake gateway)', () => {
  let server: Server;
  let url: string;
  const seen: { key: string | undefined; authorization: string | undefined }[] = [];
  /** Keys answered "unknown" until they have been sent this many times. */
  let unknownUntil = 2;

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      const key = request.headers['idempotency-key'] as string | undefined;
      seen.push({ key, authorization: request.headers.authorization });
      const times = seen.filter((entry) => entry.key === key).length;
      request.resume().on('end', () => {
        response.setHeader('content-type', 'application/json');
        const body = times < unknownUntil ? error('COMMAND.OUTCOME_UNKNOWN', { retryable: true }) : { data: { createUnit: { id: `id-of-${key}` } } };
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen.length = 0;
  });

  it('sends at the given rate with a key and token each, then retries each unknown key with the same key until ok', async () => {
    unknownUntil = 2;
    const loop = new OpenLoop({ url, session, ratePerSecond: 50, make: (seq) => ({ kind: 'unit', key: `k-${seq}`, query: 'mutation { createUnit }' }) });
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await loop.stop();
    expect(loop.records.length).toBeGreaterThanOrEqual(15);
    expect(loop.records.length).toBeLessThanOrEqual(25);
    expect(new Set(loop.records.map((record) => record.spec.key)).size).toBe(loop.records.length);
    expect(loop.records.every((record) => finalOf(record).kind === 'unknown')).toBe(true);

    const left = await settleUnknown({ url, session }, loop.records, { pauseMs: 10 });
    expect(left).toEqual([]);
    for (const record of loop.records) {
      expect(record.attempts.map((attempt) => attempt.outcome.kind)).toEqual(['unknown', 'ok']);
      expect(seen.filter((entry) => entry.key === record.spec.key)).toHaveLength(2);
    }
    expect(seen.every((entry) => entry.authorization === 'Bearer token')).toBe(true);
  });

  it('gives up at the deadline and returns the keys still unknown', async () => {
    unknownUntil = Number.POSITIVE_INFINITY;
    const loop = new OpenLoop({ url, session, ratePerSecond: 20, make: (seq) => ({ kind: 'unit', key: `never-${seq}`, query: 'mutation { createUnit }' }) });
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await loop.stop();
    const left = await settleUnknown({ url, session }, loop.records, { deadlineMs: 150, pauseMs: 20 });
    expect(left).toHaveLength(loop.records.length);
    expect(left.length).toBeGreaterThan(0);
  });
});
