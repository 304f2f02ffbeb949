import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { ServiceConfig } from '@tn/shared-config';

const CORRELATION_HEADER = 'x-correlation-id';
const QUIET_PATHS = ['/health', '/metrics'];

/** Paths under which personal data or secrets could appear; pino replaces them with [Redacted]. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
];

/**
 * JSON logs through pino. Each request carries a correlation id (taken from the caller's
 * `x-correlation-id` header or made up) that is echoed back. Request logs keep only the method
 * and path: query strings and bodies can hold personal data and are never logged.
 */
export function loggerOptions(service: string, config: ServiceConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      base: { service },
      messageKey: 'msg',
      redact: { paths: REDACTED_PATHS },
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const header = req.headers[CORRELATION_HEADER];
        const id = typeof header === 'string' && /^[\w.-]{1,128}$/.test(header) ? header : randomUUID();
        res.setHeader(CORRELATION_HEADER, id);
        return id;
      },
      customAttributeKeys: { reqId: 'correlationId' },
      autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.some((p) => req.url?.startsWith(p)) },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
