import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { CONSOLE_URL, DEMO, launchBrowser, newPage, screenshot, signInAs } from './browser';

// Team leaders and volunteers on a phone (issue 18): the day's shifts, the rotating QR code, the
// check-in list that keeps working offline (IndexedDB) and uploads when the network is back, and
// the volunteer's own page. The demo has no shift today, so each run schedules its own in phường
// Sa Pa (demo.doitruong leads its team) through the API, as the province's manager.

const LEADER = { username: 'demo.doitruong', password: 'DemoDoiTruong2025!' } as const;
const SA_PA = 'demo-phuong-sa-pa';
const STAMP = Date.now().toString(36);
const ACTIVITY = { id: `fld-${STAMP}`, name: `Dọn vệ sinh điểm du lịch ${STAMP}` };
const SHIFT_NOW = `${ACTIVITY.id}-don-dep`;
const SHIFT_LATER = `${ACTIVITY.id}-hau-can`;

const vietnamToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const minutesFromNow = (minutes: number) => new Date(Math.ceil(Date.now() / 60_000) * 60_000 + minutes * 60_000).toISOString();

let setupCalls = 0;

/**
 * The API through the console's server, as an account (for the setup and to check what the
 * screens wrote). A busy platform's retryable refusals are tried again, under the same
 * Idempotency-Key, so a retry never applies a change twice.
 */
async function api<T>(account: { username: string; password: string }, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = `fld-setup-${STAMP}-${++setupCalls}`;
  const post = async (body: object, token?: string): Promise<Record<string, unknown>> => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${CONSOLE_URL}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { retryable?: boolean } }[] };
      const retryable = answer.errors?.some((error) => error.extensions?.retryable === true) ?? false;
      if (retryable && attempt < 5) {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        continue;
      }
      if (answer.errors?.length) throw new Error(`${query}: ${answer.errors.map((error) => error.message).join(' ')}`);
      if (!answer.data) throw new Error(`${query}: no data`);
      return answer.data;
    }
  };
  const signIn = await post({
    query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { accessToken } }',
    variables: { u: account.username, p: account.password },
  });
  const token = (signIn['signIn'] as { accessToken: string }).accessToken;
  return (await post({ query, variables }, token)) as T;
}

describe('team leaders and volunteers on a phone, through the real gateway with the demo data', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    const today = vietnamToday();
    const manager = DEMO.province;
    await api(manager, 'mutation($i: ProposeActivityInput!) { proposeActivity(input: $i) { id } }', {
      i: {
        activityId: ACTIVITY.id,
        name: ACTIVITY.name,
        organiserUnitId: SA_PA,
        location: { unitId: SA_PA, site: 'Quảng trường Sa Pa' },
        domains: ['social-security'],
        initiator: 'union',
        proposedOn: today,
        responsibleCadreId: 'demo-cb-07',
      },
    });
    await api(manager, 'mutation($i: PlanActivityInput!) { planActivity(input: $i) { id } }', {
      i: { activityId: ACTIVITY.id, startsOn: today, endsOn: today, plannedOn: today },
    });
    // A shift about to start (check-in opens an hour before), and one later for signing up and cancelling.
    for (const [shiftId, roleId, name, from, to] of [
      [SHIFT_NOW, 'don-dep', 'Dọn dẹp', 6, 180],
      [SHIFT_LATER, 'hau-can', 'Hậu cần', 240, 300],
    ] as const) {
      await api(manager, 'mutation($i: ScheduleShiftInput!) { scheduleShift(input: $i) { id } }', {
        i: {
          activityId: ACTIVITY.id,
          shiftId,
          startsAt: minutesFromNow(from),
          endsAt: minutesFromNow(to),
          capacity: 10,
          waitlist: true,
          role: { roleId, name },
        },
      });
    }
    // Sa Pa's volunteers, and the team leader (a volunteer too) on the first shift.
    for (const volunteerId of ['demo-tnv-13', 'demo-tnv-14', 'demo-tnv-15']) {
      await api(manager, 'mutation($i: SignUpForShiftInput!) { signUpForShift(input: $i) { id } }', { i: { shiftId: SHIFT_NOW, volunteerId } });
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  const withPage = async (run: (page: Page) => Promise<void>) => {
    const page = await newPage(browser, { phone: true });
    try {
      await run(page);
    } finally {
      await page.context().close();
    }
  };

  it("shows the day's shifts and the QR code, checks volunteers in offline, keeps them over a reload, and uploads them once online", () =>
    withPage(async (page) => {
      await signInAs(page, LEADER, '/field/today');
      await page.getByRole('heading', { name: 'Ca hôm nay', level: 1 }).waitFor();
      // A volunteer's account has its own menu, not the cadres' screens.
      const menu = page.getByRole('navigation', { name: 'Trình đơn chính' });
      // (On a phone the items fold into the menu's overflow.)
      await page.getByRole('link', { name: 'Điểm danh ca Dọn dẹp', exact: false }).first().waitFor();
      expect(await menu.getByRole('link', { name: 'Của tôi', includeHidden: true }).count()).toBeGreaterThan(0);
      expect(await menu.getByRole('link', { name: 'Ca hôm nay', includeHidden: true }).count()).toBeGreaterThan(0);
      expect(await menu.getByRole('link', { name: 'Báo cáo', includeHidden: true }).count()).toBe(0);
      const open = page.getByRole('link', { name: `Điểm danh ca Dọn dẹp, ${ACTIVITY.name}` });
      await open.waitFor();
      // One card for the activity, whatever shifts of it run today.
      expect(await page.getByText(ACTIVITY.name).count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'fld-01-today');

      await open.click();
      await page.getByRole('heading', { name: 'Điểm danh: Dọn dẹp', level: 1 }).waitFor();
      await page.getByRole('img', { name: 'Mã QR điểm danh của ca' }).waitFor();
      // 15 minutes, less what passed since the API made it.
      expect(await page.getByTestId('qr-time-left').innerText()).toMatch(/Mã còn hiệu lực: 1[45]:\d\d/);
      const loan = 'Trịnh Thị Loan (mẫu)';
      const minh = 'Cao Văn Minh (mẫu)';
      await page.getByText(loan).waitFor();
      await page.getByText(minh).waitFor();
      await page.getByText('Trên máy chủ: 0 bản ghi, 0 tình nguyện viên (0 tự quét mã).').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'fld-02-shift-qr');

      // No network: the taps are kept on the phone at once.
      await page.context().setOffline(true);
      await page.getByRole('button', { name: `Điểm danh vào: ${loan}` }).click();
      await page.getByRole('button', { name: `Điểm danh vào: ${minh}` }).click();
      await page.getByText('Chờ gửi: 2').waitFor();
      await page.getByText('Ngoại tuyến: sẽ gửi khi có mạng.').waitFor();
      expect(await page.getByTestId('last-demo-tnv-14').innerText()).toMatch(/Vào lúc \d\d:\d\d chờ gửi/);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'fld-03-offline-queued');

      // The page itself needs the network to load (no service worker), so the reload happens with
      // the network back but the API still unreachable: the list and the queue come from IndexedDB.
      await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
      await page.context().setOffline(false);
      await page.reload();
      await page.getByText(/Đang ngoại tuyến: danh sách đã lưu trên máy/).waitFor();
      await page.getByText('Chờ gửi: 2').waitFor();
      await page.getByText(loan).waitFor();
      expect(await page.getByTestId('last-demo-tnv-15').innerText()).toMatch(/Vào lúc \d\d:\d\d chờ gửi/);
      await screenshot(page, 'fld-04-reloaded-api-unreachable');

      // The API is back: the queued batch goes up (the sync loop retries; "Gửi ngay" does it now).
      await page.unroute('**/graphql');
      await page.getByRole('button', { name: 'Gửi ngay' }).click();
      await page.getByText('Đã gửi: 2').waitFor();
      await page.getByText('Chờ gửi: 0').waitFor();
      expect(await page.getByTestId('last-demo-tnv-14').innerText()).toMatch(/đã gửi/);
      await page.getByText('Trên máy chủ: 2 bản ghi, 2 tình nguyện viên (0 tự quét mã).').waitFor();
      // Online again: the list is the API's again, and the QR code is back.
      await page.getByText(/Đang ngoại tuyến/).waitFor({ state: 'hidden' });
      await page.getByRole('img', { name: 'Mã QR điểm danh của ca' }).waitFor();
      const { shiftAttendance } = await api<{ shiftAttendance: { recordCount: number; volunteerCount: number } }>(
        LEADER,
        'query($s: ID!) { shiftAttendance(shiftId: $s) { recordCount volunteerCount } }',
        { s: SHIFT_NOW },
      );
      expect(shiftAttendance).toEqual({ recordCount: 2, volunteerCount: 2 });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'fld-05-uploaded');
    }));

  it('lets a volunteer sign up and cancel, check in with the shift’s code, see the hours and download their data', () =>
    withPage(async (page) => {
      await signInAs(page, LEADER, '/field/me');
      await page.getByRole('heading', { name: 'Của tôi', level: 1 }).waitFor();

      // Sign up for the later shift, then cancel it.
      await page.getByRole('button', { name: `Đăng ký ca Hậu cần, ${ACTIVITY.name}` }).click();
      const signUps = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: 'Ca tôi đã đăng ký' }) });
      const laterRow = signUps.getByTestId(`sign-up-${SHIFT_LATER}`);
      await laterRow.getByText(ACTIVITY.name).waitFor();
      await laterRow.getByText('Đã xác nhận').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'fld-06-my-sign-ups');
      await laterRow.getByRole('button', { name: 'Huỷ đăng ký' }).click();
      const dialog = page.getByRole('dialog', { name: 'Huỷ đăng ký ca' });
      await dialog.getByLabel('Lý do (không bắt buộc)').fill('Bận việc gia đình');
      await dialog.getByRole('button', { name: 'Huỷ đăng ký' }).click();
      await laterRow.getByText('Đã huỷ').waitFor();

      // Check in and out with the code the leader's phone shows (typed, as without a camera).
      const { shiftCheckInCode } = await api<{ shiftCheckInCode: { code: string } }>(LEADER, 'query($s: ID!) { shiftCheckInCode(shiftId: $s) { code } }', {
        s: SHIFT_NOW,
      });
      await page.getByRole('link', { name: 'Điểm danh bằng mã của ca' }).click();
      await page.getByRole('heading', { name: 'Điểm danh bằng mã', level: 1 }).waitFor();
      // Validated before sending.
      await page.getByRole('button', { name: 'Gửi điểm danh' }).click();
      await page.getByText('Nhập hoặc quét mã của ca.').waitFor();
      // A code altered on the way: the API's own refusal, on the field.
      await page.getByLabel('Mã của ca').fill(`${shiftCheckInCode.code.slice(0, -3)}AAA`);
      await page.getByRole('button', { name: 'Gửi điểm danh' }).click();
      await page.getByText('Mã QR không phải mã điểm danh của ca này.').waitFor();
      await page.getByLabel('Mã của ca').fill(shiftCheckInCode.code);
      await page.getByRole('button', { name: 'Gửi điểm danh' }).click();
      await page.getByText('Đã ghi nhận điểm danh Vào.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'fld-07-code-check-in');
      await page.locator('label.ant-radio-button-wrapper', { hasText: 'Ra' }).click();
      expect(await page.getByRole('radio', { name: 'Ra' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Gửi điểm danh' }).click();
      await page.getByText('Đã ghi nhận điểm danh Ra.').waitFor();

      // The hours count that shift now.
      await page.getByRole('main').getByRole('link', { name: 'Của tôi' }).click();
      const hours = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: 'Giờ tình nguyện' }) });
      await hours.getByRole('row').filter({ hasText: 'Dọn dẹp' }).filter({ hasText: ACTIVITY.name }).waitFor();
      await page.getByTestId('total-hours').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'fld-08-my-hours');

      // The data export, as a JSON file about this volunteer.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải dữ liệu của tôi (JSON)' }).click()]);
      expect(download.suggestedFilename()).toBe('demo-tnv-13-data.json');
      const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { subjectId: string };
      expect(exported.subjectId).toBe('demo-tnv-13');
    }));
});
