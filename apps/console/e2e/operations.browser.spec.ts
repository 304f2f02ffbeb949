import type { Browser, Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { DEMO, launchBrowser, newPage, screenshot, signInAs, UNITS } from './browser';

/** Another province's manager (tools/demo/demo-dataset.ts): no rights over Lào Cai's units. */
const OTHER_PROVINCE = { username: 'demo.tinhkhac', password: 'DemoTuyenQuang2025!' } as const;
/** A Y Tý activity of the demo (tools/demo/demo-campaigns.ts). */
const Y_TY_ROAD = 'demo-hd-duong-ngai-thau';

/** A day relative to today in Vietnam, YYYY-MM-DD (the API's business dates). */
const day = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** Types a date into an antd date picker and confirms it with Enter. */
async function typeDate(input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** Closes a date picker's open panel (the library's own panel has axe findings) with a click on the dialog's title. */
async function closePanels(page: Page) {
  await page.locator('.ant-modal-title').click();
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
}

/** Picks an option of an antd select by typing (without accents) and pressing Enter. */
async function choose(page: Page, select: Locator, typed: string, multiple = false) {
  await select.click();
  await select.fill(typed);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active').waitFor();
  await select.press('Enter');
  // A multiple select keeps its list open for more: a click on the dialog's title closes it.
  if (multiple) {
    await page.locator('.ant-modal-title').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
  }
}

describe('campaign operations in the console: adoption, activities, shifts and sign-ups, through the real gateway', () => {
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
    } catch (failure) {
      await screenshot(page, 'ops-failed').catch(() => undefined);
      throw failure;
    } finally {
      // Requests still in flight are let finish before the page closes.
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await page.context().close();
    }
  };

  it('the province publishes a template; Y Tý adopts it, plans and prepares an activity, schedules a shift and fills it to the waitlist', async () => {
    const run = Date.now().toString(36);
    const templateName = `Mẫu chiến dịch thử ${run}`;
    const activityName = `Hoạt động thử ${run}`;
    let code = '';

    // The province publishes a template for the units below, and is given its code to pass on.
    await withPage(async (page) => {
      await signInAs(page, DEMO.province, `/units/${UNITS.laoCai}/campaigns`);
      await page.getByRole('heading', { name: /Chiến dịch của/ }).waitFor();
      await page.getByRole('button', { name: 'Phát hành mẫu cho cấp dưới' }).click();
      const dialog = page.getByRole('dialog');
      // Nothing typed: the form says what is missing before sending.
      await dialog.getByRole('button', { name: 'Phát hành mẫu cho cấp dưới' }).click();
      await dialog.getByText('Nhập tên chiến dịch.').waitFor();
      await dialog.getByLabel('Tên chiến dịch').fill(templateName);
      await choose(page, dialog.getByLabel('Lĩnh vực'), 'an sinh', true);
      await typeDate(dialog.getByPlaceholder('Ngày bắt đầu'), day(-7));
      await typeDate(dialog.getByPlaceholder('Ngày kết thúc'), day(200));
      await closePanels(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'ops-01-publish-template');
      await dialog.getByRole('button', { name: 'Phát hành mẫu cho cấp dưới' }).click();
      const published = page.getByText(/Gửi mã cho các đơn vị cấp dưới: /);
      await published.waitFor();
      code = (await published.innerText()).split(': ').pop()?.trim() ?? '';
      expect(code).not.toBe('');
    });

    await withPage(async (page) => {
      // Y Tý's manager sees the province's new template among those it may adopt, with the code the province was given.
      await signInAs(page, DEMO.commune, `/units/${UNITS.yTy}/campaigns`);
      await page.getByRole('heading', { name: 'Mẫu chiến dịch của cấp trên' }).waitFor();
      const templateRow = page.getByRole('row', { name: new RegExp(templateName) });
      await templateRow.getByText(code).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await templateRow.getByRole('button', { name: 'Nhận mẫu' }).click();
      const adopt = page.getByRole('dialog');
      await adopt.getByText(templateName).waitFor();
      await screenshot(page, 'ops-02-adopt-template');
      await adopt.getByRole('button', { name: 'Nhận mẫu' }).click();

      // The local campaign opens, named as the template.
      await page.getByRole('heading', { level: 1, name: templateName }).waitFor();
      await page.getByText('Triển khai tại đơn vị').waitFor();

      // A new activity, with a period: planned at once.
      await page.getByRole('button', { name: 'Đề xuất hoạt động' }).click();
      const propose = page.getByRole('dialog');
      await propose.getByRole('button', { name: 'Đề xuất hoạt động' }).click();
      await propose.getByText('Nhập tên hoạt động.').waitFor();
      await propose.getByText('Chọn cán bộ phụ trách.').waitFor();
      await propose.getByLabel('Tên hoạt động').fill(`${activityName} (nháp)`);
      await propose.getByLabel('Địa điểm (thôn, bản, trường…)').fill('Thôn Ngải Thầu');
      await choose(page, propose.getByLabel('Cán bộ phụ trách'), 'vu van khanh');
      await typeDate(propose.getByPlaceholder('Ngày bắt đầu'), day(14));
      await typeDate(propose.getByPlaceholder('Ngày kết thúc'), day(15));
      await closePanels(page);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'ops-03-propose-activity');
      await propose.getByRole('button', { name: 'Đề xuất hoạt động' }).click();
      let row = page.locator('tbody tr').filter({ hasText: activityName });
      await row.getByText('Đã lập kế hoạch', { exact: true }).waitFor();

      // Its name corrected, then prepared.
      await row.getByRole('button', { name: 'Đổi tên' }).click();
      const rename = page.getByRole('dialog');
      await rename.getByLabel('Tên hoạt động').fill(activityName);
      await rename.getByLabel('Tên hoạt động').press('Enter');
      row = page.locator('tbody tr').filter({ has: page.getByRole('link', { name: activityName, exact: true }) });
      await row.waitFor();
      await row.getByRole('button', { name: 'Đã chuẩn bị xong' }).click();
      await row.getByText('Đã chuẩn bị', { exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'ops-04-campaign-activities');

      // The activity's page: a shift of one place that needs approval, with a waitlist.
      await row.getByRole('link', { name: activityName }).click();
      await page.getByRole('heading', { level: 1, name: activityName }).waitFor();
      await page.getByText('Hoạt động chưa có ca nào.').waitFor();
      await page.getByRole('button', { name: 'Xếp ca' }).click();
      const schedule = page.getByRole('dialog');
      await schedule.getByLabel('Vị trí, nhiệm vụ').fill(`Hậu cần ${run}`);
      await schedule.getByLabel('Số chỗ').fill('1');
      await schedule.getByLabel('Cần duyệt đăng ký').click();
      await schedule.getByLabel('Giờ bắt đầu (GG:PP)').fill('7:00');
      await schedule.getByRole('button', { name: 'Xếp ca' }).click();
      await schedule.getByText('Nhập giờ dạng GG:PP, ví dụ 07:30.').waitFor();
      await schedule.getByLabel('Giờ bắt đầu (GG:PP)').fill('07:00');
      await schedule.getByRole('button', { name: 'Xếp ca' }).click();
      const shift = page.getByRole('region', { name: new RegExp(`Hậu cần ${run}`) });
      await shift.waitFor();
      await shift.getByText(`${day(14)} 07:00–11:30`).waitFor();

      // Three volunteers of Y Tý signed up by the cadre: all await approval.
      for (const [typed, name] of [
        ['nguyen van binh', 'Nguyễn Văn Bình (mẫu)'],
        ['tran thi cuc', 'Trần Thị Cúc (mẫu)'],
        ['pham thi duyen', 'Phạm Thị Duyên (mẫu)'],
      ]) {
        await choose(page, shift.getByLabel('Tình nguyện viên của đơn vị'), typed);
        await shift.getByRole('button', { name: 'Đăng ký', exact: true }).click();
        await shift.getByRole('list', { name: 'Chờ duyệt' }).getByText(name).waitFor();
      }
      await shift.getByText('Đã xác nhận 0/1 · Chờ duyệt 3 · Danh sách chờ 0').waitFor();

      // Approved: the first takes the place, the second goes to the waitlist; the third is rejected.
      await shift.getByRole('button', { name: 'Duyệt: Nguyễn Văn Bình (mẫu)' }).click();
      await shift.getByText('Đã xác nhận 1/1 · Chờ duyệt 2 · Danh sách chờ 0').waitFor();
      await shift.getByRole('button', { name: 'Duyệt: Trần Thị Cúc (mẫu)' }).click();
      await shift.getByText('Đã xác nhận 1/1 · Chờ duyệt 1 · Danh sách chờ 1').waitFor();
      await shift.getByRole('list', { name: 'Danh sách chờ (theo thứ tự)' }).getByText('Thứ tự 1: Trần Thị Cúc (mẫu)').waitFor();
      await shift.getByText('Hết chỗ').waitFor();
      await shift.getByRole('button', { name: 'Từ chối: Phạm Thị Duyên (mẫu)' }).click();
      const reject = page.getByRole('dialog');
      await reject.getByRole('button', { name: 'Từ chối' }).click();
      await reject.getByText('Nhập lý do.').waitFor();
      await reject.getByLabel('Lý do').fill('Đã đủ người cho ca này');
      await reject.getByLabel('Lý do').press('Enter');
      await shift.getByText('Đã xác nhận 1/1 · Chờ duyệt 0 · Danh sách chờ 1').waitFor();
      // Sent once (Enter in the reason): no refusal of a second rejection.
      await expect(shift.getByRole('alert').count()).resolves.toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'ops-05-shift-waitlist');

      // One more place: the first on the waitlist is promoted.
      await shift.getByLabel('Số chỗ mới').fill('2');
      await shift.getByRole('button', { name: 'Đổi số chỗ' }).click();
      const promoted = page.getByRole('region', { name: new RegExp(`Hậu cần ${run}`) });
      await promoted.getByText('Đã xác nhận 2/2 · Chờ duyệt 0 · Danh sách chờ 0').waitFor();
      await promoted.getByRole('list', { name: 'Đã xác nhận' }).getByText('Trần Thị Cúc (mẫu)').waitFor();
      await screenshot(page, 'ops-06-shift-promoted');

      // Weekly shifts over two weeks, on Saturdays and Sundays: four of them.
      await page.getByRole('button', { name: 'Xếp ca' }).click();
      const weekly = page.getByRole('dialog');
      await weekly.getByLabel('Vị trí, nhiệm vụ').fill(`Dọn vệ sinh ${run}`);
      await weekly.getByLabel('Lặp lại hằng tuần').click();
      await typeDate(weekly.getByPlaceholder('Ngày bắt đầu'), day(14));
      await typeDate(weekly.getByPlaceholder('Ngày kết thúc'), day(27));
      await closePanels(page);
      await weekly.getByLabel('Thứ Bảy').check();
      await weekly.getByLabel('Chủ Nhật').check();
      await weekly.getByRole('button', { name: 'Xếp ca' }).click();
      await page.getByText('Đã xếp 4 ca.').waitFor();
      await expect(page.getByRole('region', { name: new RegExp(`Dọn vệ sinh ${run}`) }).count()).resolves.toBe(4);

      // The results tabs of the activity open.
      await page.getByRole('tab', { name: 'Điểm danh' }).click();
      await page.getByRole('tab', { name: 'Kết quả' }).click();
      expect(await seriousViolations(page)).toEqual([]);

      // Back on the campaign: the certificates tab.
      await page.getByRole('link', { name: 'Chi tiết chiến dịch' }).click();
      await page.getByRole('heading', { level: 1, name: templateName }).waitFor();
      await page.getByRole('tab', { name: 'Giấy chứng nhận' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'ops-07-campaign-certificates');
    });
  }, 150_000);

  it("launches a campaign, cancels an activity with a reason, and shows the API's refusal to another province's manager", async () => {
    const run = Date.now().toString(36);
    await withPage(async (page) => {
      // A campaign of Y Tý's own, launched here (it opens once launched).
      await signInAs(page, DEMO.commune, `/units/${UNITS.yTy}/campaigns`);
      await page.getByRole('button', { name: 'Phát động chiến dịch' }).click();
      const launch = page.getByRole('dialog');
      await launch.getByLabel('Tên chiến dịch').fill(`Chiến dịch thử ${run}`);
      await choose(page, launch.getByLabel('Lĩnh vực'), 'an sinh', true);
      await typeDate(launch.getByPlaceholder('Ngày bắt đầu'), day(0));
      await typeDate(launch.getByPlaceholder('Ngày kết thúc'), day(90));
      await closePanels(page);
      await launch.getByRole('button', { name: 'Phát động chiến dịch' }).click();
      await page.getByRole('heading', { level: 1, name: `Chiến dịch thử ${run}` }).waitFor();
      await page.getByRole('button', { name: 'Đề xuất hoạt động' }).click();
      const propose = page.getByRole('dialog');
      await propose.getByLabel('Tên hoạt động').fill(`Hoạt động sẽ huỷ ${run}`);
      await choose(page, propose.getByLabel('Cán bộ phụ trách'), 'do thi lan');
      await propose.getByRole('button', { name: 'Đề xuất hoạt động' }).click();
      const row = page.locator('tbody tr').filter({ hasText: `Hoạt động sẽ huỷ ${run}` });
      await row.getByText('Khảo sát nhu cầu', { exact: true }).waitFor();
      await row.getByRole('button', { name: 'Huỷ hoạt động' }).click();
      const cancel = page.getByRole('dialog');
      await cancel.getByLabel('Lý do').fill('Trùng với hoạt động khác');
      await cancel.getByRole('button', { name: 'Huỷ hoạt động' }).click();
      await row.getByText('Đã huỷ', { exact: true }).waitFor();
      await expect(row.getByRole('button', { name: 'Huỷ hoạt động' }).count()).resolves.toBe(0);
    });
    await withPage(async (page) => {
      await signInAs(page, OTHER_PROVINCE, `/activities/${Y_TY_ROAD}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('Bạn không có quyền thực hiện thao tác này.');
      await page.getByText('Không tìm thấy hoạt động, hoặc bạn không có quyền xem.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'ops-08-activity-refused');
    });
  }, 90_000);
});
