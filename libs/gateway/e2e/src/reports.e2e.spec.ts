import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Kafka, logLevel } from 'kafkajs';
import { REPORTING_CONTEXT } from '@tn/reporting-contracts';
import { eventTopicOf } from '@tn/shared-event-bus';
import { pdfPages } from '@tn/gateway-reporting/testing';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type GqlResponse, type Platform, startPlatform, tokenFor } from './harness';
import {
  type ActivityPlan,
  appointCadreMutation,
  createUnitMutation,
  declareValueMutation,
  indicatorKit,
  registerCadreMutation,
  str,
  vietnamToday,
} from './indicators.test-fixtures';

// Issue 17 through real servers: three communes of a province report for a year; one is returned
// and resubmits; the province approves them, then consolidates them in its own report, which a
// system administrator approves; a correction after approval shows as a difference until the
// province reopens the commune's report and approves its next submission; the XLSX and PDF
// exports hold the figures the API answers. The year reported is the last one, so its window is
// the province's schedule (set in the test), whatever day the suite runs.
describe('periodic reports and their approval chain through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('reports e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  const { gql, mutate, read, eventually, recordActivity } = indicatorKit(() => platform);

  const today = vietnamToday();
  const YEAR = Number(today.slice(0, 4)) - 1;
  const PERIOD = `Y${YEAR}`;
  const dayOffset = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  const province = id('lao-cai');
  const [xaA, xaB, xaC] = [id('xa-ta-van'), id('xa-ban-ho'), id('xa-lao-chai')];
  const otherProvince = id('yen-bai');
  const cadreA = id('cb-ta-van');
  /** A cadre proposed for commendation: personal data, which no reporting event may carry. */
  const CADRE_NAME = 'Giàng Thị Mỷ';

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const manager = (unitId: string) => tokenFor([{ role: 'unit-manager', unitId }], { sub: `acc-${unitId}` });
  const [provinceManager, managerA, managerB, managerC, otherManager] = [province, xaA, xaB, xaC, otherProvince].map(manager) as [
    string,
    string,
    string,
    string,
    string,
  ];

  const reportIdOf = (unitId: string) => `${unitId}:yearly:${PERIOD}`;
  const activity = (n: number, unitId: string, cadreId: string, proposedOn: string): ActivityPlan => ({
    activityId: id(`hd-${n}`),
    name: `Hoạt động tình nguyện số ${n}`,
    organiserUnitId: unitId,
    initiator: 'union',
    domains: ['social-security'],
    responsibleCadreId: cadreId,
    proposedOn,
  });

  interface Figure {
    indicatorId: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
  }
  interface Report {
    status: string;
    window: { opensOn: string; dueOn: string; closesOn: string };
    submissions: number;
    onTime: boolean | null;
    sections: { key: string; narrative: string }[];
    commendations: { subjectKind: string; subjectId: string; subjectName: string | null; award: string }[];
    prefill: Figure[];
    declaredValues: { key: string; value: number }[];
    submittedValues: Figure[];
    approvedValues: Figure[];
    changesSinceApproval: { indicatorId: string; approved: number | null; current: number | null; difference: number | null }[];
    children: { unitId: string; status: string; onTime: boolean | null; valuesFrom: string; values: Figure[] }[];
    consolidated: { indicatorId: string; value: number | null; numerator: number | null; denominator: number | null; unitsCounted: number }[];
    history: { action: string; by: string; text: string | null; submission: number | null }[];
  }
  const FIGURE = 'indicatorId value numerator denominator';
  const reportQuery = (unitId: string, approvedOnly = false) =>
    `{ report(unitId: "${unitId}", templateId: "yearly", period: "${PERIOD}", approvedOnly: ${approvedOnly}) { status window { opensOn dueOn closesOn } submissions onTime sections { key narrative } commendations { subjectKind subjectId subjectName award } prefill { ${FIGURE} } declaredValues { key value } submittedValues { ${FIGURE} } approvedValues { ${FIGURE} } changesSinceApproval { indicatorId approved current difference } children { unitId status onTime valuesFrom values { ${FIGURE} } } consolidated { indicatorId value numerator denominator unitsCounted } history { action by text submission } } }`;
  const reportOf = async (unitId: string, token: string, consistency: string[] = [], approvedOnly = false): Promise<Report> =>
    (await read(reportQuery(unitId, approvedOnly), token, consistency))['report'] as Report;
  const k2 = (figures: Figure[]) => figures.find((figure) => figure.indicatorId === 'k2');

  const narrative = (unitName: string) => `${unitName} tổ chức các hoạt động tình nguyện năm ${YEAR}.\nHỗ trợ thôn bản khó khăn, giữ gìn vệ sinh môi trường.`;
  const draftMutation = (unitId: string, unitName: string, commendations = '') =>
    `mutation { saveReportDraft(input: { unitId: "${unitId}", templateId: "yearly", period: "${PERIOD}", sections: [{ key: "results", narrative: ${str(narrative(unitName))} }, { key: "recommendations", narrative: "Đề nghị Tỉnh đoàn hỗ trợ kinh phí." }], commendations: [${commendations}] }) { consistencyToken } }`;
  const submitMutation = (unitId: string) =>
    `mutation { submitReport(input: { unitId: "${unitId}", templateId: "yearly", period: "${PERIOD}" }) { consistencyToken } }`;
  const returnMutation = (unitId: string, comment: string) =>
    `mutation { returnReport(input: { reportId: "${reportIdOf(unitId)}", comment: ${str(comment)} }) { consistencyToken } }`;
  const approveMutation = (unitId: string) =>
    `mutation { approveReport(input: { reportId: "${reportIdOf(unitId)}", comment: "Đồng ý" }) { consistencyToken } }`;
  const reopenMutation = (unitId: string, reason: string) =>
    `mutation { reopenReport(input: { reportId: "${reportIdOf(unitId)}", reason: ${str(reason)} }) { consistencyToken } }`;
  const scheduleMutation = (dueOn: string) =>
    `mutation { scheduleReports(input: { unitId: "${province}", templateId: "yearly", period: "${PERIOD}", opensOn: "${YEAR}-12-01", dueOn: "${dueOn}", closesOn: "${dayOffset(60)}" }) { consistencyToken } }`;

  /** Every write so far: a read names them so the gateway waits for what it must show. */
  const written: string[] = [];
  const write = async (query: string, token: string): Promise<string> => {
    const consistencyToken = await mutate(query, token, written);
    written.push(consistencyToken);
    return consistencyToken;
  };

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true, reporting: true });
    const from = `${YEAR}-01-01`;
    await write(createUnitMutation({ unitId: province, nameVi: 'Tỉnh đoàn Lào Cai', parentId: null, levelLabel: 'Tỉnh đoàn' }, from), admin);
    await write(createUnitMutation({ unitId: otherProvince, nameVi: 'Tỉnh đoàn Yên Bái', parentId: null, levelLabel: 'Tỉnh đoàn' }, from), admin);
    for (const [unitId, nameVi] of [
      [xaA, 'Đoàn xã Tả Van'],
      [xaB, 'Đoàn xã Bản Hồ'],
      [xaC, 'Đoàn xã Lao Chải'],
    ] as const) {
      await write(createUnitMutation({ unitId, nameVi, parentId: province, levelLabel: 'Đoàn xã' }, from), admin);
    }
    const cadreB = id('cb-ban-ho');
    for (const [cadreId, name, unitId] of [
      [cadreA, CADRE_NAME, xaA],
      [cadreB, 'Lù Văn Sáng', xaB],
    ] as const) {
      await write(registerCadreMutation(cadreId, name, unitId, `${YEAR}-01-02`), admin);
      await write(appointCadreMutation(cadreId, unitId, 'Bí thư', true, `${YEAR}-01-02`), admin);
    }
    // Tả Van held 4 activities and recorded 2; Bản Hồ 2 and 1; Lao Chải 1 and none: K2 50 %, 50 %, 0 %.
    written.push(await recordActivity(activity(1, xaA, cadreA, `${YEAR}-03-05`), admin, written));
    written.push(await recordActivity(activity(2, xaA, cadreA, `${YEAR}-06-10`), admin, written));
    written.push(await recordActivity(activity(3, xaB, cadreB, `${YEAR}-08-20`), admin, written));
    for (const [unitId, held] of [
      [xaA, 4],
      [xaB, 2],
      [xaC, 1],
    ] as const) {
      await write(declareValueMutation(unitId, PERIOD, held), manager(unitId));
    }
  }, 600_000);

  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  it("shows a commune's report before it is begun: the province's window, the figures it will carry and what it declared", async () => {
    await write(scheduleMutation(dayOffset(10)), provinceManager);
    const report = await eventually(
      () => reportOf(xaA, managerA, written),
      (answer) => k2(answer.prefill)?.numerator === 2,
    );
    expect(report).toMatchObject({
      status: 'none',
      window: { opensOn: `${YEAR}-12-01`, dueOn: dayOffset(10), closesOn: dayOffset(60) },
      submissions: 0,
      declaredValues: [{ key: 'activities-held', value: 4 }],
    });
    expect(k2(report.prefill)).toEqual({ indicatorId: 'k2', value: 50, numerator: 2, denominator: 4 });
    expect(report.sections.map((section) => section.key)).toEqual(['results', 'limitations', 'next-tasks', 'recommendations']);
    // The province consolidates: it is due ten days after its communes.
    expect((await reportOf(province, provinceManager)).window.dueOn).toBe(dayOffset(20));
    // A commune's own schedule is for the units below it: it never moves its own deadline.
    const ownSchedule = scheduleMutation(dayOffset(40)).replace(`unitId: "${province}"`, `unitId: "${xaA}"`);
    await write(ownSchedule, managerA);
    expect((await reportOf(xaA, managerA, written)).window.dueOn).toBe(dayOffset(10));
  }, 240_000);

  it("refuses another province's manager as it refuses an unknown report, and a commune approving its own", async () => {
    for (const query of [
      reportQuery(xaA),
      draftMutation(xaA, 'Đoàn xã Tả Van'),
      approveMutation(xaA),
      `{ report(unitId: "${id('khong-co')}", templateId: "yearly", period: "${PERIOD}") { status } }`,
    ]) {
      const answer = await gql(query, { token: otherManager });
      expect({ query, code: errorOf(answer).code }).toEqual({ query, code: 'FORBIDDEN' });
    }
    expect(errorOf(await gql(approveMutation(xaA), { token: managerA })).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(scheduleMutation(dayOffset(5)), { token: managerA })).code).toBe('FORBIDDEN');
  });

  it('names bad input in Vietnamese and English, and records nothing', async () => {
    const unknownTemplate = `mutation { saveReportDraft(input: { unitId: "${xaA}", templateId: "monthly", period: "${PERIOD}", sections: [], commendations: [] }) { consistencyToken } }`;
    const [vi, en] = [await gql(unknownTemplate, { token: managerA, language: 'vi' }), await gql(unknownTemplate, { token: managerA, language: 'en' })];
    expect(errorOf(vi)).toEqual({ code: 'REPORT_QUERY.TEMPLATE_UNKNOWN', field: 'templateId' });
    expect(vi.errors![0]!.message).toContain('mẫu báo cáo');
    expect(en.errors![0]!.message).toContain('report template');
    const unknownSection = draftMutation(xaA, 'Đoàn xã Tả Van').replace('key: "recommendations"', 'key: "ket-luan"');
    expect(errorOf(await gql(unknownSection, { token: managerA })).code).toBe('REPORT.SECTION_UNKNOWN');
    const notDrafted = await gql(submitMutation(xaA), { token: managerA });
    expect(errorOf(notDrafted).code).toBe('REPORT.NOT_FOUND');
    expect((await reportOf(xaA, managerA)).status).toBe('none');
  });

  it('takes the three communes’ drafts and submissions (one late, after the province moves the deadline), and refuses the province’s until they are approved', async () => {
    const proposal = `{ proposalId: "kt-1", subjectKind: "person", subjectId: "${cadreA}", award: "giay-khen", reason: "Tích cực trong phong trào tình nguyện" }`;
    await write(draftMutation(xaA, 'Đoàn xã Tả Van', proposal), managerA);
    await write(draftMutation(xaB, 'Đoàn xã Bản Hồ'), managerB);
    await write(draftMutation(xaC, 'Đoàn xã Lao Chải'), managerC);
    await write(submitMutation(xaA), managerA);
    await write(submitMutation(xaB), managerB);
    // The province brings the deadline forward to yesterday: Lao Chải's submission is late.
    await write(scheduleMutation(dayOffset(-1)), provinceManager);
    await write(submitMutation(xaC), managerC);

    const [a, c] = [await reportOf(xaA, provinceManager, written), await reportOf(xaC, provinceManager, written)];
    expect(a).toMatchObject({ status: 'submitted', submissions: 1, onTime: true });
    expect(k2(a.submittedValues)).toEqual({ indicatorId: 'k2', value: 50, numerator: 2, denominator: 4 });
    expect(a.sections.find((section) => section.key === 'results')?.narrative).toBe(narrative('Đoàn xã Tả Van'));
    // The province's manager reads cadres: the person proposed shows by name.
    expect(a.commendations).toEqual([{ subjectKind: 'person', subjectId: cadreA, subjectName: CADRE_NAME, award: 'giay-khen' }]);
    expect(c).toMatchObject({ status: 'submitted', onTime: false });
    expect(k2(c.submittedValues)).toEqual({ indicatorId: 'k2', value: 0, numerator: 0, denominator: 1 });

    await write(draftMutation(province, 'Tỉnh đoàn Lào Cai'), provinceManager);
    const early = await gql(submitMutation(province), { token: provinceManager, language: 'en' });
    expect(errorOf(early).code).toBe('REPORT.CHILDREN_PENDING');
    expect(early.errors![0]!.message).toContain('neither approved nor excused');
    for (const commune of [xaA, xaB, xaC]) expect(early.errors![0]!.message).toContain(commune);
  }, 240_000);

  it('returns Bản Hồ’s report with a comment; Bản Hồ corrects and submits again; the province approves all three', async () => {
    const comment = 'Đề nghị bổ sung kết quả hoạt động hè';
    await write(returnMutation(xaB, comment), provinceManager);
    const returned = await reportOf(xaB, managerB, written);
    expect(returned.status).toBe('returned');
    expect(returned.history.at(-1)).toEqual({ action: 'returned', by: `acc-${province}`, text: comment, submission: 1 });
    // A submitted report is not the commune's to edit, nor is it returned twice.
    expect(errorOf(await gql(returnMutation(xaB, 'Lần hai'), { token: provinceManager })).code).toBe('REPORT.NOT_SUBMITTED');

    await write(draftMutation(xaB, 'Đoàn xã Bản Hồ (bổ sung)'), managerB);
    await write(submitMutation(xaB), managerB);
    for (const unitId of [xaA, xaB, xaC]) await write(approveMutation(unitId), provinceManager);

    const b = await reportOf(xaB, managerB, written);
    expect(b).toMatchObject({ status: 'approved', submissions: 2, onTime: true });
    expect(b.history.map((entry) => entry.action)).toEqual(['draft-saved', 'submitted', 'returned', 'draft-saved', 'submitted', 'approved']);
    expect(k2(b.approvedValues)).toEqual({ indicatorId: 'k2', value: 50, numerator: 1, denominator: 2 });
    expect(b.changesSinceApproval).toEqual([]);
  }, 240_000);

  it('counts the reporting rate and timeliness of the communes', async () => {
    const rates = (
      await read(
        `{ reportingRates(unitId: "${province}", templateId: "yearly", period: "${PERIOD}") { rows { unitId status onTime overdue } totals { expected received onTime approved excused reportingRate timelinessRate } } }`,
        provinceManager,
        written,
      )
    )['reportingRates'] as { rows: { unitId: string; onTime: boolean }[]; totals: Record<string, number> };
    expect(rates.totals).toEqual({
      expected: 3,
      received: 3,
      onTime: 2,
      approved: 3,
      excused: 0,
      reportingRate: 100,
      timelinessRate: expect.closeTo(66.67, 1),
    });
    expect(rates.rows.find((row) => row.unitId === xaC)).toMatchObject({ onTime: false });
  });

  it('consolidates the approved communes in the province’s report, which a system administrator approves', async () => {
    await write(submitMutation(province), provinceManager);
    await write(approveMutation(province), admin);
    const report = await reportOf(province, provinceManager, written, true);
    expect(report.status).toBe('approved');
    expect(report.children.map((child) => [child.unitId, child.status, child.valuesFrom]).sort()).toEqual(
      [xaA, xaB, xaC].sort().map((unitId) => [unitId, 'approved', 'approved']),
    );
    // 3 activities recorded of the 7 held across the province.
    expect(report.consolidated.find((figure) => figure.indicatorId === 'k2')).toEqual({
      indicatorId: 'k2',
      value: expect.closeTo(42.857, 2),
      numerator: 3,
      denominator: 7,
      unitsCounted: 3,
    });
    expect(k2(report.approvedValues)).toMatchObject({ numerator: 3, denominator: 7 });
  }, 240_000);

  it('shows a correction after approval as a difference on the approved reports, without changing what was approved', async () => {
    await write(declareValueMutation(xaA, PERIOD, 5), managerA);
    const a = await eventually(
      () => reportOf(xaA, provinceManager, written),
      (answer) => answer.changesSinceApproval.length > 0,
    );
    expect(a.status).toBe('approved');
    expect(k2(a.approvedValues)).toEqual({ indicatorId: 'k2', value: 50, numerator: 2, denominator: 4 });
    expect(a.changesSinceApproval).toEqual([{ indicatorId: 'k2', approved: 50, current: 40, difference: -10 }]);
    const provinceReport = await reportOf(province, provinceManager, written);
    expect(provinceReport.changesSinceApproval.find((change) => change.indicatorId === 'k2')).toEqual({
      indicatorId: 'k2',
      approved: expect.closeTo(42.857, 2),
      current: 37.5,
      difference: expect.closeTo(-5.357, 2),
    });
  }, 240_000);

  it('reopens the corrected report with a reason (the province only); its next submission is approved with the corrected figure', async () => {
    expect(errorOf(await gql(reopenMutation(xaA, 'Tự mở lại'), { token: managerA })).code).toBe('FORBIDDEN');
    await write(reopenMutation(xaA, 'Xã kê khai lại số hoạt động đã tổ chức'), provinceManager);
    await write(submitMutation(xaA), managerA);
    await write(approveMutation(xaA), provinceManager);
    const a = await reportOf(xaA, managerA, written);
    expect(a).toMatchObject({ status: 'approved', submissions: 2, changesSinceApproval: [] });
    expect(k2(a.approvedValues)).toEqual({ indicatorId: 'k2', value: 40, numerator: 2, denominator: 5 });
    expect(a.history.find((entry) => entry.action === 'reopened')).toEqual({
      action: 'reopened',
      by: `acc-${province}`,
      text: 'Xã kê khai lại số hoạt động đã tổ chức',
      submission: 1,
    });
  }, 240_000);

  it('exports the province’s report to XLSX and PDF with the figures the API answers', async () => {
    const report = await reportOf(province, provinceManager, written);
    const k2Approved = k2(report.approvedValues)!;
    const exportOf = async (format: string) =>
      (
        await read(
          `{ reportExport(unitId: "${province}", templateId: "yearly", period: "${PERIOD}", format: ${format}) { filename contentType contentBase64 } }`,
          provinceManager,
        )
      )['reportExport'] as { filename: string; contentType: string; contentBase64: string };

    const xlsx = await exportOf('XLSX');
    expect(xlsx.filename).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as never);
    const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])));
    expect(cells).toContain('Tỉnh đoàn Lào Cai');
    expect(cells).toContain(k2Approved.value);
    expect(cells).toContain(3);
    expect(cells).toContain(7);
    expect(cells).toContain('Đoàn xã Tả Van');

    const pdf = await exportOf('PDF');
    expect(pdf.contentType).toBe('application/pdf');
    const text = (await pdfPages(Buffer.from(pdf.contentBase64, 'base64'))).join('\n');
    expect(text).toContain('Tỉnh đoàn Lào Cai');
    expect(text).toContain('Đoàn xã Lao Chải');
    expect(text).toContain(new Intl.NumberFormat('vi', { maximumFractionDigits: 2 }).format(k2Approved.value!));
  }, 120_000);

  it('puts no personal data on the reporting topic: the person proposed for commendation travels by id only', async () => {
    const kafka = new Kafka({ clientId: 'reports-e2e', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `${suite.topicPrefix}reader-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: eventTopicOf(`${suite.topicPrefix}${REPORTING_CONTEXT}`), fromBeginning: true });
    const seen: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${seen.length} reporting events`)), 30_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          seen.push(message.value?.toString('utf8') ?? '');
          // The topic's partitions arrive in any order: read until the commune's proposal and the province's approval are both in.
          const proposal = seen.some((value) => value.includes('ReportDraftSaved') && value.includes('"kt-1"'));
          if (proposal && seen.some((value) => value.includes('ReportApproved') && value.includes(`"${reportIdOf(province)}"`))) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    await consumer.disconnect();
    const all = seen.join('\n');
    expect(all).toContain(cadreA);
    expect(all).not.toContain(CADRE_NAME);
  }, 60_000);

  it('answers the 2025 mid-term review with the trend from 2023 and the units behind target', async () => {
    const review = (
      await read(
        `{ programmeReview(unitId: "${province}", year: 2025) { year fromYear indicators { indicatorId target trend { year value } units { unitId } behindTarget } } }`,
        provinceManager,
      )
    )['programmeReview'] as {
      year: number;
      fromYear: number;
      indicators: { indicatorId: string; target: number | null; trend: { year: number }[]; units: { unitId: string }[] }[];
    };
    expect(review).toMatchObject({ year: 2025, fromYear: 2023 });
    const reviewK2 = review.indicators.find((indicator) => indicator.indicatorId === 'k2')!;
    expect(reviewK2.target).toBe(60);
    expect(reviewK2.trend.map((point) => point.year)).toEqual([2023, 2024, 2025]);
    expect(reviewK2.units.map((unit) => unit.unitId).sort()).toEqual([xaA, xaB, xaC].sort());
    const answer: GqlResponse = await gql(`{ programmeReview(unitId: "${province}", year: 2027) { year } }`, { token: provinceManager });
    expect(errorOf(answer).code).toBe('REPORT_QUERY.REVIEW_YEAR_INVALID');
  });
});
