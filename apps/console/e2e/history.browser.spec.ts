import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { DEMO, launchBrowser, newPage, screenshot, signInAs, UNITS } from './browser';

// The history view (issue 18): who did what and when to a unit or a volunteer, from its events,
// for the readers of that subject only.
describe('history in Chromium, through the real gateway with the demo data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const withPage = async (run: (page: Page) => Promise<void>) => {
    const page = await newPage(browser);
    try {
      await run(page);
    } finally {
      await page.context().close();
    }
  };

  it("shows a commune's history from its page, the 2025 merger included, filtered without accents", () =>
    withPage(async (page) => {
      await signInAs(page, DEMO.commune, `/units/${UNITS.yTy}`);
      await page.getByRole('button', { name: 'Lịch sử thay đổi' }).click();
      await page.waitForURL(new RegExp(`/history/unit/${UNITS.yTy}$`));
      await page.getByRole('heading', { level: 1, name: /Lịch sử: đơn vị/ }).waitFor();
      const table = page.getByRole('table');
      await table.getByText('Sáp nhập đơn vị').first().waitFor();
      await table.getByText('Thành lập đơn vị').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'his-01-unit-history');

      // "sap nhap" finds the merger and leaves the creation out.
      await page.getByRole('searchbox').fill('sap nhap');
      await expect(table.getByText('Thành lập đơn vị').count()).resolves.toBe(0);
      await table.getByText('Sáp nhập đơn vị').first().waitFor();

      // In English the same entries are named in English.
      await page.getByRole('searchbox').fill('');
      await page.getByRole('button', { name: 'EN' }).click();
      await page.getByRole('heading', { level: 1, name: /History: unit/ }).waitFor();
      await table.getByText('Units merged').first().waitFor();
    }));

  it("shows an activity's history from its page, its shifts' events included", () =>
    withPage(async (page) => {
      await signInAs(page, DEMO.commune, '/activities/demo-hd-duong-ngai-thau');
      await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
      await page.waitForURL(/\/history\/activity\/demo-hd-duong-ngai-thau$/);
      const table = page.getByRole('table');
      await table.getByText('Đề xuất hoạt động').first().waitFor();
      await table.getByText('Lên lịch ca').first().waitFor();
      await table.getByText('Ghi nhận điểm danh').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'his-02-activity-history');
    }));

  it("shows a volunteer's history from the people page, without personal data", () =>
    withPage(async (page) => {
      await signInAs(page, DEMO.commune, `/units/${UNITS.yTy}/people`);
      await page.getByRole('tab', { name: /Tình nguyện viên/ }).click();
      await page.getByRole('link', { name: 'Mở' }).first().click();
      await page.waitForURL(/\/history\/volunteer\//);
      const table = page.getByRole('table');
      await table.getByText('Đăng ký tình nguyện viên').first().waitFor();
      expect(await table.innerText()).not.toMatch(/@|\+84|09\d{8}/);
      expect(await seriousViolations(page)).toEqual([]);
    }));

  it("answers another province's manager with the API's refusal, and shows nothing", () =>
    withPage(async (page) => {
      await signInAs(page, DEMO.otherProvince, `/history/unit/${UNITS.yTy}`);
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').innerText()).toMatch(/không có quyền|không được phép/i);
      await page.getByText('Không tìm thấy, hoặc bạn không có quyền xem lịch sử này.').waitFor();
      await expect(page.getByRole('table').count()).resolves.toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    }));
});
