// Training screens in Chromium against the running platform with the demo data (tools/demo/demo-training.ts):
// courses of a unit, planning one (checked before sending, then refused by the API), its sessions and
// learners, a completed course's results, and the unit's qualifications with expiry warnings.
import type { Browser, Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { CONSOLE_URL, DEMO, launchBrowser, newPage, screenshot, signInAs, UNITS } from './browser';

const OTHER_PROVINCE = { username: 'demo.tinhkhac', password: 'DemoTuyenQuang2025!' } as const;
const KIND_COORDINATION = 'demo-tc-dieu-phoi-tnv';

describe('training in the console: courses, enrolments, qualifications and expiry warnings', () => {
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
      await run(page).catch(async (failure: unknown) => {
        await screenshot(page, 'trn-failed').catch(() => undefined);
        throw failure;
      });
      // Let requests in flight finish: the console's server must not see its clients vanish mid-answer.
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    } finally {
      await page.context().close();
    }
  };

  /** Choose an option of an antd Select by typing (accents optional) and Enter. */
  const choose = async (page: Page, label: string, typed: string) => {
    const box = page.getByLabel(label, { exact: true });
    await box.click();
    await box.fill(typed);
    await page.locator('.ant-select-item-option-active:visible').first().waitFor();
    await box.press('Enter');
  };
  /** Close a multiple select's list (it stays open after a choice). */
  const closeList = async (page: Page) => {
    await page.keyboard.press('Escape');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  };
  /** Type a date into an antd DatePicker and confirm it (again, if the picker missed the first one). */
  const pickDate = async (page: Page, label: string, date: string) => {
    const box = page.getByLabel(label, { exact: true });
    for (let attempt = 0; attempt < 2 && (await box.inputValue()) !== date; attempt++) {
      await box.click();
      await box.fill(date);
      await box.press('Enter');
    }
    expect(await box.inputValue()).toBe(date);
    // The calendar closes (it could otherwise cover the button clicked next).
    await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
  };
  /** Wait until a locator matches exactly `count` elements (a list re-read after a change). */
  const countReaches = async (locator: Locator, count: number) => {
    const until = Date.now() + 15_000;
    while ((await locator.count()) !== count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 200));
    return locator.count();
  };
  /** A day before today in Vietnam, YYYY-MM-DD. */
  const daysAgo = (days: number) => new Date(Date.now() + 7 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);
  const formItem = (page: Page, label: string) => page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });

  it('plans a course (checked before sending, refused by the API for an unqualified trainer), then runs it: session, requests, waitlist, attendance, score, completion', () =>
    withPage(async (page) => {
      await signInAs(page, DEMO.province, `/units/${UNITS.laoCai}/training`);
      await page.getByRole('heading', { level: 1, name: /^Tập huấn – .*Lào Cai/ }).waitFor();
      const courses = page.getByTestId('courses-table');
      // The demo's ToT course, found without accents; the status filter keeps it among completed courses only.
      await page.getByRole('searchbox').fill('tap huan vien nguon');
      await courses.getByRole('link', { name: /Tập huấn viên nguồn điều phối tình nguyện tỉnh Lào Cai 2025/ }).waitFor();
      await page.getByText('Đang mở', { exact: true }).click();
      await courses.getByText('Không có dữ liệu.').waitFor();
      await page.getByText('Đã kết thúc', { exact: true }).first().click();
      await courses.getByRole('link', { name: /Tập huấn viên nguồn/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'trn-01-courses');

      // Sent empty: the form says what is missing, and nothing reaches the API.
      await page.getByRole('button', { name: 'Lên kế hoạch khoá tập huấn' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await dialog.getByText('Nhập tên khoá.').waitFor();
      await dialog.getByText('Chọn chương trình.').waitFor();
      await dialog.getByText('Chọn ít nhất một tập huấn viên.').waitFor();
      // A course held last week (course and session dates may be in the past), with one place and a waitlist.
      const title = `Khoá thử điều phối ${Date.now().toString(36)}`;
      const [startsOn, sessionOn, endsOn, afterEnd] = [10, 9, 8, 3].map(daysAgo);
      await dialog.getByLabel('Tên khoá').fill(title);
      await choose(page, 'Chương trình', 'can bo doan cap xa');
      await pickDate(page, 'Ngày bắt đầu', startsOn);
      await pickDate(page, 'Ngày kết thúc', daysAgo(12));
      await dialog.getByLabel('Số chỗ').fill('1');
      await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await dialog.getByText('Ngày kết thúc không được trước ngày bắt đầu.').waitFor();
      await pickDate(page, 'Ngày kết thúc', endsOn);
      // The province's own cadre holds no trainer qualification: the API refuses, and says so on the trainers field.
      await choose(page, 'Tập huấn viên', 'hoang minh tuan');
      await closeList(page);
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      const trainers = formItem(page, 'Tập huấn viên');
      await trainers
        .locator('.ant-form-item-explain-error')
        .getByText(/chưa có chứng chỉ giảng viên còn hiệu lực/)
        .waitFor();
      await screenshot(page, 'trn-02-plan-refused');

      // A trainer of the 2025 ToT course (qualified until 2028 at least): planned, and the course opens.
      await trainers.getByLabel('Tập huấn viên', { exact: true }).press('Backspace');
      await choose(page, 'Tập huấn viên', 'do thi lan');
      await closeList(page);
      await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByTestId('course-status').getByText('Đang mở').waitFor();
      await page.getByText('Đỗ Thị Lan (mẫu)').first().waitFor();

      // A session outside the course's dates, or without a place for an in-person course, is caught here; then scheduled.
      await pickDate(page, 'Ngày', afterEnd);
      await page.getByRole('button', { name: 'Thêm buổi học' }).click();
      await page.getByText(`Ngày phải trong thời gian khoá học (${startsOn} – ${endsOn}).`).waitFor();
      await page.getByText('Khoá học trực tiếp: nhập địa điểm.').waitFor();
      await pickDate(page, 'Ngày', sessionOn);
      await page.getByLabel('Địa điểm', { exact: true }).fill('Hội trường Tỉnh đoàn');
      await page.getByRole('button', { name: 'Thêm buổi học' }).click();
      const sessions = page.getByTestId('sessions-table');
      await sessions.getByText('Hội trường Tỉnh đoàn').waitFor();

      // Three of the province's cadres are nominated: the first approved takes the one place, the next goes to the waitlist, the last is declined.
      const learners = page.getByTestId('learners-table');
      const row = (name: string) => learners.locator('tr', { hasText: name });
      for (const [typed, name] of [
        ['le thi thu ha', 'Lê Thị Thu Hà (mẫu)'],
        ['pham quang huy', 'Phạm Quang Huy (mẫu)'],
        ['hoang minh tuan', 'Hoàng Minh Tuấn (mẫu)'],
      ]) {
        await choose(page, 'Học viên', typed);
        await page.getByRole('button', { name: 'Đăng ký học viên' }).click();
        await row(name).getByText('Chờ duyệt').waitFor();
      }
      await page
        .getByTestId('course-summary')
        .getByText(/chờ duyệt 3/)
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'trn-03-course-requests');
      await learners.getByRole('button', { name: 'Duyệt: Lê Thị Thu Hà (mẫu)' }).click();
      await row('Lê Thị Thu Hà').getByText('Đã xác nhận').waitFor();
      await learners.getByRole('button', { name: 'Duyệt: Phạm Quang Huy (mẫu)' }).click();
      await row('Phạm Quang Huy').getByText('Danh sách chờ').waitFor();
      await row('Phạm Quang Huy').getByText('thứ 1').waitFor();
      await learners.getByRole('button', { name: 'Từ chối: Hoàng Minh Tuấn (mẫu)' }).click();
      const decline = page.getByRole('dialog');
      await decline.getByRole('button', { name: 'Từ chối' }).click();
      await decline.getByText('Nhập lý do.').waitFor();
      await decline.getByLabel('Lý do').fill('Chưa thuộc đối tượng của chương trình');
      await decline.getByRole('button', { name: 'Từ chối' }).click();
      await row('Hoàng Minh Tuấn').getByText('Bị từ chối').waitFor();
      const summary = await page.getByTestId('course-summary').innerText();
      expect(summary).toContain('Đã xác nhận 1 · chờ duyệt 0 · danh sách chờ 1');

      // Attendance at the session, then a score (checked here first): the learner would pass.
      await sessions.getByRole('button', { name: 'Điểm danh' }).click();
      const attendance = page.getByRole('dialog');
      await attendance.getByLabel('Lê Thị Thu Hà (mẫu)').check();
      await attendance.getByRole('button', { name: 'Điểm danh' }).click();
      await sessions.getByText('Có mặt: 1').waitFor();
      const score = learners.getByLabel('Điểm của Lê Thị Thu Hà (mẫu)');
      await score.fill('150');
      await score.press('Enter');
      await learners.getByText('Điểm từ 0 đến 100.').waitFor();
      await score.fill('80');
      await score.press('Enter');
      await row('Lê Thị Thu Hà').getByText('Sẽ đạt').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'trn-04-course-decided');

      // Completion decides who passed.
      await page.getByRole('button', { name: 'Kết thúc khoá và xét kết quả' }).click();
      // (A click during the confirmation's opening animation can be lost: once more if it is still open.)
      const confirm = page.locator('.ant-popconfirm').getByRole('button', { name: 'Xác nhận', exact: true });
      await confirm.click();
      await confirm.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => confirm.click());
      await page.getByTestId('course-status').getByText('Đã kết thúc').waitFor();
      await row('Lê Thị Thu Hà').getByText('Đạt', { exact: true }).waitFor();
      expect(await page.getByTestId('course-summary').innerText()).toContain('đạt 1 · không đạt 0');
    }));

  it("shows a completed demo course's sessions, attendance and who passed", () =>
    withPage(async (page) => {
      await signInAs(page, DEMO.province, '/training/courses/demo-kh-phuong-lao-cai-2026');
      await page.getByRole('heading', { level: 1, name: /Tập huấn điều phối tình nguyện phường Lào Cai 2026/ }).waitFor();
      await page.getByTestId('course-status').getByText('Đã kết thúc').waitFor();
      const sessions = page.getByTestId('sessions-table');
      await expect(sessions.getByText('Có mặt: 5').count()).resolves.toBe(3);
      const learners = page.getByTestId('learners-table');
      await learners.locator('tbody tr.ant-table-row').nth(4).waitFor();
      // Five learners: the one who scored 52 (pass mark 60) did not pass.
      await expect(learners.getByText('Không đạt', { exact: true }).count()).resolves.toBe(1);
      await expect(learners.getByText('Đạt', { exact: true }).count()).resolves.toBe(4);
      expect(await page.getByTestId('course-summary').innerText()).toContain('đạt 4 · không đạt 1');
      // No action is offered on a completed course.
      await expect(page.getByRole('button', { name: /Duyệt|Kết thúc khoá/ }).count()).resolves.toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'trn-05-completed-course');
    }));

  it("shows the province's qualifications as of a date: expired ones, and those expiring soon highlighted", () =>
    withPage(async (page) => {
      // As of 2027-02-01: Y Tý's 2025 records have expired, Sa Pa's (valid until 2027-04-08) expire within 90 days.
      await signInAs(page, DEMO.province, `/units/${UNITS.laoCai}/training/qualifications?kind=${KIND_COORDINATION}&asOf=2027-02-01`);
      await page.getByRole('heading', { level: 1, name: /^Chứng nhận tập huấn – / }).waitFor();
      const holders = page.getByTestId('holders-table');
      await holders.locator('tbody tr.ant-table-row').first().waitFor();
      await page.getByTestId('expiring-summary').getByText('5 người sắp hết hạn trong 90 ngày').waitFor();
      await page.getByTestId('expired-summary').getByText('6 người đã hết hạn').waitFor();
      await expect(holders.getByText('Hết hạn sau 66 ngày').count()).resolves.toBe(5);
      await expect(holders.locator('tr.training-expiring').count()).resolves.toBe(5);
      // What a six-month blanket extension of the records expiring in October 2026 would move (a preview: nothing written).
      await pickDate(page, 'Hết hạn từ ngày', '2026-10-01');
      await pickDate(page, 'đến ngày', '2026-10-31');
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await page
        .getByTestId('extension-summary')
        .getByText(/^6 người, 6 chứng nhận sẽ được gia hạn/)
        .waitFor();
      await page.getByRole('cell', { name: '2027-04-15' }).first().waitFor();

      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'trn-06-qualifications-expiring');
      // The same warnings in English.
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await page.getByTestId('expiring-summary').getByText('5 expiring within 90 days').waitFor();
      await expect(holders.getByText('Expires in 66 days').count()).resolves.toBe(5);
      await page.getByRole('button', { name: 'VI', exact: true }).click();
      await page.getByTestId('expiring-summary').getByText('5 người sắp hết hạn trong 90 ngày').waitFor();

      // A 30-day window: nobody expires that soon; the status filter keeps the expired ones only.
      await page.getByLabel('Cảnh báo hết hạn trong', { exact: true }).click();
      await page.locator('.ant-select-item-option:visible', { hasText: '30 ngày' }).click();
      await page.getByTestId('expiring-summary').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: /^Hết hạn \(còn gia hạn được\) \(6\)/ }).click();
      await expect(countReaches(holders.locator('tbody tr.ant-table-row'), 6)).resolves.toBe(6);

      // A holder's own qualifications, as of the same date, with the record's history.
      await page.getByRole('searchbox').fill('vu van khanh');
      await holders.getByRole('link', { name: 'Vũ Văn Khánh (mẫu)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Chứng nhận của Vũ Văn Khánh (mẫu)' }).waitFor();
      await page.getByText('Hiệu lực đến: 2026-10-15').waitFor();
      await page.getByText('Hết hạn (còn gia hạn được)').first().waitFor();
      await page.getByRole('link', { name: /Tập huấn điều phối tình nguyện xã Y Tý 2025/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'trn-07-person-qualifications');
    }));

  it("refuses another province's manager, with the API's message", () =>
    withPage(async (page) => {
      await signInAs(page, OTHER_PROVINCE, `/units/${UNITS.laoCai}/training`);
      await page.getByRole('alert').getByText('Bạn không có quyền thực hiện thao tác này.').waitFor();
      await page.goto(`${CONSOLE_URL}/training/courses/demo-kh-tot-2025`);
      await page.getByText('Không tìm thấy khoá tập huấn, hoặc bạn không có quyền xem.').waitFor();
      await page.getByRole('alert').getByText('Bạn không có quyền thực hiện thao tác này.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'trn-08-other-province-refused');
    }));
});
