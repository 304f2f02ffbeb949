// The network screens (groups, partners, agreements, needs and matches) in Chromium, through the
// real gateway with the demo data. Every flow that creates something names it uniquely per run, so
// the file passes on a fresh demo load and when rerun on a platform it already ran on.
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { CONSOLE_URL, DEMO, launchBrowser, newPage, screenshot, signInAs, UNITS } from './browser';

const LEADER = { username: 'demo.doitruong', password: 'DemoDoiTruong2025!' } as const;
const OTHER_PROVINCE = { username: 'demo.tinhkhac', password: 'DemoTuyenQuang2025!' } as const;
const PHUONG_SA_PA = 'demo-phuong-sa-pa';
// Smaller for each later run: a list by name shows this run's entities first among the tests' ones (the API pages 25 at a time).
const RUN = (36 ** 9 - Date.now()).toString(36);

/** A GraphQL call through the console's server (the same origin the screens use), as a demo account. */
async function graphqlAs(account: { username: string; password: string }, query: string, variables: Record<string, unknown> = {}) {
  const call = async (body: object, token?: string) => {
    const response = await fetch(`${CONSOLE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (json.errors?.length) throw new Error(json.errors.map((error) => error.message).join(' '));
    return json.data ?? {};
  };
  const signIn = () =>
    call({
      query: 'mutation SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { accessToken } }',
      variables: account,
    });
  // One more try after a moment when the platform, shared by the suites, is briefly busy.
  const session = await signIn().catch(async () => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return signIn();
  });
  return call({ query, variables }, (session['signIn'] as { accessToken: string }).accessToken);
}

/** Picks an option of an Ant Design select opened from its labelled field. */
async function choose(page: Page, label: string | RegExp, option: string) {
  await page.getByRole('dialog').getByLabel(label).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Types a date into an Ant Design date picker and confirms it. */
async function typeDate(page: Page, label: string, date: string) {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('the network screens in Chromium, through the real gateway with the demo data', () => {
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

  it("lists the province's groups with its subtree and totals, finds one without accents, and verifies a group its leader registered", () =>
    withPage(async (page) => {
      // A leader registers his own group from his phone (through the API): pending until Sa Pa's managers, or the province's, verify it.
      const name = `Nhóm Tình nguyện Đường mòn Sa Pa ${RUN} (thử nghiệm)`;
      await graphqlAs(LEADER, 'mutation Register($input: SelfRegisterGroupInput!) { selfRegisterGroup(input: $input) { id } }', {
        input: {
          name,
          kind: 'group',
          origin: 'self-formed',
          proposedHostUnitId: PHUONG_SA_PA,
          fields: ['environment-climate-change'],
          leaderPersonIds: ['demo-tnv-13'],
          size: 8,
        },
      });

      await signInAs(page, DEMO.province, `/units/${UNITS.laoCai}/network`);
      await page.getByRole('heading', { level: 1, name: /Mạng lưới – .*Lào Cai/ }).waitFor();
      const panel = page.getByRole('tabpanel');
      // The demo's clubs, hosted by the communes below the province (the subtree is included).
      await panel.getByText('Câu lạc bộ Thanh niên tình nguyện biên giới xã Y Tý (mẫu)').waitFor();
      await panel.getByText(/Chờ xác minh: \d+/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'net-01-groups');

      // Accent-insensitive search within the loaded pages.
      await panel.getByRole('searchbox').fill('huong dan vien tre');
      await panel.getByText('Nhóm Hướng dẫn viên trẻ tình nguyện Sa Pa (mẫu)').waitFor();
      expect(await panel.locator('tbody tr.ant-table-row').count()).toBe(1);
      await panel.getByRole('searchbox').fill('');

      // Only the pending ones: ours is there; verifying it makes it active (the totals count every page).
      const activeTotal = async () => Number((await panel.getByText(/^Đang hoạt động: \d+$/).innerText()).replace(/\D/g, ''));
      const activeBefore = await activeTotal();
      await panel.getByRole('combobox', { name: 'Lọc theo trạng thái' }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Chờ xác minh' }).click();
      const row = panel.locator('tbody tr').filter({ hasText: name });
      await row.waitFor();
      await panel.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
      expect(await panel.locator('tbody tr.ant-table-row').filter({ hasNotText: 'Chờ xác minh' }).count()).toBe(0);
      await screenshot(page, 'net-02-groups-pending');
      await row.getByRole('button', { name: `Xác minh: ${name}` }).click();
      await page.getByText('Đã xác minh nhóm.').waitFor();
      await row.waitFor({ state: 'detached' });
      await panel.getByText(`Đang hoạt động: ${activeBefore + 1}`, { exact: true }).waitFor();
    }));

  it('registers a partner, checked before sending, then signs an agreement with it and terminates it', () =>
    withPage(async (page) => {
      const partner = `Công ty TNHH Thử nghiệm Mạng lưới ${RUN}`;
      const sent: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql') && request.postData()?.includes('NetworkRegisterPartner')) sent.push(request.url());
      });
      await signInAs(page, DEMO.province, `/units/${UNITS.laoCai}/network?tab=partners`);
      const panel = page.getByRole('tabpanel');
      await panel.getByText('Công ty Cổ phần May mặc Hoàng Liên (mẫu)').waitFor();

      // Nothing sent while the form is wrong (axe checks the form and the list behind it): the name and kind are missing, the website is not an address.
      await panel.getByRole('button', { name: 'Đăng ký đối tác' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Trang web').fill('maymac.example');
      await dialog.getByRole('button', { name: 'Đăng ký đối tác' }).click();
      await dialog.getByText('Nhập tên tổ chức.').waitFor();
      await dialog.getByText('Chọn loại hình.').waitFor();
      await dialog.getByText('Trang web bắt đầu bằng http:// hoặc https://').waitFor();
      expect(sent).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'net-03-partner-invalid');

      await dialog.getByLabel('Tên tổ chức').fill(partner);
      await choose(page, 'Loại hình', 'Doanh nghiệp');
      await dialog.getByLabel('Trang web').fill('https://thu-nghiem.example');
      // Enter submits the form.
      await dialog.getByLabel('Trang web').press('Enter');
      await page.getByText('Đã đăng ký đối tác.').waitFor();
      await panel.locator('tbody tr').filter({ hasText: partner }).getByText('Doanh nghiệp').waitFor();
      expect(sent).toHaveLength(1);
      await screenshot(page, 'net-04-partner-registered');

      // An agreement with the new partner, led by the province, in force from today's date on the server.
      await page.getByRole('tab', { name: 'Thoả thuận hợp tác' }).click();
      await panel.getByText(/Biên bản ghi nhớ hợp tác hỗ trợ học sinh/).waitFor();
      const today = (await panel.getByRole('textbox', { name: 'Tính đến ngày' }).inputValue()).trim();
      expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await panel.getByRole('button', { name: 'Ký thoả thuận' }).click();
      const title = `Thoả thuận thử nghiệm ${RUN}`;
      await choose(page, 'Đối tác', partner);
      await dialog.getByLabel('Tên thoả thuận').fill(title);
      await dialog.getByLabel('Phạm vi hợp tác').fill('Hỗ trợ áo ấm cho học sinh vùng cao');
      await choose(page, 'Lĩnh vực', 'Chăm sóc, giáo dục trẻ em');
      await page.keyboard.press('Escape');
      await typeDate(page, 'Ngày ký', today);
      await typeDate(page, 'Có hiệu lực từ', today);
      await typeDate(page, 'Hết hiệu lực sau ngày', `${Number(today.slice(0, 4)) + 1}-12-31`);
      await dialog.getByLabel('Nội dung').fill('Áo ấm');
      await dialog.getByLabel('Số lượng').fill('100');
      await dialog.getByLabel('Đơn vị tính').fill('chiếc');
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Ký thoả thuận' }).click();
      await page.getByText('Đã ghi nhận thoả thuận.').waitFor();
      const row = panel.locator('tbody tr').filter({ hasText: title });
      await row.getByText('Đang có hiệu lực').waitFor();
      await row.getByText(partner).waitFor();
      await screenshot(page, 'net-05-agreement-signed');

      // Terminated from tomorrow (a notice): still in force today, terminated as of the day after.
      await row.getByRole('button', { name: `Chấm dứt: ${title}` }).click();
      const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      await typeDate(page, 'Ngày bắt đầu không còn hiệu lực', tomorrow);
      await dialog.getByLabel('Lý do').fill('Thử nghiệm kết thúc');
      await dialog.getByLabel('Lý do').press('Enter');
      await page.getByText('Đã chấm dứt thoả thuận.').waitFor();
      await row.getByText(`chấm dứt từ ${tomorrow}`).waitFor();
    }));

  it('raises a need, proposes the best candidate, accepts it and records the delivery that fulfils it', () =>
    withPage(async (page) => {
      const description = `Chăn ấm cho điểm trường thử nghiệm ${RUN}`;
      await signInAs(page, DEMO.province, `/units/${UNITS.laoCai}/network?tab=needs`);
      const panel = page.getByRole('tabpanel');
      await panel.getByRole('button', { name: 'Nêu nhu cầu' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Nêu nhu cầu' }).click();
      await dialog.getByText('Nhập nội dung nhu cầu.').waitFor();
      await dialog.getByLabel('Nội dung nhu cầu').fill(description);
      await dialog.getByLabel('Số lượng').fill('40');
      await dialog.getByLabel(/Đơn vị tính/).fill('chiếc');
      await choose(page, 'Lĩnh vực', 'Chăm sóc, giáo dục trẻ em');
      await page.keyboard.press('Escape');
      // Within the demo partner's agreement (2026-04-01 to 2028-12-31). Enter submits the form: the end date is still missing.
      await typeDate(page, 'Từ ngày', '2027-01-05');
      await dialog.locator('#to_help').getByText('Chọn ngày.').waitFor();
      // The start date's error from the empty submit goes once it is filled (antd fades it out).
      await dialog.locator('#from_help').getByText('Chọn ngày.').waitFor({ state: 'hidden' });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'net-06-need-form');
      await typeDate(page, 'Đến ngày', '2027-01-25');

      // The need's own page: open, nothing committed yet, candidates best first.
      await page.getByRole('heading', { level: 1, name: description }).waitFor();
      await page.getByTestId('need-status').getByText('Đang mở').waitFor();
      const candidates = page.getByRole('table', { name: 'Có thể đáp ứng (phù hợp nhất trước)' });
      const rows = candidates.locator('tbody tr.ant-table-row');
      await rows.first().waitFor();
      const scores = (await rows.locator('td:nth-child(2)').allInnerTexts()).map((text) => Number(text.replace(/\./g, '').replace(',', '.')));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      await candidates.getByText('Công ty Cổ phần May mặc Hoàng Liên (mẫu)').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'net-07-need-candidates');

      const best = (await rows.first().locator('td').first().innerText()).replace(/^[^:]+:\s*/, '');
      await rows
        .first()
        .getByRole('button', { name: /^Đề xuất/ })
        .click();
      await expect(dialog.getByLabel('Số lượng').inputValue()).resolves.toBe('40');
      await dialog.getByRole('button', { name: 'Đề xuất' }).click();
      await page.getByText('Đã đề xuất.', { exact: true }).waitFor();
      const matches = page.getByRole('table', { name: 'Các đề xuất đáp ứng' });
      const match = matches.locator('tbody tr.ant-table-row').filter({ hasText: best });
      await match.getByText('Đã đề xuất').waitFor();

      await match.getByRole('button', { name: 'Nhận' }).click();
      await match.getByText('Đã nhận').waitFor();
      await page.getByTestId('need-quantities').getByText('40').first().waitFor();

      await match.getByRole('button', { name: 'Ghi nhận đã trao' }).click();
      await expect(dialog.getByLabel('Số lượng đã trao').inputValue()).resolves.toBe('40');
      await dialog.getByRole('button', { name: 'Ghi nhận đã trao' }).click();
      await page.getByTestId('need-status').getByText('Đã đáp ứng').waitFor();
      await match.getByText('Đã trao').waitFor();
      await page.getByText(/Đáp ứng đủ ngày \d{4}-\d{2}-\d{2}/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'net-08-need-fulfilled');

      // Back on the unit's needs, filtered to the fulfilled ones.
      await page.getByRole('link', { name: 'Về mạng lưới của đơn vị' }).click();
      await panel.getByRole('combobox', { name: 'Lọc theo trạng thái' }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Đã đáp ứng' }).click();
      await panel.locator('tbody tr.ant-table-row').first().getByText('Đã đáp ứng').waitFor();
      await panel.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
      expect(await panel.locator('tbody tr.ant-table-row').filter({ hasNotText: 'Đã đáp ứng' }).count()).toBe(0);
    }));

  it("shows the API's refusal to another province's manager", () =>
    withPage(async (page) => {
      await signInAs(page, OTHER_PROVINCE, `/units/${UNITS.laoCai}/network?tab=needs`);
      const alert = page.getByRole('tabpanel').getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('Bạn không có quyền thực hiện thao tác này.');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'net-09-refused');
      // In English, the API's message too (the gateway localises it).
      await page.getByRole('button', { name: 'EN' }).click();
      await page.getByRole('heading', { level: 1, name: /^Network/ }).waitFor();
      await page.getByRole('tab', { name: 'Needs' }).waitFor();
      await page.getByRole('tabpanel').getByRole('alert').getByText('You are not allowed to do this.').waitFor();
      await page.getByRole('button', { name: 'VI' }).click();
      await page.getByRole('tab', { name: 'Nhu cầu' }).waitFor();

      // The demo's need in Y Tý is not theirs to read, nor to act on.
      await page.goto(`${CONSOLE_URL}/network/needs/demo-nc-ao-am-y-ty-2026`);
      await page.getByText('Không tìm thấy nhu cầu, hoặc bạn không có quyền xem.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }));
});
