import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileFor, forwardedHeaders } from './main';

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
