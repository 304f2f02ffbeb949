import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileFor, forwardedHeaders, proxyToGateway } from './main';

describe('the console server picks files inside the bundle only', () => {
  const bundle = mkdtempSync(join(tmpdir(), 'console-bundle-'));
  mkdirSync(join(bundle, 'assets'));
  writeFileSync(join(bundle, 'index.html'), '<html></html>');
  writeFileSync(join(bundle, 'assets', 'app.js'), '');

  it('serves a bundle file', () => {
    expect(fileFor(bundle, '/assets/app.js?v=1')).toBe(join(bundle, 'assets', 'app.js'));
  });
  it('answers the app routes with index.html', () => {
    expect(fileFor(bundle, '/units/abc')).toBe(join(bundle, 'index.html'));
  });
  it('never leaves the bundle, encoded or not', () => {
    expect(fileFor(bundle, '/../../etc/passwd')).toBe(join(bundle, 'index.html'));
    expect(fileFor(bundle, '/%2e%2e/%2e%2e/etc/passwd')).toBe(join(bundle, 'index.html'));
  });
});

describe('the console server passes requests to the gateway', () => {
  it("names the client it saw in X-Forwarded-For, never the client's own claim, and drops hop-by-hop headers", () => {
    const headers = forwardedHeaders(
      { 'x-forwarded-for': '203.0.113.9', connection: 'keep-alive', authorization: 'Bearer t', 'accept-language': 'vi', host: 'console' },
      '198.51.100.4',
      '127.0.0.1:3000',
    );
    expect(headers).toEqual({ 'x-forwarded-for': '198.51.100.4', authorization: 'Bearer t', 'accept-language': 'vi', host: '127.0.0.1:3000' });
  });
});

describe('the console server outlives a browser that leaves mid-request', () => {
  const servers: Server[] = [];
  const listening = (server: Server) =>
    new Promise<number>((resolve) => {
      servers.push(server);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  afterAll(() => servers.forEach((server) => server.close()));

  it('drops the late answer of a request whose browser is gone, and serves the next one', async () => {
    let answerLate: (() => void) | undefined;
    let gatewaySawClose = false;
    // A gateway that answers the first request only when told to, and the next ones at once.
    const gatewayPort = await listening(
      createServer((incoming, outgoing) => {
        incoming.resume();
        const answer = () => outgoing.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
        if (answerLate === undefined) {
          answerLate = answer;
          outgoing.on('close', () => (gatewaySawClose = true));
        } else answer();
      }),
    );
    const consolePort = await listening(createServer((incoming, outgoing) => proxyToGateway(incoming, outgoing, gatewayPort)));
    const post = (onAsked?: (abort: () => void) => void) =>
      new Promise<string>((resolve, reject) => {
        const asked = request({ host: '127.0.0.1', port: consolePort, path: '/graphql', method: 'POST' }, (answer) => {
          let body = '';
          answer.on('data', (chunk: Buffer) => (body += chunk.toString()));
          answer.on('end', () => resolve(body));
        });
        asked.on('error', reject);
        asked.end('{"query":"{ me { accountId } }"}');
        onAsked?.(() => asked.destroy());
      });

    // The browser leaves while the gateway is still working; then the gateway answers.
    const left = post((abort) => setTimeout(abort, 100)).catch((error: Error) => error.message);
    await expect(left).resolves.toMatch(/socket hang up|aborted/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(gatewaySawClose).toBe(true);
    answerLate?.();

    // The server is still there for the next request.
    await expect(post()).resolves.toBe('{"data":{"ok":true}}');
  });
});
