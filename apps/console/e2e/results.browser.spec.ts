import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { CONSOLE_URL, DEMO, launchBrowser, newPage, screenshot, signInAs, UNITS } from './browser';

/** Demo ids (tools/demo/demo-campaigns.ts): Y Tý's summer road, whose one shift has 8 check-ins and check-outs of 4 volunteers. */
const ROAD = 'demo-hd-duong-ngai-thau';

/** A GraphQL call through the console's own server (one origin, as the browser makes it). */
async function api<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  options: { token?: string; consistency?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'vi' };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.consistency) headers['tn-consistency-token'] = options.consistency;
  const response = await fetch(`${CONSOLE_URL}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}: ${(body.errors ?? []).map((error) => error.message).join('; ')}`);
  return body.data;
}

const signInToken = async (username: string, password: string) =>
  (
    await api<{ signIn: { accessToken: string } }>('mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { accessToken } }', {
      u: username,
      p: password,
    })
  ).signIn.accessToken;

/** A day in Vietnam, offset from today (the test's setup dates its own campaign around now). */
const day = (offset: number) => new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Opens the public verification address until it says `expected`: a signed-out reader sends no
 * consistency token, so the gateway's certificates read model may take a moment to show the last write.
 */
async function verifyUntil(page: Page, url: string, expected: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    await page.goto(url);
    const said = page.getByText(/^(Giấy chứng nhận hợp lệ|Không xác minh được giấy chứng nhận)$/).first();
    await said.waitFor();
    if ((await said.innerText()) === expected) return;
    const detail = await page.getByText(expected).count();
    if (detail > 0) return;
    if (attempt === 20) throw new Error(`${url} still says: ${await page.locator('main').innerText()}`);
    await page.waitForTimeout(500);
  }
}

describe('results of campaign work in Chromium: attendance, outputs and certificates (demo data, Y Tý)', () => {
  let browser: Browser;
  // Unique per run: this run's volunteer, campaign, activity and shift (the demo keeps what earlier runs made).
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const volunteerId = `res-tnv-${run}`;
  const volunteerName = `Giàng Thị Mỷ ${run}`;
  const campaignId = `res-cd-${run}`;
  const campaignName = `Tình nguyện cuối tuần ${run}`;
  const activityId = `res-hd-${run}`;
  const shiftId = `res-ca-${run}`;
  const account = { username: `res.${run}`, password: `Res-${run}-Pass2026!` };

  beforeAll(async () => {
    browser = await launchBrowser();
    // Y Tý's manager sets the stage through the API: a volunteer with a sign-in account, a campaign whose
    // certificate needs 1 hour in 1 activity, its started activity and a shift two days ago.
    const token = await signInToken(DEMO.commune.username, DEMO.commune.password);
    let last: string | undefined;
    const send = async (mutation: string, input: Record<string, unknown>, as = token) => {
      const data = await api<Record<string, { consistencyToken: string }>>(mutation, { input }, { token: as, consistency: last });
      last = Object.values(data)[0]?.consistencyToken;
    };
    await send('mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { consistencyToken } }', {
      volunteerId,
      fullName: volunteerName,
      dateOfBirth: '2001-04-05',
      phone: '0912000111',
      email: `${volunteerId}@example.vn`,
      homeUnitId: UNITS.yTy,
      consents: [{ purpose: 'registry', givenAt: new Date().toISOString() }],
      registeredOn: day(0),
    });
    await send('mutation ($input: LaunchCampaignInput!) { launchCampaign(input: $input) { consistencyToken } }', {
      campaignId,
      organiserUnitId: UNITS.yTy,
      launchedOn: day(-5),
      definition: {
        name: campaignName,
        kind: 'regular',
        domains: ['environment-climate-change'],
        startsOn: day(-5),
        endsOn: day(30),
        initiator: 'union',
        certificateCriteria: { minimumHours: 1, minimumActivities: 1 },
      },
    });
    await send('mutation ($input: ProposeActivityInput!) { proposeActivity(input: $input) { consistencyToken } }', {
      activityId,
      campaignId,
      organiserUnitId: UNITS.yTy,
      name: `Trồng cây bảo vệ rừng đầu nguồn ${run}`,
      domains: ['environment-climate-change'],
      initiator: 'union',
      location: { unitId: UNITS.yTy, site: 'Thôn Ngải Thầu' },
      responsibleCadreId: 'demo-cb-04',
      proposedOn: day(-4),
    });
    await send('mutation ($input: PlanActivityInput!) { planActivity(input: $input) { consistencyToken } }', {
      activityId,
      startsOn: day(-3),
      endsOn: day(10),
      plannedOn: day(-4),
    });
    await send('mutation ($input: PrepareActivityInput!) { prepareActivity(input: $input) { consistencyToken } }', { activityId, preparedOn: day(-3) });
    await send('mutation ($input: StartActivityInput!) { startActivity(input: $input) { consistencyToken } }', {
      activityId,
      startedAt: `${day(-2)}T07:00:00+07:00`,
    });
    await send('mutation ($input: ScheduleShiftInput!) { scheduleShift(input: $input) { consistencyToken } }', {
      shiftId,
      activityId,
      role: { roleId: 'trong-cay', name: 'Trồng cây' },
      startsAt: `${day(-2)}T07:00:00+07:00`,
      endsAt: `${day(-2)}T17:00:00+07:00`,
      capacity: 10,
      waitlist: false,
    });
    await send('mutation ($input: OpenAccountInput!) { openAccount(input: $input) { consistencyToken } }', {
      kind: 'volunteer',
      personId: volunteerId,
      username: account.username,
      password: account.password,
      openedOn: day(0),
      roles: [],
    });
    // The volunteer was not on the team leader's list: they ask for two corrections (one right, one wrong).
    const volunteerToken = await signInToken(account.username, account.password);
    await send(
      'mutation ($input: RequestAttendanceCorrectionInput!) { requestAttendanceCorrection(input: $input) { consistencyToken } }',
      {
        shiftId,
        reason: 'Đội trưởng quên điểm danh buổi sáng',
        addRecords: [
          { kind: 'check-in', at: `${day(-2)}T07:30:00+07:00` },
          { kind: 'check-out', at: `${day(-2)}T11:30:00+07:00` },
        ],
      },
      volunteerToken,
    );
    await send(
      'mutation ($input: RequestAttendanceCorrectionInput!) { requestAttendanceCorrection(input: $input) { consistencyToken } }',
      { shiftId, reason: 'Ở lại buổi chiều', addRecords: [{ kind: 'check-in', at: `${day(-2)}T13:00:00+07:00` }] },
      volunteerToken,
    );
    // A second shift, the day before, whose correction the manager approved already: the volunteer's
    // hours for the certificate (whatever the attendance test does with the first shift's).
    await send('mutation ($input: ScheduleShiftInput!) { scheduleShift(input: $input) { consistencyToken } }', {
      shiftId: `${shiftId}-b`,
      activityId,
      role: { roleId: 'trong-cay', name: 'Trồng cây' },
      startsAt: `${day(-1)}T07:00:00+07:00`,
      endsAt: `${day(-1)}T17:00:00+07:00`,
      capacity: 10,
      waitlist: false,
    });
    const requested = await api<{ requestAttendanceCorrection: { id: string; consistencyToken: string } }>(
      'mutation ($input: RequestAttendanceCorrectionInput!) { requestAttendanceCorrection(input: $input) { id consistencyToken } }',
      {
        input: {
          shiftId: `${shiftId}-b`,
          reason: 'Điểm danh bằng giấy',
          addRecords: [
            { kind: 'check-in', at: `${day(-1)}T08:00:00+07:00` },
            { kind: 'check-out', at: `${day(-1)}T12:00:00+07:00` },
          ],
        },
      },
      { token: volunteerToken, consistency: last },
    );
    last = requested.requestAttendanceCorrection.consistencyToken;
    await send('mutation ($input: ApproveAttendanceCorrectionInput!) { approveAttendanceCorrection(input: $input) { consistencyToken } }', {
      shiftId: `${shiftId}-b`,
      correctionId: requested.requestAttendanceCorrection.id,
    });
    // Everything written is readable before the browser opens it.
    await api('query ($id: ID!) { shift(id: $id) { id } }', { id: shiftId }, { token, consistency: last });
  }, 90_000);

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

  it('shows the demo shift’s attendance, and approves and rejects a volunteer’s corrections', () =>
    withPage(async (page) => {
      await signInAs(page, DEMO.commune, `/results/activities/${ROAD}`);
      await page.getByRole('heading', { name: /Kết quả hoạt động: Bê tông hóa đường vào thôn Ngải Thầu/ }).waitFor();
      const shift = page.getByRole('heading', { name: /Ca Lao động làm đường: 2026-07-11 07:00 – 2026-07-11 16:00/ });
      await shift.waitFor();
      const card = page.locator('.ant-card').filter({ has: shift });
      // 4 volunteers, in and out each: 8 records uploaded by the team leader.
      await expect(card.locator('.ant-descriptions-item-content').first().innerText()).resolves.toBe('8');
      await expect(card.locator('.ant-descriptions-item-content').nth(1).innerText()).resolves.toBe('4');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'res-01-attendance-demo-shift');

      await page.goto(`${CONSOLE_URL}/results/activities/${activityId}`);
      const morning = page.getByRole('row', { name: /Đội trưởng quên điểm danh buổi sáng/ });
      await morning.waitFor();
      await morning.getByText(volunteerName).waitFor();
      await expect(morning.innerText()).resolves.toMatch(/Thêm: vào lúc \d{4}-\d{2}-\d{2} 07:30/);
      await expect(morning.innerText()).resolves.toContain('Chờ duyệt');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'res-02-corrections-pending');

      await morning.getByRole('button', { name: 'Duyệt' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: 'Duyệt' }).click();
      await page.getByRole('row', { name: /Đội trưởng quên điểm danh buổi sáng.*Đã duyệt/ }).waitFor();

      // A rejection needs its reason: the form says so before sending.
      const afternoon = page.getByRole('row', { name: /Ở lại buổi chiều/ });
      await afternoon.getByRole('button', { name: 'Từ chối' }).click();
      const dialog = page.getByRole('dialog', { name: 'Từ chối đề nghị điều chỉnh' });
      await dialog.getByRole('button', { name: 'Từ chối' }).click();
      await dialog.getByText('Nhập lý do.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByLabel('Lý do').fill('Ca chiều không có trong kế hoạch');
      await dialog.getByLabel('Lý do').press('Enter');
      await page.getByRole('row', { name: /Ở lại buổi chiều.*Đã từ chối.*Ca chiều không có trong kế hoạch/ }).waitFor();
      await screenshot(page, 'res-03-corrections-decided');

      // The manager asks for a correction on the second shift himself: someone else must decide it.
      const second = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: new RegExp(`Ca Trồng cây: ${day(-1)} 07:00`) }) });
      await second.getByRole('button', { name: 'Đề nghị điều chỉnh' }).click();
      const request = page.getByRole('dialog', { name: 'Đề nghị điều chỉnh điểm danh' });
      await request.getByRole('button', { name: 'Đề nghị điều chỉnh' }).click();
      await request.getByText('Chọn tình nguyện viên.').waitFor();
      await request.getByText('Chọn thời điểm.').waitFor();
      await request.getByLabel('Tình nguyện viên').click();
      await page.locator('.ant-select-item-option', { hasText: volunteerName }).click();
      await request.getByLabel('Giờ ra').fill(`${day(-1)} 15:00`);
      await request.getByLabel('Giờ ra').press('Enter');
      await request.getByLabel('Lý do').fill('Về muộn để thu dọn dụng cụ');
      // The time picker's panel (its hour and minute lists fail axe) closes once the focus left it.
      await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' });
      expect(await seriousViolations(page)).toEqual([]);
      await request.getByRole('button', { name: 'Đề nghị điều chỉnh' }).click();
      const own = second.getByRole('row', { name: /Về muộn để thu dọn dụng cụ/ });
      await own.getByText('Chờ duyệt').waitFor();
      await expect(own.innerText()).resolves.toContain(`Thêm: ra lúc ${day(-1)} 15:00`);
      await own.getByRole('button', { name: 'Duyệt' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: 'Duyệt' }).click();
      await second.getByRole('alert').getByText('Người đề nghị không tự duyệt đề nghị điều chỉnh của mình.').waitFor();
      await screenshot(page, 'res-03b-own-correction-refused');
    }));

  it('records an output with its measures and a cash gift, and the activity’s and the campaign’s totals follow; withdraws it', () =>
    withPage(async (page) => {
      await signInAs(page, DEMO.commune, `/results/activities/${activityId}?tab=outputs`);
      const activityTotals = page.getByTestId('activity-totals');
      const campaignTotals = page.getByTestId('campaign-totals');
      await activityTotals.getByText('Công trình, phần việc: 0').waitFor();
      await campaignTotals.getByText('Công trình, phần việc: 0').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      // Nothing typed: the form names what is missing.
      const form = page.locator('form[id="record-output"]');
      await form.getByRole('button', { name: 'Ghi nhận công trình, phần việc' }).click();
      await form.getByText('Nhập tên.').waitFor();
      await form.getByText('Chọn ngày hoàn thành.').waitFor();

      await form.getByLabel('Tên công trình, phần việc').fill(`Trồng 300 cây keo ${run}`);
      await form.getByLabel('Ngày hoàn thành').fill(day(-1));
      await form.getByLabel('Ngày hoàn thành').press('Enter');
      await form.getByLabel('Chỉ số 1').click();
      await form.getByLabel('Chỉ số 1').fill('Cây xanh');
      await page.locator('.ant-select-item-option', { hasText: 'Cây xanh được trồng' }).click();
      await form.getByLabel('Giá trị 1').fill('300');
      await form.getByRole('button', { name: 'Ghi nhận công trình, phần việc' }).click();
      await activityTotals.getByText('Công trình, phần việc: 1').waitFor();
      await activityTotals.getByRole('row', { name: /Cây xanh được trồng\s+300 cây\s+1/ }).waitFor();
      await campaignTotals.getByRole('row', { name: /Cây xanh được trồng\s+300 cây\s+1/ }).waitFor();

      const resource = page.locator('form[id="record-resource"]');
      await resource.getByLabel('Ngày nhận').fill(day(-1));
      await resource.getByLabel('Ngày nhận').press('Enter');
      await resource.getByLabel('Số tiền (đồng)').fill('2500000');
      await resource.getByLabel('Tên tổ chức tài trợ').fill('Hợp tác xã chè Y Tý (mẫu)');
      await resource.getByRole('button', { name: 'Ghi nhận nguồn lực' }).click();
      await activityTotals.getByText(/Nguồn lực huy động: 2\.500\.000 đồng/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'res-04-outputs-recorded');

      // Withdrawn with a reason: it stops counting.
      await page
        .getByRole('row', { name: new RegExp(`Trồng 300 cây keo ${run}`) })
        .getByRole('button', { name: 'Rút lại' })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Lý do').fill('Ghi trùng với báo cáo của thôn');
      await dialog.getByRole('button', { name: 'Rút lại' }).click();
      await activityTotals.getByText('Công trình, phần việc: 0').waitFor();
      await page.getByRole('row', { name: new RegExp(`Trồng 300 cây keo ${run}.*Đã rút lại \\(Ghi trùng với báo cáo của thôn\\)`) }).waitFor();
      await campaignTotals.getByText('Công trình, phần việc: 0').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'res-05-output-withdrawn');
    }));

  it('issues a certificate, prints it with a QR code of its verification address, which verifies signed out; revoked, it no longer does', async () => {
    let verifyUrl = '';
    // The manager's page stays open while the holder prints and a stranger verifies.
    const manager = await newPage(browser);
    try {
      const page = manager;
      await signInAs(page, DEMO.commune, `/results/campaigns/${campaignId}`);
      await page.getByRole('heading', { name: `Giấy chứng nhận: ${campaignName}` }).waitFor();
      await page.getByText('Tối thiểu 1 giờ trong 1 hoạt động của chiến dịch').waitFor();
      // Found without accents.
      await page.getByLabel('Tìm kiếm').fill(`giang thi my ${run}`);
      const row = page.getByRole('row', { name: new RegExp(volunteerName) });
      await row.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await row.getByRole('button', { name: 'Cấp giấy chứng nhận' }).click();
      await row.getByText('Giấy chứng nhận Thanh niên tình nguyện: Đã cấp').waitFor();
      // Twice: the API's refusal, as it says it.
      await row.getByRole('button', { name: 'Cấp giấy chứng nhận' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Không thực hiện được' }).innerText()).resolves.toMatch(/cấp/i);
      // The campaign's list of what was issued names the holder.
      const issuedList = page.locator('.ant-card', { has: page.getByRole('heading', { name: 'Đã cấp trong chiến dịch' }) });
      const issuedRow = issuedList.getByRole('row', { name: new RegExp(volunteerName) });
      await issuedRow.getByText('Còn hiệu lực').waitFor();
      await screenshot(page, 'res-06-certificate-issued');

      // The holder finds it among their own certificates.
      await withPage(async (page) => {
        await signInAs(page, account, '/my/certificates');
        await page.getByRole('heading', { name: 'Giấy chứng nhận của tôi' }).waitFor();
        await page.getByText(/Tổng số giờ tình nguyện: \d+/).waitFor();
        await page.getByRole('link', { name: 'Bản in' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
      });

      // The manager prints it, with the QR code of its verification address.
      await withPage(async (page) => {
        await signInAs(page, DEMO.commune, `/results/campaigns/${campaignId}`);
        const printable = page.locator('.ant-card', { has: page.getByRole('heading', { name: 'Đã cấp trong chiến dịch' }) });
        await printable
          .getByRole('row', { name: new RegExp(volunteerName) })
          .getByRole('link', { name: 'Bản in' })
          .click();
        const qr = page.getByTestId('certificate-qr');
        await qr.waitFor();
        await page.getByTestId('holder').getByText(volunteerName).waitFor();
        await page.getByText(campaignName, { exact: false }).first().waitFor();
        // Decode the QR code from its pixels.
        const pixels = await qr.evaluate(async (element) => {
          const image = element as HTMLImageElement;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2D canvas');
          context.drawImage(image, 0, 0);
          const data = context.getImageData(0, 0, canvas.width, canvas.height);
          return { width: data.width, height: data.height, data: Array.from(data.data) };
        });
        const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
        expect(decoded?.data).toMatch(new RegExp(`^${CONSOLE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/verify\\?code=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));
        verifyUrl = decoded?.data ?? '';
        expect(await page.getByTestId('verify-url').innerText()).toBe(verifyUrl);
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, 'res-07-certificate-print');
        // Printed, only the certificate shows.
        await page.emulateMedia({ media: 'print' });
        expect(
          await page
            .locator('nav, header')
            .first()
            .evaluate((element) => getComputedStyle(element).visibility),
        ).toBe('hidden');
        expect(await qr.evaluate((element) => getComputedStyle(element).visibility)).toBe('visible');
        await screenshot(page, 'res-08-certificate-print-media');
      });

      // Anyone, signed out, opens the QR code's address.
      await withPage(async (page) => {
        await verifyUntil(page, verifyUrl, 'Giấy chứng nhận hợp lệ');
        await page.getByText(volunteerName).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, 'res-09-verify-valid');
      });

      // Revoked with a reason, the same address says so.
      await issuedRow.getByRole('button', { name: 'Thu hồi' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Thu hồi' }).click();
      await dialog.getByText('Nhập lý do.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByLabel('Lý do').fill('Cấp nhầm đợt');
      await dialog.getByLabel('Lý do').press('Enter');
      await issuedRow.getByText(/Thu hồi ngày/).waitFor();
      await row.getByText('Giấy chứng nhận Thanh niên tình nguyện: Đã thu hồi').waitFor();
      await screenshot(page, 'res-10-certificate-revoked');
    } finally {
      await manager.context().close();
    }
    await withPage(async (page) => {
      // The public check reads without the writer's consistency token: it may take a moment to see the revocation.
      await verifyUntil(page, verifyUrl, 'Giấy chứng nhận đã bị thu hồi.');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'res-11-verify-revoked');
    });
  }, 150_000);
});
