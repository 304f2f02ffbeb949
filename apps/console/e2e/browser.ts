import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CONSOLE_URL = process.env.TN_CONSOLE_URL ?? 'http://127.0.0.1:4200';
/** Where the tests save their screenshots (a few are copied into docs/console by hand). */
export const SCREENSHOT_DIR = join(__dirname, '../../../dist/console-screenshots');

/** Demo accounts (tools/demo/demo-dataset.ts): fictional, printed by the demo loader. */
export const DEMO = {
  province: { username: 'demo.tinhdoan', password: 'DemoLaoCai2025!' },
  commune: { username: 'demo.xa', password: 'DemoXaYTy2025!' },
  otherProvince: { username: 'demo.tinhkhac', password: 'DemoTuyenQuang2025!' },
} as const;
export const UNITS = { laoCai: 'demo-tinh-lao-cai', yTy: 'demo-xa-y-ty', yTyBefore2025: 'demo-xa-y-ty-truoc-2025', taVan: 'demo-xa-ta-van' } as const;

/**
 * Debian's Chromium, headless. The flags keep it off the network it cannot reach here (without
 * them it retries Google's hosts at every start) and let it run as root in CI.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
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
}

/** A fresh page (own storage) in Vietnamese, phone or desktop sized. */
export async function newPage(browser: Browser, options: { phone?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return context.newPage();
}

export async function signInAs(page: Page, account: { username: string; password: string }, next = '/'): Promise<void> {
  await page.goto(`${CONSOLE_URL}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Tên đăng nhập').fill(account.username);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
