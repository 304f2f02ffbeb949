/**
 * Serves the built console (dist/console) and passes /graphql to the gateway, so the browser
 * talks to one origin. `./dev up` starts it (HTTP_PORT, default 4200; TN_PORT_GATEWAY for the
 * gateway) after building the console. It holds no state and reads nothing but the bundle.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

const root = resolve(process.env.TN_CONSOLE_DIST ?? join(__dirname, '../../../dist/console'));
const port = Number(process.env.HTTP_PORT ?? 4200);
const gatewayPort = Number(process.env.TN_PORT_GATEWAY ?? 3000);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

/** A file of the bundle for a URL path, or index.html for the app's own routes; never a path outside the bundle. */
export function fileFor(bundleRoot: string, urlPath: string): string {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(bundleRoot, path);
  if (candidate.startsWith(bundleRoot + sep) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return join(bundleRoot, 'index.html');
}

function serveFile(request: IncomingMessage, response: ServerResponse): void {
  let file: string;
  try {
    file = fileFor(root, request.url ?? '/');
  } catch {
    response.writeHead(400).end();
    return;
  }
  const extension = extname(file);
  const hashed = file.includes(`${join(root, 'assets')}`);
  const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(200, {
    'content-type': TYPES[extension] ?? 'application/octet-stream',
    // Hashed assets never change; index.html always names the current ones.
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  // A file removed by a rebuild mid-answer ends this answer, never the server.
  const done = (error: Error | null) => error && response.destroy();
  if (gzip) pipeline(createReadStream(file), createGzip(), response, done);
  else pipeline(createReadStream(file), response, done);
}

/** Headers of one hop only: never passed on (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization']);

/**
 * The request's headers for the gateway. X-Forwarded-For is replaced by the address this server
 * saw (never the client's own claim): the gateway trusts this hop (TRUSTED_PROXIES=loopback under
 * ./dev) and so rate-limits and throttles sign-in per real client, not per console.
 */
export function forwardedHeaders(
  headers: IncomingMessage['headers'],
  clientAddress: string | undefined,
  gatewayHost: string,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'x-forwarded-for') result[name] = value;
  result['host'] = gatewayHost;
  if (clientAddress) result['x-forwarded-for'] = clientAddress;
  return result;
}

/** Passes a /graphql request on to the gateway on `toPort`, and its answer back. */
export function proxyToGateway(request: IncomingMessage, response: ServerResponse, toPort = gatewayPort): void {
  const upstream = forward(
    {
      host: '127.0.0.1',
      port: toPort,
      path: request.url,
      method: request.method,
      headers: forwardedHeaders(request.headers, request.socket.remoteAddress, `127.0.0.1:${toPort}`),
    },
    (answer) => {
      // The browser left before the answer came (a page closed mid-request): piping into its
      // closed socket throws, and would take this server down with it.
      if (response.destroyed) return void answer.resume();
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      pipeline(answer, response, (error) => error && response.destroy());
    },
  );
  upstream.on('error', () => {
    if (response.destroyed) return;
    // The gateway's own code for a part of the platform that does not answer, in the caller's language.
    const english = /^en\b/i.test(String(request.headers['accept-language'] ?? ''));
    const message = english
      ? 'The platform is not answering right now. Try again in a moment.'
      : 'Hệ thống tạm thời không phản hồi. Vui lòng thử lại sau ít phút.';
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }] }));
  });
  // Nobody waits for the answer any more: stop asking the gateway.
  response.on('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  pipeline(request, upstream, () => undefined);
}

if (require.main === module) {
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`[console] no bundle in ${root}: build it first (npx nx run console:build).`);
    process.exit(1);
  }
  createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/graphql') return proxyToGateway(request, response);
    if (path === '/health/ready' || path === '/health/live') return void response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405).end();
    serveFile(request, response);
  }).listen(port, '127.0.0.1', () => console.log(`[console] http://127.0.0.1:${port}/ (gateway on port ${gatewayPort})`));
}
