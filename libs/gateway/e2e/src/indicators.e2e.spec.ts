import { randomUUID } from 'node:crypto';
import type { Formula } from '@tn/reporting-contracts';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type GqlResponse, type Platform, startPlatform, tokenFor } from './harness';
import {
  type ActivityPlan,
  appointCadreMutation,
  asExpected,
  type CampaignPlan,
  createUnitMutation,
  declareValueMutation,
  defineIndicatorMutation,
  indicatorKit,
  indicatorValuesQuery,
  type IndicatorValueRow,
  launchCampaignMutation,
  list,
  mergeIntoNewUnitMutation,
  registerCadreMutation,
  registerVolunteerMutation,
  sameValues,
  signAgreementMutation,
  sortedRows,
  vietnamToday,
} from './indicators.test-fixtures';
import { registerGroupMutation } from './network.test-fixtures';

// Issue 16 through real servers: a province of 20 units over 2025 and 2026, crossing a merger of
// two communes into a new one on 2025-07-01, recorded through GraphQL into the registry,
// campaigns, training, network and reporting services; their events → the gateway's indicator
// facts → `indicatorValues`. K1–K5 and two plan indicators must equal the values worked out by
// hand below, for 2025 and 2026, as the hierarchy stood on 2025-03-31 (the two old communes
// separate) and restated to 2026-12-31 (their history belongs to the successor).
describe('the indicator engine through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('indicators e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  const { gql, mutate, read, eventually, recordActivity, runCourse } = indicatorKit(() => platform);
  const { gql: rawGql } = graphqlClient(() => platform.gateway.baseUrl);

  /** As the hierarchy stood before the merger: the two old communes are units of their own. */
  const BEFORE = '2025-03-31';
  /** Restated to the end of 2026: the merged communes' history belongs to their successor. */
  const AFTER = '2026-12-31';
  const MERGER = '2025-07-01';
  const PERIODS = ['Y2025', 'Y2026'] as const;
  type Year = (typeof PERIODS)[number];
  const today = vietnamToday();

  // Lào Cai: the province, 18 communes and a high school's Union branch, from 2025-01-01. c01 (Tả
  // Van) and c02 (Lao Chải) merge into a new commune on 2025-07-01. Yên Bái is another province.
  const province = id('lao-cai');
  const communes = Array.from({ length: 18 }, (_, i) => id(`xa-${String(i + 1).padStart(2, '0')}`));
  const [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10] = communes as [string, string, string, string, string, string, string, string, string, string];
  const school = id('truong-thpt');
  const merged = id('xa-ta-van-moi');
  const [otherProvince, otherCommune] = [id('yen-bai'), id('mu-cang-chai')];
  const communeNames = new Map([
    [c01, 'Đoàn xã Tả Van'],
    [c02, 'Đoàn xã Lao Chải'],
  ]);

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const manager = (unitId: string) => tokenFor([{ role: 'unit-manager', unitId }], { sub: `acc-${unitId}` });
  const provinceManager = manager(province);
  /** Reads the values: an analyst sees counts, never people. */
  const provinceAnalyst = tokenFor([{ role: 'analyst', unitId: province }]);
  const otherProvinceManager = manager(otherProvince);

  // Cadres. Dedicated to volunteer work: cadre A (c01, staying in its position there after the
  // merger), c03's, c04's, c05's, the province's, and the successor's (appointed on the merger's day).
  // The province's trainer is not dedicated.
  const cadres = {
    trainer: id('gv-tinh'),
    a: id('cb-xa-01'),
    c03: id('cb-xa-03'),
    c04: id('cb-xa-04'),
    c05: id('cb-xa-05'),
    province: id('cb-tinh'),
    merged: id('cb-xa-moi'),
  };

  // Training: a coordination curriculum whose completion grants a one-year qualification (a year
  // of renewal window, so it reads expired-renewable, not valid, after it), and the model it teaches.
  const curricula = { coordination: id('ct-dieu-phoi'), tot: id('ct-tot') };
  const kinds = { trainer: id('cc-giang-vien'), coordination: id('cc-dieu-phoi') };
  const model = id('mh-to-thon');
  // Course 1, completed 2025-04-15: cadre A, c03's and the province's (valid until 2026-04-15).
  // Course 2, completed 2026-03-20: the successor's and c05's (valid until 2027-03-20).
  const FIRST_COMPLETED = '2025-04-15';
  const SECOND_COMPLETED = '2026-03-20';

  // Campaigns (initiated by other organisations: outside K3 whatever it counted), dated by their launch.
  const campaignPlans: CampaignPlan[] = [
    {
      campaignId: id('cd-tinh-2025'),
      name: 'Chiến dịch tình nguyện hè 2025',
      organiserUnitId: province,
      domains: ['social-security'],
      initiator: 'other-organisation',
      launchedOn: '2025-05-01',
      startsOn: '2025-06-01',
      endsOn: '2025-08-31',
    },
    {
      campaignId: id('cd-xa07-2025'),
      name: 'Tháng thanh niên xã 7',
      organiserUnitId: c07,
      domains: ['environment-climate-change'],
      initiator: 'other-organisation',
      launchedOn: '2025-06-15',
      startsOn: '2025-07-01',
      endsOn: '2025-07-31',
    },
    {
      campaignId: id('cd-tinh-2026'),
      name: 'Chiến dịch tình nguyện hè 2026',
      organiserUnitId: province,
      domains: ['social-security'],
      initiator: 'other-organisation',
      launchedOn: '2026-04-01',
      startsOn: '2026-05-01',
      endsOn: '2026-06-30',
    },
  ];
  const [provinceCampaign2025] = campaignPlans as [CampaignPlan];

  /** Play spaces for children: the catalogue's built-in count measure. */
  const PLAY_SPACES = 'play-spaces';
  const NRC = 'new-rural-construction';
  const act = (n: number) => id(`hd-a${n}`);

  // The activities, named A0–A19 in the arithmetic below. An activity is dated by its planned start
  // (by its proposal while unplanned); its outputs by their completion.
  const activities: ActivityPlan[] = [
    // A0: Yên Bái's: never counted in Lào Cai.
    {
      activityId: act(0),
      name: 'Làm đường liên thôn Mù Cang Chải',
      organiserUnitId: otherCommune,
      initiator: 'union',
      domains: [NRC],
      responsibleCadreId: cadres.province,
      proposedOn: '2025-05-05',
    },
    // 2025
    {
      // A1: c01, union, new rural construction; a rural road (no play space); carried out and completed.
      activityId: act(1),
      name: 'Bê tông hoá đường thôn Tả Van',
      organiserUnitId: c01,
      initiator: 'union',
      domains: [NRC],
      responsibleCadreId: cadres.a,
      proposedOn: '2025-03-05',
      planned: { startsOn: '2025-03-20', endsOn: '2025-03-22', plannedOn: '2025-03-06' },
      preparedOn: '2025-03-15',
      outputs: [{ outputId: id('sp-a1'), name: 'Đường bê tông thôn 2', measureId: 'rural-road-km', value: 0.5, completedOn: '2025-03-22' }],
      completedAt: '2025-03-22T17:00:00+07:00',
    },
    {
      // A2: c01, union, names the model; cadre A trained on 2025-04-15, before its day (2025-05-10).
      activityId: act(2),
      name: 'Tổ tình nguyện thôn bản Tả Van',
      organiserUnitId: c01,
      initiator: 'union',
      domains: ['social-security'],
      responsibleCadreId: cadres.a,
      coordinationModelId: model,
      proposedOn: '2025-05-02',
      planned: { startsOn: '2025-05-10', endsOn: '2025-05-11', plannedOn: '2025-05-03' },
    },
    {
      // A3: c02, initiated by another organisation, proposed only (dated 2025-04-10).
      activityId: act(3),
      name: 'Hỗ trợ hộ nghèo Lao Chải',
      organiserUnitId: c02,
      initiator: 'other-organisation',
      domains: ['social-security'],
      responsibleCadreId: cadres.a,
      proposedOn: '2025-04-10',
    },
    {
      // A4: c03, union, names the model; its cadre was trained only after its day (2025-03-01).
      activityId: act(4),
      name: 'Tổ tình nguyện thôn bản xã 3',
      organiserUnitId: c03,
      initiator: 'union',
      domains: ['social-security'],
      responsibleCadreId: cadres.c03,
      coordinationModelId: model,
      proposedOn: '2025-02-01',
      planned: { startsOn: '2025-03-01', endsOn: '2025-03-02', plannedOn: '2025-02-03' },
    },
    {
      // A5: c03, union, new rural construction; two play spaces completed 2025-06-12.
      activityId: act(5),
      name: 'Xây sân chơi cho thiếu nhi xã 3',
      organiserUnitId: c03,
      initiator: 'union',
      domains: [NRC],
      responsibleCadreId: cadres.c03,
      proposedOn: '2025-05-20',
      planned: { startsOn: '2025-06-10', endsOn: '2025-06-12', plannedOn: '2025-05-21' },
      preparedOn: '2025-06-05',
      outputs: [{ outputId: id('sp-a5'), name: 'Sân chơi thôn 1 và thôn 4', measureId: PLAY_SPACES, value: 2, completedOn: '2025-06-12' }],
    },
    {
      // A6: c04, the youth federation's, in the province's 2025 campaign; a partner takes part (joint).
      activityId: act(6),
      name: 'Trao quà cho trẻ em xã 4',
      organiserUnitId: c04,
      initiator: 'youth-federation',
      domains: ['social-security'],
      responsibleCadreId: cadres.c04,
      campaignId: provinceCampaign2025.campaignId,
      proposedOn: '2025-08-01',
      planned: { startsOn: '2025-08-15', endsOn: '2025-08-16', plannedOn: '2025-08-02' },
    },
    {
      // A7: c05, union, new rural construction: cancelled, so it counts for nothing.
      activityId: act(7),
      name: 'Nạo vét kênh mương xã 5',
      organiserUnitId: c05,
      initiator: 'union',
      domains: [NRC],
      responsibleCadreId: cadres.c05,
      proposedOn: '2025-09-01',
      cancelledOn: '2025-09-10',
    },
    {
      // A8: the successor, union, new rural construction; one play space completed 2025-08-03.
      activityId: act(8),
      name: 'Sân chơi thiếu nhi xã Tả Van mới',
      organiserUnitId: merged,
      initiator: 'union',
      domains: [NRC],
      responsibleCadreId: cadres.merged,
      proposedOn: '2025-07-15',
      planned: { startsOn: '2025-08-01', endsOn: '2025-08-03', plannedOn: '2025-07-16' },
      preparedOn: '2025-07-25',
      outputs: [{ outputId: id('sp-a8'), name: 'Sân chơi bản Hồ', measureId: PLAY_SPACES, value: 1, completedOn: '2025-08-03' }],
    },
    {
      // A9: the successor, union, names the model; its cadre was trained only on 2026-03-20, after its day (2025-10-20).
      activityId: act(9),
      name: 'Tổ tình nguyện thôn bản Tả Van mới',
      organiserUnitId: merged,
      initiator: 'union',
      domains: ['social-security'],
      responsibleCadreId: cadres.merged,
      coordinationModelId: model,
      proposedOn: '2025-10-01',
      planned: { startsOn: '2025-10-20', endsOn: '2025-10-21', plannedOn: '2025-10-02' },
    },
    {
      // A10: the school, union, proposed only (2025-11-05).
      activityId: act(10),
      name: 'Tiếp sức mùa thi trường THPT',
      organiserUnitId: school,
      initiator: 'union',
      domains: ['children-care-education'],
      responsibleCadreId: cadres.province,
      proposedOn: '2025-11-05',
    },
    {
      // A11: c06, another organisation's; one play space (not new rural construction) completed 2025-06-02.
      activityId: act(11),
      name: 'Góc chơi xanh xã 6',
      organiserUnitId: c06,
      initiator: 'other-organisation',
      domains: ['environment-climate-change'],
      responsibleCadreId: cadres.province,
      proposedOn: '2025-05-15',
      planned: { startsOn: '2025-06-01', endsOn: '2025-06-02', plannedOn: '2025-05-16' },
      preparedOn: '2025-05-25',
      outputs: [{ outputId: id('sp-a11'), name: 'Góc chơi tái chế', measureId: PLAY_SPACES, value: 1, completedOn: '2025-06-02' }],
    },
    // 2026
    {
      // A12: the successor, union, new rural construction, names the model; its cadre trained on 2026-03-20, before its day (2026-05-05). A group takes part (joint).
      activityId: act(12),
      name: 'Tổ tình nguyện làm đường Tả Van mới',
      organiserUnitId: merged,
      initiator: 'union',
      domains: [NRC],
      responsibleCadreId: cadres.merged,
      coordinationModelId: model,
      proposedOn: '2026-04-01',
      planned: { startsOn: '2026-05-05', endsOn: '2026-05-06', plannedOn: '2026-04-02' },
    },
    {
      // A13: the successor, union, new rural construction; two play spaces completed 2026-06-05; completed.
      activityId: act(13),
      name: 'Hai sân chơi bản Lao Chải cũ',
      organiserUnitId: merged,
      initiator: 'union',
      domains: [NRC],
      responsibleCadreId: cadres.merged,
      proposedOn: '2026-05-10',
      planned: { startsOn: '2026-06-01', endsOn: '2026-06-05', plannedOn: '2026-05-11' },
      preparedOn: '2026-05-25',
      outputs: [{ outputId: id('sp-a13'), name: 'Sân chơi bản Lao Chải và bản Dền', measureId: PLAY_SPACES, value: 2, completedOn: '2026-06-05' }],
      completedAt: '2026-06-05T16:00:00+07:00',
    },
    {
      // A14: c03, union; one play space completed 2026-09-11; a group and a partner take part (joint).
      activityId: act(14),
      name: 'Sân chơi và thư viện xanh xã 3',
      organiserUnitId: c03,
      initiator: 'union',
      domains: ['social-security'],
      responsibleCadreId: cadres.c03,
      proposedOn: '2026-08-01',
      planned: { startsOn: '2026-09-10', endsOn: '2026-09-12', plannedOn: '2026-08-02' },
      preparedOn: '2026-09-01',
      outputs: [{ outputId: id('sp-a14'), name: 'Sân chơi thôn 5', measureId: PLAY_SPACES, value: 1, completedOn: '2026-09-11' }],
    },
    {
      // A15: c05, the youth federation's, proposed only (2026-02-10).
      activityId: act(15),
      name: 'Tuyên truyền an toàn giao thông xã 5',
      organiserUnitId: c05,
      initiator: 'youth-federation',
      domains: ['traffic-safety'],
      responsibleCadreId: cadres.c05,
      proposedOn: '2026-02-10',
    },
    {
      // A16: c08, union, new rural construction; a rural road (no play space).
      activityId: act(16),
      name: 'Đường giao thông nội đồng xã 8',
      organiserUnitId: c08,
      initiator: 'union',
      domains: [NRC],
      responsibleCadreId: cadres.province,
      proposedOn: '2026-03-01',
      planned: { startsOn: '2026-03-15', endsOn: '2026-03-16', plannedOn: '2026-03-02' },
      preparedOn: '2026-03-10',
      outputs: [{ outputId: id('sp-a16'), name: 'Đường nội đồng thôn 3', measureId: 'rural-road-km', value: 1.2, completedOn: '2026-03-16' }],
    },
    {
      // A17: c05, union, new rural construction, names the model; its cadre trained on 2026-03-20, before its day (2026-04-20).
      activityId: act(17),
      name: 'Tổ tình nguyện thôn bản xã 5',
      organiserUnitId: c05,
      initiator: 'union',
      domains: [NRC],
      responsibleCadreId: cadres.c05,
      coordinationModelId: model,
      proposedOn: '2026-04-05',
      planned: { startsOn: '2026-04-20', endsOn: '2026-04-21', plannedOn: '2026-04-06' },
    },
    {
      // A18: the province, union, proposed only (2026-10-01).
      activityId: act(18),
      name: 'Ngày hội thanh niên tình nguyện tỉnh',
      organiserUnitId: province,
      initiator: 'union',
      domains: ['social-security'],
      responsibleCadreId: cadres.province,
      proposedOn: '2026-10-01',
    },
    {
      // A19: c09, union, proposed only (2026-07-01).
      activityId: act(19),
      name: 'Chuyển đổi số cho thanh niên xã 9',
      organiserUnitId: c09,
      initiator: 'union',
      domains: ['digital-transformation'],
      responsibleCadreId: cadres.province,
      proposedOn: '2026-07-01',
    },
  ];

  // Groups (registered, verified and declared on the server's today: the network does not backdate
  // them): two in c03 (one declared dormant), one in the successor, one in c10, and one a leader
  // registers themselves, proposing c09, still pending.
  const leaders = { c03a: id('ld-xa03-1'), c03b: id('ld-xa03-2'), merged: id('ld-xa-moi'), c10: id('ld-xa10'), self: id('ld-tu-lap') };
  const groups = { c03Team: id('g-xa03-doi'), c03Club: id('g-xa03-clb'), merged: id('g-xa-moi'), c10: id('g-xa10') };
  // Partners: P1's agreement (with c04) in force 2025-06-01 to 2026-05-31; P2's (with the
  // successor) from 2026-01-15 to 2027-12-31; P3's (the province alone) from 2026-06-01 to 2028-05-31.
  const partners = { p1: id('dn-xi-mang'), p2: id('dn-sach'), p3: id('dn-kieu-bao') };
  const agreements = { p1: id('mou-1'), p2: id('mou-2'), p3: id('mou-3') };
  // Plan indicators the province defines: (a) every commune branch has a youth work in new rural
  // construction; (b) every commune builds at least one play space.
  const plan = { ntm: id('ct-ntm'), playSpaces: id('ct-san-choi') };
  const ntmFormula = {
    kind: 'coverage',
    units: { levelLabels: ['Đoàn xã'] },
    condition: { source: 'flows', kinds: ['activity'], filter: { domains: [NRC] }, aggregate: 'count' },
    atLeast: 1,
    factor: 100,
  } satisfies Formula;
  const playSpacesFormula = {
    kind: 'coverage',
    units: { levelLabels: ['Đoàn xã'] },
    condition: { source: 'flows', kinds: ['output'], filter: { measures: [PLAY_SPACES] }, aggregate: 'quantity' },
    atLeast: 1,
    factor: 100,
  } satisfies Formula;

  const K5 = ['k5-groups-registered', 'k5-groups-verified', 'k5-groups-active', 'k5-partners', 'k5-joint-activities'] as const;
  const INDICATORS = ['k1', 'k2', 'k3', 'k4', ...K5, plan.ntm, plan.playSpaces];
  const CODES: Record<string, string> = {
    k1: 'K1',
    k2: 'K2',
    k3: 'K3',
    k4: 'K4',
    'k5-groups-registered': 'K5.1',
    'k5-groups-verified': 'K5.2',
    'k5-groups-active': 'K5.3',
    'k5-partners': 'K5.4',
    'k5-joint-activities': 'K5.5',
    [plan.ntm]: 'KH.NTM',
    [plan.playSpaces]: 'KH.SANCHOI',
  };
  /** The target a value is measured against: its year's own, else the next milestone's (K5 has none). */
  const TARGETS: Record<string, Record<string, { year: number; value: number }>> = {
    k1: { Y2025: { year: 2025, value: 60 }, Y2026: { year: 2030, value: 80 } },
    k2: { Y2025: { year: 2025, value: 60 }, Y2026: { year: 2030, value: 80 } },
    k3: { Y2025: { year: 2025, value: 80 }, Y2026: { year: 2030, value: 100 } },
    k4: { Y2025: { year: 2025, value: 80 }, Y2026: { year: 2030, value: 100 } },
    [plan.ntm]: { Y2025: { year: 2025, value: 100 }, Y2026: { year: 2030, value: 100 } },
    [plan.playSpaces]: { Y2025: { year: 2026, value: 100 }, Y2026: { year: 2026, value: 100 } },
  };

  let setUp: string[] = [];
  /**
   * The scenario's writes to the registry, campaigns, training and network, which later reads wait
   * for. Not the reporting service's: the gateway records their progress only in the indicator
   * slice's own checkpoints, so a request carrying one would wait in vain (its values are polled).
   */
  let recorded: string[] = [];
  /** The reporting service's writes: the declared figures and the two plan indicators. */
  let reportingWrites: string[] = [];

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true, training: true, network: true, reporting: true });
    const provinceCreated = await mutate(
      createUnitMutation({ unitId: province, nameVi: 'Tỉnh đoàn Lào Cai', parentId: null, levelLabel: 'Tỉnh đoàn' }, '2025-01-01'),
      admin,
    );
    const otherCreated = await mutate(
      createUnitMutation({ unitId: otherProvince, nameVi: 'Tỉnh đoàn Yên Bái', parentId: null, levelLabel: 'Tỉnh đoàn' }, '2025-01-01'),
      admin,
    );
    const units = await Promise.all([
      ...communes.map((unitId, i) =>
        mutate(
          createUnitMutation({ unitId, nameVi: communeNames.get(unitId) ?? `Đoàn xã số ${i + 1}`, parentId: province, levelLabel: 'Đoàn xã' }, '2025-01-01'),
          admin,
          [provinceCreated],
        ),
      ),
      mutate(
        createUnitMutation({ unitId: school, nameVi: 'Đoàn trường THPT số 1 Lào Cai', parentId: province, levelLabel: 'Đoàn trường' }, '2025-01-01'),
        admin,
        [provinceCreated],
      ),
      mutate(
        createUnitMutation({ unitId: otherCommune, nameVi: 'Đoàn xã Mù Cang Chải', parentId: otherProvince, levelLabel: 'Đoàn xã' }, '2025-01-01'),
        admin,
        [otherCreated],
      ),
    ]);
    const hierarchy = [provinceCreated, otherCreated, ...units];

    // Cadres registered and appointed in January 2025.
    const appoint = async (cadreId: string, fullName: string, unitId: string, title: string, dedicated: boolean, on: string) => {
      const registered = await mutate(registerCadreMutation(cadreId, fullName, unitId, on), admin, hierarchy);
      return mutate(appointCadreMutation(cadreId, unitId, title, dedicated, on), admin, [registered]);
    };
    const appointed = await Promise.all([
      appoint(cadres.trainer, 'Giàng A Páo', province, 'Uỷ viên Ban Thường vụ Tỉnh đoàn', false, '2025-01-02'),
      appoint(cadres.a, 'Sùng A Dế', c01, 'Phó Bí thư', true, '2025-01-02'),
      appoint(cadres.c03, 'Lý Thị Mẩy', c03, 'Phó Bí thư', true, '2025-01-02'),
      appoint(cadres.c04, 'Vàng A Chứ', c04, 'Phó Bí thư', true, '2025-01-02'),
      appoint(cadres.c05, 'Lò Thị Hương', c05, 'Phó Bí thư', true, '2025-01-02'),
      appoint(cadres.province, 'Hoàng Văn Minh', province, 'Chánh Văn phòng Tỉnh đoàn', true, '2025-01-02'),
    ]);

    // c01 and c02 merge into a new commune from 2025-07-01; its dedicated cadre starts that day.
    const merger = await mutate(
      mergeIntoNewUnitMutation([c01, c02], { unitId: merged, nameVi: 'Đoàn xã Tả Van (mới)', parentId: province, levelLabel: 'Đoàn xã' }, MERGER),
      admin,
      [...hierarchy, ...appointed],
    );
    appointed.push(await appoint(cadres.merged, 'Thào Thị Mai', merged, 'Bí thư', true, MERGER));

    // The groups' leaders, people of the registry living in the group's commune.
    const homes: [string, string, string, string][] = [
      [leaders.c03a, 'Vàng Thị Dua', c03, '2025-02-01'],
      [leaders.c03b, 'Lù A Sinh', c03, '2025-02-01'],
      [leaders.c10, 'Tẩn Láo Lở', c10, '2025-02-01'],
      [leaders.self, 'Hầu A Lềnh', c09, '2025-02-01'],
      [leaders.merged, 'Giàng Thị Sua', merged, '2025-08-01'],
    ];
    const people = await Promise.all(
      homes.map(([personId, fullName, unitId, on], n) => mutate(registerVolunteerMutation(personId, fullName, unitId, n, on), admin, [merger])),
    );

    // Training's catalogue: a trainer kind (an administrator's), the coordination kind its curriculum
    // grants, the trainer recognised before the platform, and the model the curriculum teaches.
    const module = (title: string) => `[{ moduleId: "m1", title: "${title}", hours: 8, outcomes: ["Tổ chức và điều phối tình nguyện viên"] }]`;
    const defined = await Promise.all(
      (
        [
          [curricula.tot, 'Tập huấn giảng viên nguồn (ToT)', 'trainers'],
          [curricula.coordination, 'Điều phối công tác tình nguyện theo tổ thôn bản', 'commune-cadres'],
        ] as const
      ).map(([curriculumId, title, targetGroup]) =>
        mutate(
          `mutation { defineCurriculum(input: { curriculumId: "${curriculumId}", title: "${title}", targetGroup: "${targetGroup}", ownerUnitId: "${province}", modules: ${module(title)} }) { consistencyToken } }`,
          provinceManager,
          hierarchy,
        ),
      ),
    );
    defined.push(
      await mutate(
        `mutation { defineQualificationKind(input: { kindId: "${kinds.trainer}", name: "Giảng viên nguồn", ownerUnitId: "${province}", validityYears: 5, renewalWindowMonths: 6, grantingCurriculumIds: ["${curricula.tot}"], isTrainerQualification: true, leadingRenews: false }) { consistencyToken } }`,
        admin,
        defined,
      ),
      await mutate(
        `mutation { defineQualificationKind(input: { kindId: "${kinds.coordination}", name: "Điều phối công tác tình nguyện", ownerUnitId: "${province}", validityYears: 1, renewalWindowMonths: 12, grantingCurriculumIds: ["${curricula.coordination}"] }) { consistencyToken } }`,
        provinceManager,
        defined,
      ),
    );
    defined.push(
      await mutate(
        `mutation { recognisePriorQualification(input: { personId: "${cadres.trainer}", personKind: "cadre", kindId: "${kinds.trainer}", recordId: "${id('gv-cong-nhan')}", grantedOn: "2025-01-10", evidence: "Chứng nhận giảng viên nguồn của Trung ương Đoàn" }) { consistencyToken } }`,
        admin,
        [...defined, ...appointed],
      ),
    );
    let modelWritten = await mutate(
      `mutation { draftCoordinationModel(input: { modelId: "${model}", name: "Tổ tình nguyện thôn bản", description: "Mỗi thôn một tổ tình nguyện do cán bộ xã điều phối", curriculumId: "${curricula.coordination}", ownerUnitId: "${province}" }) { consistencyToken } }`,
      provinceManager,
      defined,
    );
    modelWritten = await mutate(`mutation { publishCoordinationModel(input: { modelId: "${model}" }) { consistencyToken } }`, provinceManager, [modelWritten]);
    setUp = [...hierarchy, merger, ...appointed, ...people, ...defined, modelWritten];
  }, 600_000);

  // Stopping six services and dropping their databases outlasts the default.
  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  it('records two years of the province through the API: campaigns, activities and outputs, courses, groups, partners, declared figures and two plan indicators', async () => {
    const launched = await Promise.all(campaignPlans.map((campaign) => mutate(launchCampaignMutation(campaign), admin, setUp)));
    const activitiesWritten = await Promise.all(activities.map((activity) => recordActivity(activity, admin, [...setUp, ...launched])));

    const coursesCompleted = await Promise.all([
      runCourse(
        {
          courseId: id('kh-2025'),
          curriculumId: curricula.coordination,
          title: 'Điều phối tình nguyện theo tổ thôn bản 2025',
          runningUnitId: province,
          trainerId: cadres.trainer,
          learners: [
            { personId: cadres.a, unitId: c01 },
            { personId: cadres.c03, unitId: c03 },
            { personId: cadres.province, unitId: province },
          ],
          startsOn: '2025-04-10',
          endsOn: '2025-04-11',
          completedOn: FIRST_COMPLETED,
        },
        admin,
        setUp,
      ),
      runCourse(
        {
          courseId: id('kh-2026'),
          curriculumId: curricula.coordination,
          title: 'Điều phối tình nguyện theo tổ thôn bản 2026',
          runningUnitId: province,
          trainerId: cadres.trainer,
          learners: [
            { personId: cadres.merged, unitId: merged },
            { personId: cadres.c05, unitId: c05 },
          ],
          startsOn: '2026-03-15',
          endsOn: '2026-03-16',
          completedOn: SECOND_COMPLETED,
        },
        admin,
        setUp,
      ),
    ]);

    // Groups: registered by their communes' managers (verified at once), one declared dormant, one pending.
    const registerGroup = (groupId: string, name: string, hostUnitId: string, leader: string) =>
      mutate(
        registerGroupMutation({
          groupId,
          name,
          kind: 'team',
          origin: 'union-founded',
          hostUnitId,
          fields: ['social-security'],
          leaderPersonIds: [leader],
          size: 15,
        }),
        manager(hostUnitId),
        setUp,
      );
    const groupsWritten = await Promise.all([
      registerGroup(groups.c03Team, 'Đội thanh niên tình nguyện xã 3', c03, leaders.c03a),
      registerGroup(groups.c03Club, 'Câu lạc bộ văn nghệ xã 3', c03, leaders.c03b),
      registerGroup(groups.merged, 'Đội thanh niên tình nguyện Tả Van mới', merged, leaders.merged),
      registerGroup(groups.c10, 'Đội sơ cứu xã 10', c10, leaders.c10),
      mutate(
        `mutation { selfRegisterGroup(input: { name: "Nhóm thiện nguyện bản Cát", kind: "group", origin: "self-formed", proposedHostUnitId: "${c09}", fields: ["children-care-education"], size: 8, leaderPersonIds: ["${leaders.self}"] }) { consistencyToken } }`,
        tokenFor([], { kind: 'volunteer', personId: leaders.self }),
        setUp,
      ),
    ]);
    groupsWritten.push(
      await mutate(
        `mutation { declareGroupStatus(input: { groupId: "${groups.c03Club}", status: "dormant", reason: "Câu lạc bộ tạm ngừng sinh hoạt" }) { consistencyToken } }`,
        manager(c03),
        groupsWritten,
      ),
    );

    // Partners and their agreements with the province.
    const partnersWritten = await Promise.all(
      [
        [partners.p1, 'Công ty CP Xi măng Lào Cai'],
        [partners.p2, 'Công ty CP Sách và Thiết bị trường học Lào Cai'],
        [partners.p3, 'Hội doanh nhân kiều bào tại Nhật Bản'],
      ].map(([partnerId, name]) =>
        mutate(
          `mutation { registerPartner(input: { partnerId: "${partnerId}", name: "${name}", kind: "business", ownerUnitId: "${province}" }) { consistencyToken } }`,
          provinceManager,
          setUp,
        ),
      ),
    );
    const agreementsWritten = await Promise.all([
      mutate(
        signAgreementMutation({
          agreementId: agreements.p1,
          partnerId: partners.p1,
          title: 'Thoả thuận xi măng cho đường thôn',
          leadUnitId: province,
          partyUnitIds: [c04],
          validFrom: '2025-06-01',
          validTo: '2026-05-31',
        }),
        provinceManager,
        partnersWritten,
      ),
      mutate(
        signAgreementMutation({
          agreementId: agreements.p2,
          partnerId: partners.p2,
          title: 'Biên bản ghi nhớ vì trẻ em Tả Van',
          leadUnitId: province,
          partyUnitIds: [merged],
          validFrom: '2026-01-15',
          validTo: '2027-12-31',
        }),
        provinceManager,
        partnersWritten,
      ),
      mutate(
        signAgreementMutation({
          agreementId: agreements.p3,
          partnerId: partners.p3,
          title: 'Thoả thuận hỗ trợ sân chơi cho thiếu nhi',
          leadUnitId: province,
          partyUnitIds: [],
          validFrom: '2026-06-01',
          validTo: '2028-05-31',
        }),
        provinceManager,
        partnersWritten,
      ),
    ]);

    // Who took part (the campaigns' copy of the network's directory may be a moment behind).
    const participants = (activityId: string, groupIds: string[], partnerIds: string[]) =>
      mutate(
        `mutation { recordActivityParticipants(activityId: "${activityId}", groupIds: ${list(groupIds)}, partnerIds: ${list(partnerIds)}) { consistencyToken } }`,
        admin,
        [...activitiesWritten, ...groupsWritten, ...partnersWritten],
      );
    const participantsWritten = await Promise.all([
      participants(act(6), [], [partners.p1]),
      participants(act(12), [groups.merged], []),
      participants(act(14), [groups.c03Team], [partners.p2]),
    ]);

    // The figures units declared in their yearly written reports (K2's denominator).
    const declared = await Promise.all(
      (
        [
          [c03, 'Y2025', 4],
          [c04, 'Y2025', 2],
          [c06, 'Y2025', 2],
          [school, 'Y2025', 4],
          [merged, 'Y2025', 8],
          [c03, 'Y2026', 2],
          [c05, 'Y2026', 3],
          [c08, 'Y2026', 1],
          [c09, 'Y2026', 2],
          [merged, 'Y2026', 2],
        ] as const
      ).map(([unitId, period, value]) => mutate(declareValueMutation(unitId, period, value), manager(unitId), setUp)),
    );

    const definitions = await Promise.all([
      mutate(
        defineIndicatorMutation({
          indicatorId: plan.ntm,
          code: CODES[plan.ntm]!,
          nameVi: '100% cơ sở Đoàn xã có công trình, phần việc thanh niên tham gia xây dựng nông thôn mới',
          nameEn: 'Every commune branch has a youth work in new rural construction',
          ownerUnitId: province,
          unit: '%',
          formula: ntmFormula,
          targets: [
            { year: 2025, value: 100 },
            { year: 2030, value: 100 },
          ],
        }),
        provinceManager,
        setUp,
      ),
      mutate(
        defineIndicatorMutation({
          indicatorId: plan.playSpaces,
          code: CODES[plan.playSpaces]!,
          nameVi: 'Mỗi xã xây dựng ít nhất một sân chơi cho thiếu nhi',
          nameEn: 'Each commune builds at least one play space for children',
          ownerUnitId: province,
          unit: '%',
          formula: playSpacesFormula,
          targets: [{ year: 2026, value: 100 }],
        }),
        provinceManager,
        setUp,
      ),
    ]);
    recorded = [...activitiesWritten, ...coursesCompleted, ...groupsWritten, ...agreementsWritten, ...participantsWritten];
    reportingWrites = [...declared, ...definitions];

    // What the scenario relies on, read back from the services' own read models.
    const lifecycle = await read(
      `{ a1: activity(id: "${act(1)}") { status } a7: activity(id: "${act(7)}") { status } a14: activity(id: "${act(14)}") { status participantGroupIds participantPartnerIds } club: group(id: "${groups.c03Club}") { status } }`,
      admin,
      recorded,
    );
    expect(lifecycle).toEqual({
      a1: { status: 'completed' },
      a7: { status: 'cancelled' },
      a14: { status: 'in-progress', participantGroupIds: [groups.c03Team], participantPartnerIds: [partners.p2] },
      club: { status: 'dormant' },
    });
    // The completion reactor grants each learner the coordination qualification, dated the course's completion.
    const trained: [string, string][] = [
      [cadres.a, FIRST_COMPLETED],
      [cadres.c03, FIRST_COMPLETED],
      [cadres.province, FIRST_COMPLETED],
      [cadres.merged, SECOND_COMPLETED],
      [cadres.c05, SECOND_COMPLETED],
    ];
    for (const [personId, grantedOn] of trained) {
      const granted = async () =>
        (
          (await read(`{ personQualifications(personId: "${personId}") { qualifications { kindId history { grantedOn } } } }`, admin))['personQualifications']
            .qualifications as { kindId: string; history: { grantedOn: string }[] }[]
        )
          .find((standing) => standing.kindId === kinds.coordination)
          ?.history.map((record) => record.grantedOn) ?? [];
      expect({ personId, grantedOn: await eventually(granted, (dates) => dates.length > 0, 90_000) }).toEqual({ personId, grantedOn: [grantedOn] });
    }
  }, 900_000);

  // ---------------------------------------------------------------------------------------------
  // The expected values, worked out by hand from the records above.
  // ---------------------------------------------------------------------------------------------

  type Figures = Pick<IndicatorValueRow, 'value' | 'numerator' | 'denominator'>;
  /** A percentage: numerator / denominator × 100; no value when the denominator is 0. */
  const share = (numerator: number, denominator: number): Figures => ({
    value: denominator === 0 ? null : (numerator / denominator) * 100,
    numerator,
    denominator,
  });
  /** A count (K5): no numerator nor denominator. */
  const tally = (value: number): Figures => ({ value, numerator: null, denominator: null });

  /** One expected value, with its code, version, target and progress (value / target). */
  function expected(indicatorId: string, unitId: string, period: string, structureDate: string, figures: Figures): IndicatorValueRow {
    const target = TARGETS[indicatorId]?.[period];
    return {
      indicatorId,
      version: 1,
      code: CODES[indicatorId]!,
      unitId,
      period,
      structureDate,
      ...figures,
      target: target?.value ?? null,
      targetYear: target?.year ?? null,
      progress: target && figures.value !== null ? figures.value / target.value : null,
    };
  }

  interface UnitFigures {
    k1: Figures;
    k2: Figures;
    k3: Figures;
    k4: Figures;
    /** K5.1–K5.3: groups registered, verified, active on the last day. */
    groups: [number, number, number];
    /** K5.4: distinct partners with an agreement in force on the last day. */
    partners: number;
    /** K5.5: activities in the period naming a group or a partner. */
    joint: number;
    ntm: Figures;
    playSpaces: Figures;
  }

  /** Every indicator's expected value for a unit, a period and a structure date. */
  const unitValues = (unitId: string, period: Year, structureDate: string, f: UnitFigures): IndicatorValueRow[] => [
    expected('k1', unitId, period, structureDate, f.k1),
    expected('k2', unitId, period, structureDate, f.k2),
    expected('k3', unitId, period, structureDate, f.k3),
    expected('k4', unitId, period, structureDate, f.k4),
    expected('k5-groups-registered', unitId, period, structureDate, tally(f.groups[0])),
    expected('k5-groups-verified', unitId, period, structureDate, tally(f.groups[1])),
    expected('k5-groups-active', unitId, period, structureDate, tally(f.groups[2])),
    expected('k5-partners', unitId, period, structureDate, tally(f.partners)),
    expected('k5-joint-activities', unitId, period, structureDate, tally(f.joint)),
    expected(plan.ntm, unitId, period, structureDate, f.ntm),
    expected(plan.playSpaces, unitId, period, structureDate, f.playSpaces),
  ];

  // The groups were registered today: on 2025-12-31 none existed yet; on 2026-12-31 they stand
  // only when the suite runs in 2026 (later runs find them after the period). The current month's
  // last day always sees them (checked on its own below).
  const standOn2026End = today <= '2026-12-31';
  const groupsOn2026End = (registered: number, verified: number, active: number): [number, number, number] =>
    standOn2026End ? [registered, verified, active] : [0, 0, 0];

  /** As the hierarchy stood on 2025-03-31: the province and the old commune c01 (Tả Van). */
  const valuesBefore = (): IndicatorValueRow[] => [
    ...unitValues(province, 'Y2025', BEFORE, {
      // 20 units then: the province, c01–c18, the school. Recorded an activity or a campaign in
      // 2025: the province (its campaign; and A8, A9 of the successor, which did not exist on
      // 2025-03-31, so they fall to its parent), c01 (A1, A2), c02 (A3), c03 (A4, A5), c04 (A6),
      // c06 (A11), c07 (its campaign), the school (A10). c05's only one (A7) was cancelled: 8 of 20.
      k1: share(8, 20),
      // Activities of 2025 in the province: A1–A6, A8–A11 = 10 (A7 cancelled, A0 is Yên Bái's);
      // declared for 2025: c03 4 + c04 2 + c06 2 + the school 4 + the successor 8 = 20.
      k2: share(10, 20),
      // Union/federation-initiated (A3 and A11 are not; A7 cancelled): A1, A2, A4, A5, A6, A8, A9, A10 = 8.
      // Naming the model with a cadre trained by their day: A2 only (A4's and A9's cadres were trained later): 1.
      k3: share(1, 8),
      // Dedicated on 2025-12-31: A, c03's, c04's, c05's, the province's, the successor's = 6;
      // valid then: course 1's three (A, c03's, the province's; until 2026-04-15). c05's and the
      // successor's are not valid yet (course 2, 2026-03-20): 3 of 6.
      k4: share(3, 6),
      // No group existed on 2025-12-31; P1's agreement was in force (P2's and P3's not yet); A6 named P1.
      groups: [0, 0, 0],
      partners: 1,
      joint: 1,
      // Communes then: c01–c18 = 18. New rural construction in 2025: c01 (A1), c03 (A5); A8 falls to the province (no commune); A7 cancelled: 2 of 18.
      ntm: share(2, 18),
      // A play space in 2025: c03 (A5: 2), c06 (A11: 1); A8's falls to the province; c01's road is no play space: 2 of 18.
      playSpaces: share(2, 18),
    }),
    ...unitValues(province, 'Y2026', BEFORE, {
      // 20 units. In 2026: the province (its campaign, A18, and the successor's A12, A13, falling to it), c03 (A14), c05 (A15, A17), c08 (A16), c09 (A19): 5 of 20.
      k1: share(5, 20),
      // Activities of 2026: A12–A19 = 8; declared: c03 2 + c05 3 + c08 1 + c09 2 + the successor 2 = 10.
      k2: share(8, 10),
      // Union/federation-initiated: A12–A19 = 8 (A15 the federation's). Trained by their day: A12 (the successor's cadre, 2026-03-20 ≤ 2026-05-05) and A17 (c05's, ≤ 2026-04-20): 2.
      k3: share(2, 8),
      // Dedicated on 2026-12-31: the same 6; valid then: course 2's two (until 2027-03-20); course 1's expired on 2026-04-15: 2 of 6.
      k4: share(2, 6),
      // Groups: c03's team and club, the successor's, c10's, and the one pending (counted for the
      // commune it proposed, c09) are registered: 5; verified: the four registered by their
      // communes; active: three (the club was declared dormant, the pending one is not active yet).
      groups: groupsOn2026End(5, 4, 3),
      // In force on 2026-12-31: P2's and P3's (P1's expired on 2026-05-31). Joint in 2026: A12 (a group), A14 (a group and P2).
      partners: 2,
      joint: 2,
      // Communes: 18. New rural construction in 2026: c05 (A17), c08 (A16); A12 and A13 fall to the province: 2 of 18.
      ntm: share(2, 18),
      // A play space in 2026: c03 (A14); A13's falls to the province: 1 of 18.
      playSpaces: share(1, 18),
    }),
    ...unitValues(c01, 'Y2025', BEFORE, {
      // The old commune, its own 2025: A1 and A2 (dated before the merger; it is a unit of its own on 2025-03-31).
      k1: share(1, 1),
      // 2 activities; it declared nothing (it was merged away before the reports): no value.
      k2: share(2, 0),
      // Both union-initiated; A2 names the model, its cadre trained on 2025-04-15 ≤ 2025-05-10: 1 of 2.
      k3: share(1, 2),
      // Cadre A keeps a dedicated position in c01, valid on 2025-12-31: 1 of 1.
      k4: share(1, 1),
      groups: [0, 0, 0],
      partners: 0,
      joint: 0,
      // A1 is new rural construction; its road is no play space.
      ntm: share(1, 1),
      playSpaces: share(0, 1),
    }),
    ...unitValues(c01, 'Y2026', BEFORE, {
      // Nothing of its own in 2026 (the successor's activities fall to the province on 2025-03-31).
      k1: share(0, 1),
      k2: share(0, 0),
      k3: share(0, 0),
      // Cadre A is still dedicated there; the qualification expired on 2026-04-15: 0 of 1.
      k4: share(0, 1),
      groups: [0, 0, 0],
      partners: 0,
      joint: 0,
      ntm: share(0, 1),
      playSpaces: share(0, 1),
    }),
  ];

  /** Restated to 2026-12-31: the province and the successor, which carries c01's and c02's history. */
  const valuesAfter = (): IndicatorValueRow[] => [
    ...unitValues(province, 'Y2025', AFTER, {
      // 19 units now: the province, c03–c18, the successor, the school. In 2025: the province (its
      // campaign), the successor (A1, A2, A3 of its predecessors; A8, A9), c03, c04, c06, c07, the school: 7 of 19.
      k1: share(7, 19),
      // The same facts in the same subtree as on 2025-03-31: 10 of 20, 1 of 8, 3 of 6.
      k2: share(10, 20),
      k3: share(1, 8),
      k4: share(3, 6),
      groups: [0, 0, 0],
      partners: 1,
      joint: 1,
      // Communes now: c03–c18 and the successor = 17. New rural construction in 2025: the successor (A1, A8), c03 (A5): 2 of 17.
      ntm: share(2, 17),
      // A play space in 2025: the successor (A8), c03 (A5), c06 (A11): 3 of 17.
      playSpaces: share(3, 17),
    }),
    ...unitValues(province, 'Y2026', AFTER, {
      // 19 units. In 2026: the province, the successor (A12, A13), c03, c05, c08, c09: 6 of 19.
      k1: share(6, 19),
      k2: share(8, 10),
      k3: share(2, 8),
      k4: share(2, 6),
      groups: groupsOn2026End(5, 4, 3),
      partners: 2,
      joint: 2,
      // New rural construction in 2026: the successor (A12, A13), c05 (A17), c08 (A16): 3 of 17.
      ntm: share(3, 17),
      // A play space in 2026: the successor (A13), c03 (A14): 2 of 17.
      playSpaces: share(2, 17),
    }),
    ...unitValues(merged, 'Y2025', AFTER, {
      // The successor's 2025 includes its predecessors': A1, A2 (c01), A3 (c02), A8, A9.
      k1: share(1, 1),
      // 5 activities over its declared 8.
      k2: share(5, 8),
      // Union-initiated: A1, A2, A8, A9 (A3 is not) = 4; trained by the day: A2 (A9's cadre only in 2026): 1 of 4.
      k3: share(1, 4),
      // Dedicated on 2025-12-31: cadre A (c01, carried) and the successor's own; valid: A only: 1 of 2.
      k4: share(1, 2),
      groups: [0, 0, 0],
      // P2's agreement with it starts only in 2026; no joint activity in 2025.
      partners: 0,
      joint: 0,
      // New rural construction: A1, A8; a play space: A8.
      ntm: share(1, 1),
      playSpaces: share(1, 1),
    }),
    ...unitValues(merged, 'Y2026', AFTER, {
      // A12, A13.
      k1: share(1, 1),
      // 2 activities over its declared 2.
      k2: share(2, 2),
      // Both union-initiated; A12 names the model, its cadre trained on 2026-03-20 ≤ 2026-05-05: 1 of 2.
      k3: share(1, 2),
      // Cadre A (expired) and the successor's own (valid until 2027-03-20): 1 of 2.
      k4: share(1, 2),
      // Its own group, registered and verified by its manager, active.
      groups: groupsOn2026End(1, 1, 1),
      // P2's agreement binds it; A12 named its group.
      partners: 1,
      joint: 1,
      ntm: share(1, 1),
      playSpaces: share(1, 1),
    }),
  ];

  /** The values of the units asked, polled until they equal the expectation (the facts lag the other read models). */
  async function valuesOnceComputed(ask: Parameters<typeof indicatorValuesQuery>[0], want: IndicatorValueRow[]): Promise<IndicatorValueRow[]> {
    // A plan indicator the definitions' read model does not show yet is refused as unknown: asked again too.
    const answer = await eventually(
      () => gql(indicatorValuesQuery(ask), { token: provinceAnalyst, consistency: recorded }),
      (result) => result.errors === undefined && sameValues(result.data!['indicatorValues'] as IndicatorValueRow[], want),
      180_000,
    );
    expect(answer.errors).toBeUndefined();
    return asExpected(answer.data!['indicatorValues'] as IndicatorValueRow[], want);
  }

  it('computes K1–K5 and both plan indicators as the hierarchy stood on 2025-03-31: the old commune shows its own history', async () => {
    const want = valuesBefore();
    expect(await valuesOnceComputed({ indicatorIds: INDICATORS, periods: PERIODS, unitIds: [province, c01], structureDate: BEFORE }, want)).toEqual(
      sortedRows(want),
    );
  }, 240_000);

  it("restates them to 2026-12-31: the successor carries its predecessors' 2025 activities, and no fact counts twice", async () => {
    const want = valuesAfter();
    expect(await valuesOnceComputed({ indicatorIds: INDICATORS, periods: PERIODS, unitIds: [province, merged], structureDate: AFTER }, want)).toEqual(
      sortedRows(want),
    );
  }, 240_000);

  it('gives one value per commune with `level`: the two old communes on 2025-03-31, the successor in their place on 2026-12-31', async () => {
    // K1, 2025, as on 2025-03-31: each of c01–c18 covers itself or not. Recorded something: c01, c02, c03, c04, c06, c07.
    const coveredBefore = new Set([c01, c02, c03, c04, c06, c07]);
    const k1PerCommune = communes.map((unitId) => expected('k1', unitId, 'Y2025', BEFORE, coveredBefore.has(unitId) ? share(1, 1) : share(0, 1)));
    expect(
      await valuesOnceComputed({ indicatorIds: ['k1'], periods: ['Y2025'], unitIds: [province], structureDate: BEFORE, level: 'Đoàn xã' }, k1PerCommune),
    ).toEqual(sortedRows(k1PerCommune));

    // Play spaces, 2025, restated: c03–c18 and the successor (the merged-away communes are no units of that structure). Built one: the successor (A8), c03, c06.
    const builtAfter = new Set([merged, c03, c06]);
    const playSpacesPerCommune = [...communes.slice(2), merged].map((unitId) =>
      expected(plan.playSpaces, unitId, 'Y2025', AFTER, builtAfter.has(unitId) ? share(1, 1) : share(0, 1)),
    );
    expect(
      await valuesOnceComputed(
        { indicatorIds: [plan.playSpaces], periods: ['Y2025'], unitIds: [province], structureDate: AFTER, level: 'Đoàn xã' },
        playSpacesPerCommune,
      ),
    ).toEqual(sortedRows(playSpacesPerCommune));
  }, 240_000);

  it("counts the groups on the current month's last day, restated to today's structure when no structure date is given", async () => {
    const month = `M${today.slice(0, 4)}-${today.slice(5, 7)}`;
    const groupCounts = (unitId: string, [registered, verified, active]: [number, number, number]): IndicatorValueRow[] =>
      (['k5-groups-registered', 'k5-groups-verified', 'k5-groups-active'] as const).map((indicatorId, index) =>
        expected(indicatorId, unitId, month, today, tally([registered, verified, active][index]!)),
      );
    // The province: five registered (one pending), four verified, three active (one dormant); the successor: its own one.
    const want = [...groupCounts(province, [5, 4, 3]), ...groupCounts(merged, [1, 1, 1])];
    expect(
      await valuesOnceComputed(
        { indicatorIds: ['k5-groups-registered', 'k5-groups-verified', 'k5-groups-active'], periods: [month], unitIds: [province, merged] },
        want,
      ),
    ).toEqual(sortedRows(want));
  }, 240_000);

  it("offers K1–K5 and the province's plan indicators to its communes, not to another province's", async () => {
    const idsFor = async (unitId: string, token: string) =>
      ((await read(`{ indicatorDefinitions(unitId: "${unitId}") { indicatorId } }`, token))['indicatorDefinitions'] as { indicatorId: string }[])
        .map((definition) => definition.indicatorId)
        .sort();
    const programme = ['k1', 'k2', 'k3', 'k4', ...K5];
    const offered = [...programme, plan.ntm, plan.playSpaces].sort();
    // The definitions' read model follows the reporting service's topic: asked until it shows them.
    expect(
      await eventually(
        () => idsFor(c03, provinceAnalyst),
        (ids) => ids.length === offered.length,
        60_000,
      ),
    ).toEqual(offered);
    expect(await idsFor(otherCommune, admin)).toEqual([...programme].sort());
  });

  // The indicator slice records its progress apart; the reporting service's own writes must still
  // reach the core's checkpoints, which every request's consistency tokens are waited for in.
  it('reads the declared figures and plan indicators back with the consistency tokens their writes returned', async () => {
    // One attempt, as a client would send it: the gateway waits for the writes the tokens name.
    const answer = await rawGql(
      `{ declaredValues(unitId: "${merged}", period: "Y2026") { unitId period key value declaredBy } indicatorDefinitions(unitId: "${province}") { indicatorId version origin ownerUnitId } }`,
      { token: provinceManager, consistency: reportingWrites, language: 'en' },
    );
    expect(errorOf(answer)).toEqual({ code: undefined, field: undefined });
    expect(answer.data!['declaredValues']).toEqual([{ unitId: merged, period: 'Y2026', key: 'activities-held', value: 2, declaredBy: `acc-${merged}` }]);
    const planned = (answer.data!['indicatorDefinitions'] as { indicatorId: string }[])
      .filter((definition) => definition.indicatorId.startsWith(run))
      .sort((a, b) => a.indicatorId.localeCompare(b.indicatorId));
    expect(planned).toEqual(
      [plan.ntm, plan.playSpaces].sort((a, b) => a.localeCompare(b)).map((indicatorId) => ({ indicatorId, version: 1, origin: 'plan', ownerUnitId: province })),
    );
  });

  it("refuses another province's manager reading this province's values, word for word as for a unit that does not exist", async () => {
    const ask = (unitId: string) =>
      gql(indicatorValuesQuery({ indicatorIds: ['k1'], periods: ['Y2025'], unitIds: [unitId], structureDate: AFTER }), {
        token: otherProvinceManager,
        language: 'en',
      });
    const [foreign, unknown] = [await ask(province), await ask(id('khong-co'))];
    expect(errorOf(foreign).code).toBe('FORBIDDEN');
    expect(errorOf(foreign)).toEqual(errorOf(unknown));
    expect(foreign.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(foreign.data?.['indicatorValues'] ?? null).toBeNull();
    // Its own province it reads: Yên Bái and its commune, which recorded A0 in 2025 (1 of 2), nothing of Lào Cai's.
    const own = () =>
      read(indicatorValuesQuery({ indicatorIds: ['k1'], periods: ['Y2025'], unitIds: [otherProvince], structureDate: AFTER }), otherProvinceManager).then(
        (data) => data['indicatorValues'] as IndicatorValueRow[],
      );
    const yenBai = await eventually(own, (rows) => rows[0]?.numerator === 1);
    expect(yenBai.map(({ unitId, value, numerator, denominator }) => ({ unitId, value, numerator, denominator }))).toEqual([
      { unitId: otherProvince, value: 50, numerator: 1, denominator: 2 },
    ]);
  });

  it('refuses a bad period key and a bad structure date, naming the problem in Vietnamese and in English', async () => {
    const ask = (periods: string[], structureDate: string, language: string) =>
      gql(indicatorValuesQuery({ indicatorIds: ['k1'], periods, unitIds: [province], structureDate }), { token: provinceAnalyst, language });
    const refusal = (answer: GqlResponse) => ({
      ...errorOf(answer),
      message: answer.errors?.[0]?.message ?? '',
      data: answer.data?.['indicatorValues'] ?? null,
    });

    const badPeriod = ['Y2025', 'Q2025-5'];
    const [periodVi, periodEn] = [refusal(await ask(badPeriod, AFTER, 'vi')), refusal(await ask(badPeriod, AFTER, 'en'))];
    expect(periodVi).toMatchObject({ code: 'INDICATOR_QUERY.PERIOD_INVALID', field: 'periods', data: null });
    expect(periodEn).toMatchObject({ code: 'INDICATOR_QUERY.PERIOD_INVALID', field: 'periods', data: null });
    // Each names the key at fault and says what a period key looks like.
    expect(periodVi.message).toMatch(/^Kỳ báo cáo không hợp lệ: Q2025-5;/);
    expect(periodEn.message).toMatch(/^Invalid period: Q2025-5;/);
    for (const message of [periodVi.message, periodEn.message]) expect(message).toContain('Y2025');

    // 30 February is no date.
    const [dateVi, dateEn] = [refusal(await ask(['Y2025'], '2026-02-30', 'vi')), refusal(await ask(['Y2025'], '2026-02-30', 'en'))];
    expect(dateVi).toMatchObject({ code: 'INDICATOR_QUERY.DATE_INVALID', field: 'structureDate', data: null });
    expect(dateEn).toMatchObject({ code: 'INDICATOR_QUERY.DATE_INVALID', field: 'structureDate', data: null });
    expect(dateVi.message).toMatch(/^Ngày không hợp lệ ở trường structureDate/);
    expect(dateEn.message).toMatch(/^Invalid date in structureDate/);
    for (const message of [dateVi.message, dateEn.message]) expect(message).toContain('YYYY-MM-DD');
  });
});
