/**
 * npm run bench:console: the console's budgets (issue 18), measured on the running platform.
 *
 * 1. Initial JavaScript of the sign-in route, gzipped as the console's server sends it: the entry
 *    script and the modules index.html preloads (budget 250 KB).
 * 2. The unit dashboard usable with the CPU slowed four times in Chromium (budget 2 s): from the
 *    navigation's start to the first indicator's value on screen, signed in as demo.tinhdoan,
 *    for a cold visit (empty cache, new browser context) and a warm one (same context, again).
 *
 * Needs `./dev up` (the demo data and the console's server; TN_CONSOLE_URL, default
 * http://127.0.0.1:4200) and the built bundle in dist/console (./dev up builds it).
 * BENCH_RUNS (5) visits of each kind. Prints a table; exits non-zero when a budget is missed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const BUNDLE = join(__dirname, '../../dist/console');
const CONSOLE_URL = process.env.TN_CONSOLE_URL ?? 'http://127.0.0.1:4200';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const JS_BUDGET_BYTES = 250 * 1024;
const DASHBOARD_BUDGET_MS = 2_000;
const DASHBOARD = '/units/demo-tinh-lao-cai/dashboard';
const ACCOUNT = { username: 'demo.tinhdoan', password: 'DemoLaoCai2025!' };

function initialJavaScript(): { file: string; gzipped: number }[] {
  const html = readFileSync(join(BUNDLE, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((match) => match[1]!);
  return files.map((file) => ({ file, gzipped: gzipSync(readFileSync(join(BUNDLE, file))).length }));
}

async function signIn(): Promise<object> {
  const response = await fetch(`${CONSOLE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { accountId accessToken accessTokenExpiresAt refreshToken } }',
      variables: { u: ACCOUNT.username, p: ACCOUNT.password },
    }),
  });
  const body = (await response.json()) as { data?: { signIn: object } };
  if (!body.data) throw new Error(`sign-in refused: ${JSON.stringify(body)}`);
  return body.data.signIn;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

async function dashboardTimes(): Promise<{ cold: number[]; warm: number[] }> {
  const session = JSON.stringify(await signIn());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
      await context.addInitScript(`sessionStorage.setItem('tn.session', ${JSON.stringify(session)});`);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      for (const times of [cold, warm]) {
        await page.goto(`${CONSOLE_URL}${DASHBOARD}`, { waitUntil: 'commit' });
        // Usable: the first indicator (K1) shows its value, not a dash.
        await page.waitForFunction(
          `[...document.querySelectorAll('[data-testid="indicator-table"] tbody tr')].some((row) => /^K1\\s/.test(row.innerText) && /\\d %/.test(row.innerText))`,
          undefined,
          { timeout: 30_000, polling: 20 },
        );
        times.push(Math.round((await page.evaluate('performance.now()')) as number));
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { cold, warm };
}

async function main(): Promise<void> {
  const files = initialJavaScript();
  const total = files.reduce((sum, entry) => sum + entry.gzipped, 0);
  console.log('Sign-in route, initial JavaScript (gzip):');
  for (const entry of files) console.log(`  ${entry.file.padEnd(40)} ${(entry.gzipped / 1024).toFixed(1)} KB`);
  console.log(`  total ${(total / 1024).toFixed(1)} KB (budget ${JS_BUDGET_BYTES / 1024} KB): ${total <= JS_BUDGET_BYTES ? 'within' : 'OVER'}`);

  const { cold, warm } = await dashboardTimes();
  console.log(`\nUnit dashboard usable, CPU slowed 4x, ${RUNS} visits each (ms from navigation start):`);
  for (const [label, times] of [
    ['cold (empty cache)', cold],
    ['warm (cached bundle)', warm],
  ] as const)
    console.log(`  ${label.padEnd(22)} median ${percentile(times, 50)}  max ${Math.max(...times)}  [${times.join(', ')}]`);
  const worst = percentile(cold, 50);
  console.log(`  budget ${DASHBOARD_BUDGET_MS} ms (cold median): ${worst <= DASHBOARD_BUDGET_MS ? 'within' : 'OVER'}`);
  if (total > JS_BUDGET_BYTES || worst > DASHBOARD_BUDGET_MS) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
