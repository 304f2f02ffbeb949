import { GatewayError, post } from './check-network';
import { type DemoDataset, LAO_CAI, XA_Y_TY } from './demo-dataset';

/**
 * Lào Cai's reports (DỮ LIỆU MẪU), made through the gateway as the demo accounts would make them,
 * because a submission carries the figures the gateway's engine computes at that moment:
 *
 * - the province's schedules: its 2025 mid-term review (recorded late, so the window reaches
 *   today) and its communes' yearly 2026 reports;
 * - Y Tý's yearly 2026 report, written and submitted by its manager (demo.xa) once it has excused
 *   its village branches (they report in person at the commune's year-end meeting), awaiting the
 *   province's approval (demo.tinhdoan approves it in the console: the console's browser tests);
 * - Tả Van's yearly 2026 report, entered and submitted for the commune by the province
 *   (demo.tinhdoan), approved by the platform's administrator (demo.admin): the account that
 *   submitted a report never approves it;
 * - the province's 2025 mid-term review in draft, with its narrative, and the review table.
 *
 * Idempotent: a step already taken answers with its state's refusal (a submitted report is no
 * longer a draft), which counts as done.
 */

const PROVINCE_ACCOUNT = 'demo.tinhdoan';
const COMMUNE_ACCOUNT = 'demo.xa';
const ADMIN_ACCOUNT = 'demo.admin';
export const XA_TA_VAN_ID = 'demo-xa-ta-van';
/** Refusals that mean the step was taken by an earlier run. */
const ALREADY_DONE = new Set(['REPORT.NOT_DRAFT', 'REPORT.NOT_SUBMITTED']);
/** Refusals that mean a copy of the platform has not caught up yet: asked again. */
const CATCHING_UP = /CATCHING_UP|CONSISTENCY_NOT_VISIBLE|GATEWAY\.BUSY/;

const later = (a: string, b: string) => (a > b ? a : b);
const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The windows the province sets: the dates a provincial guidance would give, stretched to reach `today` when the demo runs later. */
export function demoSchedules(today: string) {
  return [
    {
      templateId: 'mid-term-review',
      period: 'Y2025',
      opensOn: '2025-11-01',
      dueOn: later('2026-12-20', today),
      closesOn: later('2027-03-31', dayAfter(today, 60)),
    },
    { templateId: 'yearly', period: 'Y2026', opensOn: '2026-11-15', dueOn: later('2027-01-10', today), closesOn: later('2027-03-31', dayAfter(today, 60)) },
  ];
}

const YEARLY_SECTIONS = (unitName: string, activities: string) => [
  { key: 'results', narrative: `${unitName} ${activities}\nPhối hợp với các chi đoàn thôn, bản duy trì lịch tình nguyện hằng tháng.` },
  { key: 'limitations', narrative: 'Một số hoạt động ở thôn vùng cao chưa được ghi nhận kịp thời trên nền tảng do thiếu sóng di động.' },
  { key: 'next-tasks', narrative: 'Năm 2027: ghi nhận đầy đủ hoạt động trên nền tảng; mở rộng câu lạc bộ tình nguyện ở trường học.' },
  { key: 'recommendations', narrative: 'Đề nghị Tỉnh đoàn hỗ trợ tập huấn cán bộ về mô hình phối hợp.' },
];

const MID_TERM_SECTIONS = [
  {
    key: 'results',
    narrative:
      'Giai đoạn 2023–2025, tuổi trẻ Lào Cai tổ chức các chiến dịch tình nguyện hè, Tháng Thanh niên và công trình thanh niên xây dựng nông thôn mới.\nSau sắp xếp đơn vị hành chính từ ngày 01/7/2025, Đoàn xã Y Tý kế thừa kết quả của các xã hợp nhất.',
  },
  {
    key: 'limitations',
    narrative: 'Tỷ lệ hoạt động được ghi nhận trên nền tảng (K2) còn thấp ở các xã vùng cao; số cán bộ chuyên trách được tập huấn chưa đạt mục tiêu.',
  },
  { key: 'lessons', narrative: 'Giao chỉ tiêu cụ thể cho từng cơ sở và kiểm tra định kỳ giúp số liệu được cập nhật đều đặn.' },
  { key: 'next-tasks', narrative: 'Giai đoạn 2026–2030: đạt mục tiêu K1–K5 năm 2030; mỗi xã có ít nhất một câu lạc bộ tình nguyện hoạt động thường xuyên.' },
  { key: 'recommendations', narrative: 'Đề nghị Trung ương Đoàn bổ sung kinh phí tập huấn và thiết bị cho các xã biên giới.' },
];

interface Step {
  account: string;
  what: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Before this step, the unit's manager excuses the units below it that have not reported. */
const EXCUSE_BRANCHES_BEFORE = 'submit Y Tý 2026';
const BRANCH_EXCUSE = 'Chi đoàn thôn báo cáo trực tiếp tại hội nghị tổng kết năm của xã.';

/** The reporting steps in order; each names its account. */
export function demoReportSteps(today: string): Step[] {
  const report = (unitId: string, templateId: string, period: string) => ({ unitId, templateId, period });
  const yTy = report(XA_Y_TY, 'yearly', 'Y2026');
  const taVan = report(XA_TA_VAN_ID, 'yearly', 'Y2026');
  const midTerm = report(LAO_CAI, 'mid-term-review', 'Y2025');
  const draft = 'mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { id } }';
  const submit = 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }';
  return [
    ...demoSchedules(today).map((schedule) => ({
      account: PROVINCE_ACCOUNT,
      what: `schedule ${schedule.templateId} ${schedule.period}`,
      query: 'mutation($input: ScheduleReportsInput!) { scheduleReports(input: $input) { id } }',
      variables: { input: { unitId: LAO_CAI, ...schedule } },
    })),
    {
      account: COMMUNE_ACCOUNT,
      what: 'draft Y Tý 2026',
      query: draft,
      variables: {
        input: {
          ...yTy,
          sections: YEARLY_SECTIONS('Đoàn xã Y Tý', 'tổ chức 5 hoạt động tình nguyện, trong đó có công trình sửa đường liên thôn.'),
          commendations: [{ proposalId: 'kt-y-ty-1', subjectKind: 'person', subjectId: 'demo-cb-04', award: 'giay-khen', reason: 'Tích cực trong phong trào' }],
        },
      },
    },
    { account: COMMUNE_ACCOUNT, what: 'submit Y Tý 2026', query: submit, variables: { input: yTy } },
    {
      account: PROVINCE_ACCOUNT,
      what: 'draft Tả Van 2026',
      query: draft,
      variables: { input: { ...taVan, sections: YEARLY_SECTIONS('Đoàn xã Tả Van', 'tổ chức lớp học tiếng Việt hè cho thiếu nhi.'), commendations: [] } },
    },
    { account: PROVINCE_ACCOUNT, what: 'submit Tả Van 2026', query: submit, variables: { input: taVan } },
    {
      account: ADMIN_ACCOUNT,
      what: 'approve Tả Van 2026',
      query: 'mutation($input: ApproveReportInput!) { approveReport(input: $input) { id } }',
      variables: { input: { reportId: `${XA_TA_VAN_ID}:yearly:Y2026`, comment: 'Đồng ý' } },
    },
    {
      account: PROVINCE_ACCOUNT,
      what: 'draft the mid-term review',
      query: draft,
      variables: { input: { ...midTerm, sections: MID_TERM_SECTIONS, commendations: [] } },
    },
  ];
}

interface ReviewIndicator {
  code: string;
  trend: { year: number; value: number | null }[];
  target: number | null;
  reached: boolean | null;
  behindTarget: string[];
}

const REVIEW_QUERY = `query($unitId: ID!) { programmeReview(unitId: $unitId, year: 2025) { indicators { code trend { year value } target reached behindTarget } } }`;
const STATUS_QUERY = `query($unitId: ID!, $templateId: ID!, $period: String!) { report(unitId: $unitId, templateId: $templateId, period: $period) { status submissions } }`;
const figure = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Y Tý's manager excuses each unit below Y Tý whose 2026 report is neither approved nor excused. */
async function excuseBranches(graphqlUrl: string, token: string, problems: string[]): Promise<void> {
  const { report } = await post<{ report: { children: { unitId: string; status: string }[] } }>(
    graphqlUrl,
    'query($unitId: ID!) { report(unitId: $unitId, templateId: "yearly", period: "Y2026") { children { unitId status } } }',
    { unitId: XA_Y_TY },
    token,
  );
  for (const child of report.children.filter((candidate) => candidate.status !== 'approved' && candidate.status !== 'excused')) {
    await post(
      graphqlUrl,
      'mutation($input: ExcuseReportInput!) { excuseReport(input: $input) { id } }',
      { input: { unitId: child.unitId, templateId: 'yearly', period: 'Y2026', reason: BRANCH_EXCUSE } },
      token,
    ).catch((error: Error) => problems.push(`excuse ${child.unitId}: ${error instanceof GatewayError ? error.message : error.name}`));
  }
}

/** Runs the steps and reads back what they made: the lines to print, and the problems (a step refused, a report not in the state it should be). */
export async function makeReportsThroughGateway(
  graphqlUrl: string,
  dataset: DemoDataset,
  today: string,
  options: { waitMs: number },
): Promise<{ lines: string[]; problems: string[] }> {
  const tokens = new Map<string, string>();
  for (const username of [PROVINCE_ACCOUNT, COMMUNE_ACCOUNT, ADMIN_ACCOUNT]) {
    const password = dataset.accounts.find((account) => account.username === username)?.password ?? '';
    const { signIn } = await post<{ signIn: { accessToken: string } }>(
      graphqlUrl,
      'mutation($username: String!, $password: String!) { signIn(username: $username, password: $password) { accessToken } }',
      { username, password },
    );
    tokens.set(username, signIn.accessToken);
  }
  const problems: string[] = [];
  try {
    for (const step of demoReportSteps(today)) {
      if (step.what === EXCUSE_BRANCHES_BEFORE) await excuseBranches(graphqlUrl, tokens.get(COMMUNE_ACCOUNT) ?? '', problems);
      const deadline = Date.now() + options.waitMs;
      for (;;) {
        try {
          await post(graphqlUrl, step.query, step.variables, tokens.get(step.account));
          break;
        } catch (error) {
          const codes = error instanceof GatewayError ? error.message : (error as Error).name;
          if (ALREADY_DONE.has(codes)) break;
          if (!CATCHING_UP.test(codes) || Date.now() >= deadline) {
            problems.push(`${step.what}: ${codes}`);
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
    }
    const province = tokens.get(PROVINCE_ACCOUNT);
    const statusOf = async (unitId: string, templateId: string, period: string) =>
      (await post<{ report: { status: string; submissions: number } }>(graphqlUrl, STATUS_QUERY, { unitId, templateId, period }, province)).report;
    // Y Tý's report may be approved already: the console's browser tests approve it as the province.
    const expected = [
      [XA_Y_TY, 'yearly', 'Y2026', ['submitted', 'approved'], 'Y Tý, yearly 2026'],
      [XA_TA_VAN_ID, 'yearly', 'Y2026', ['approved'], 'Tả Van, yearly 2026'],
      [LAO_CAI, 'mid-term-review', 'Y2025', ['draft'], 'Lào Cai, mid-term review 2025'],
    ] as const;
    const lines: string[] = [];
    for (const [unitId, templateId, period, statuses, label] of expected) {
      const report = await statusOf(unitId, templateId, period);
      if (!(statuses as readonly string[]).includes(report.status)) problems.push(`${label} is ${report.status}, not ${statuses.join(' or ')}`);
      lines.push(`${label.padEnd(30)} ${report.status}${report.submissions ? ` (submission ${report.submissions})` : ''}`);
    }
    const { programmeReview } = await post<{ programmeReview: { indicators: ReviewIndicator[] } }>(graphqlUrl, REVIEW_QUERY, { unitId: LAO_CAI }, province);
    lines.push('', `${'2025 review'.padEnd(12)} ${'2023'.padEnd(6)} ${'2024'.padEnd(6)} ${'2025'.padEnd(6)} target  units behind`);
    for (const indicator of programmeReview.indicators) {
      const [y2023, y2024, y2025] = indicator.trend.map((point) => figure(point.value).padEnd(6));
      lines.push(`${indicator.code.padEnd(12)} ${y2023} ${y2024} ${y2025} ${figure(indicator.target).padEnd(7)} ${indicator.behindTarget.length}`);
    }
    return { lines, problems };
  } finally {
    for (const token of tokens.values()) await post(graphqlUrl, 'mutation { signOut { id } }', {}, token).catch(() => undefined);
  }
}
