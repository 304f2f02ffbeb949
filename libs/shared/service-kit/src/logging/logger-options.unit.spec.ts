import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { ServiceConfig } from '@tn/shared-config';
import { loggerOptions, REDACTED_PATHS } from './logger-options';

const config = Object.assign(new ServiceConfig(), { LOG_LEVEL: 'info' as const });
const http = loggerOptions('registry', config).pinoHttp as {
  genReqId: (req: IncomingMessage, res: ServerResponse) => string;
  serializers: { req: (req: { id: string; method: string; url: string }) => unknown };
};

function fakeExchange(headers: Record<string, string>) {
  const set: Record<string, string> = {};
  const res = { setHeader: (name: string, value: string) => (set[name] = value) } as unknown as ServerResponse;
  return { req: { headers } as IncomingMessage, res, set };
}

describe('logger options', () => {
  it('keeps a well-formed correlation id from the caller and echoes it back', () => {
    const { req, res, set } = fakeExchange({ 'x-correlation-id': 'abc-123' });
    expect(http.genReqId(req, res)).toBe('abc-123');
    expect(set['x-correlation-id']).toBe('abc-123');
  });

  it('replaces a missing or malformed correlation id with a new UUID', () => {
    const { req, res } = fakeExchange({ 'x-correlation-id': 'bad id with spaces {}' });
    expect(http.genReqId(req, res)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the request path without its query string (which can carry personal data)', () => {
    expect(http.serializers.req({ id: '1', method: 'GET', url: '/volunteers?phone=0912345678' })).toEqual({
      method: 'GET',
      path: '/volunteers',
    });
  });

  it('redacts credentials wherever they appear in a log line', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    pino({ redact: { paths: REDACTED_PATHS } }, sink).info({
      req: { headers: { authorization: 'Bearer secret-token' } },
      account: { password: 'hunter2', name: 'ok' },
    });
    expect(lines.join('')).not.toMatch(/secret-token|hunter2/);
    expect(lines.join('')).toContain('"name":"ok"');
  });
});
