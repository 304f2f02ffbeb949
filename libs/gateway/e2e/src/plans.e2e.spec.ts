import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type GqlResponse, type Platform, startPlatform, tokenFor } from './harness';
import { createUnitMutation, defineIndicatorMutation, indicatorKit, launchCampaignMutation, str, vietnamToday } from './indicators.test-fixtures';

// Issue 16, plans, through real servers: Lào Cai drafts and publishes its 2025–2030 plan (K1 with
// commune-level targets, and a plan indicator of its own); two of its communes adopt it, each into
// a local plan with the commune targets, and one raises a target; a commune of Yên Bái cannot
// adopt it; `planProgress` measures the engine's values against the plan's targets, one row per
// commune with `level`, so the communes behind show.
describe('plans through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('plans e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  const { gql, mutate, read, eventually } = indicatorKit(() => platform);

  // Lào Cai with three communes (Tả Van launches a campaign in 2025; Lao Chải and Bản Hồ record
  // nothing), and Yên Bái with one.
  const province = id('lao-cai');
  const [taVan, laoChai, banHo] = [id('xa-ta-van'), id('xa-lao-chai'), id('xa-ban-ho')];
  const [otherProvince, otherCommune] = [id('yen-bai'), id('xa-mu-cang-chai')];
  const COMMUNE = 'Đoàn xã';

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const manager = (unitId: string) => tokenFor([{ role: 'unit-manager', unitId }], { sub: `acc-${unitId}` });
  const [provinceManager, taVanManager, laoChaiManager, otherCommuneManager, banHoManager] = [province, taVan, laoChai, otherCommune, banHo].map(manager) as [
    string,
    string,
    string,
    string,
    string,
  ];

  /** The province's plan indicator: campaigns launched in the unit's subtree. */
  const campaignsIndicator = id('so-chien-dich');
  const planId = id('kh-2025-2030');
  const [taVanPlan, laoChaiPlan] = [id('kh-ta-van'), id('kh-lao-chai')];

  /** K1: 60% of the province's units in 2025 and 80% in 2030, every commune branch 100%; campaigns: 2 in the province, 1 in each commune in 2025. */
  const planIndicators = `[
    { indicatorId: "k1", objectiveId: "mt-1", targets: [
      { year: 2025, value: 60 }, { year: 2030, value: 80 },
      { year: 2025, value: 100, levelLabel: ${str(COMMUNE)} }, { year: 2030, value: 100, levelLabel: ${str(COMMUNE)} } ] },
    { indicatorId: "${campaignsIndicator}", objectiveId: "mt-2", targets: [{ year: 2025, value: 2 }, { year: 2025, value: 1, levelLabel: ${str(COMMUNE)} }] }
  ]`;
  const draftPlanMutation = (indicators: string) =>
    `mutation { draftPlan(input: { planId: "${planId}", ownerUnitId: "${province}", title: "Kế hoạch công tác tình nguyện giai đoạn 2025–2030", period: { fromYear: 2025, toYear: 2030 }, objectives: [{ objectiveId: "mt-1", text: "Mọi cơ sở Đoàn có hoạt động tình nguyện" }, { objectiveId: "mt-2", text: "Mỗi xã có chiến dịch tình nguyện" }], indicators: ${indicators} }) { id consistencyToken } }`;
  const adoptPlanMutation = (adoptingUnitId: string, localPlanId: string) =>
    `mutation { adoptPlan(input: { planId: "${planId}", adoptingUnitId: "${adoptingUnitId}", localPlanId: "${localPlanId}" }) { id consistencyToken } }`;
  const setTargetsMutation = (value: number) =>
    `mutation { setPlanTargets(input: { planId: "${taVanPlan}", indicatorId: "${campaignsIndicator}", targets: [{ year: 2025, value: ${value} }] }) { consistencyToken } }`;

  interface ProgressRow {
    indicatorId: string;
    unitId: string;
    value: number | null;
    target: number | null;
    targetYear: number | null;
    reached: boolean | null;
  }
  const progressQuery = (ofPlan: string, unitId: string, level?: string) =>
    `{ planProgress(planId: "${ofPlan}", unitId: "${unitId}", period: "Y2025", structureDate: "2025-12-31"${level ? `, level: ${str(level)}` : ''}) { indicatorId unitId value target targetYear reached } }`;
  const row = (unitId: string, indicatorId: string, value: number, target: number, reached: boolean): ProgressRow => ({
    indicatorId,
    unitId,
    value,
    target,
    targetYear: 2025,
    reached,
  });
  const sorted = (rows: readonly ProgressRow[]) => [...rows].sort((a, b) => `${a.unitId}|${a.indicatorId}`.localeCompare(`${b.unitId}|${b.indicatorId}`));

  /** The progress rows, polled until they equal the expectation (the indicator facts lag the other read models). */
  async function progressOnceComputed(query: string, token: string, want: ProgressRow[]): Promise<ProgressRow[]> {
    const rowsOf = (result: GqlResponse) => sorted((result.data?.['planProgress'] ?? []) as ProgressRow[]);
    const answer = await eventually(
      () => gql(query, { token, consistency: written }),
      (result) => result.errors === undefined && JSON.stringify(rowsOf(result)) === JSON.stringify(sorted(want)),
      120_000,
    );
    expect(answer.errors).toBeUndefined();
    return rowsOf(answer);
  }

  const refusal = (answer: GqlResponse, field: string) => ({
    ...errorOf(answer),
    message: answer.errors?.[0]?.message ?? '',
    data: answer.data?.[field] ?? null,
  });

  /** Every write so far: later reads wait for them. */
  let written: string[] = [];

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true, reporting: true });
    const provinces = await Promise.all(
      [province, otherProvince].map((unitId) =>
        mutate(createUnitMutation({ unitId, nameVi: `Tỉnh đoàn ${unitId}`, parentId: null, levelLabel: 'Tỉnh đoàn' }, '2025-01-01'), admin),
      ),
    );
    const communes = await Promise.all(
      (
        [
          [taVan, province],
          [laoChai, province],
          [banHo, province],
          [otherCommune, otherProvince],
        ] as const
      ).map(([unitId, parentId]) =>
        mutate(createUnitMutation({ unitId, nameVi: `Đoàn xã ${unitId}`, parentId, levelLabel: COMMUNE }, '2025-01-01'), admin, provinces),
      ),
    );
    // Tả Van's campaign of 2025: K1 and the campaigns indicator count it for Tả Van and the province.
    const launched = await mutate(
      launchCampaignMutation({
        campaignId: id('cd-ta-van'),
        name: 'Chiến dịch mùa hè xanh Tả Van',
        organiserUnitId: taVan,
        domains: ['social-security'],
        initiator: 'union',
        launchedOn: '2025-05-01',
        startsOn: '2025-06-01',
        endsOn: '2025-08-31',
      }),
      admin,
      communes,
    );
    const defined = await mutate(
      defineIndicatorMutation({
        indicatorId: campaignsIndicator,
        code: 'KH.CD',
        nameVi: 'Số chiến dịch tình nguyện',
        nameEn: 'Volunteer campaigns',
        ownerUnitId: province,
        unit: 'chiến dịch',
        formula: { kind: 'count', measure: { source: 'flows', kinds: ['campaign'], aggregate: 'count' } },
        targets: [],
      }),
      provinceManager,
      communes,
    );
    written = [...provinces, ...communes, launched, defined];
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  it('refuses a target outside the plan’s period, naming the field and the period in Vietnamese and in English', async () => {
    const outside = `[{ indicatorId: "k1", targets: [{ year: 2031, value: 90 }] }]`;
    const [vi, en] = await Promise.all(
      ['vi', 'en'].map(async (language) =>
        refusal(await gql(draftPlanMutation(outside), { token: provinceManager, consistency: written, language }), 'draftPlan'),
      ),
    );
    for (const answer of [vi, en]) expect(answer).toMatchObject({ code: 'PLAN.TARGET_YEAR_OUTSIDE_PERIOD', field: 'indicators.0.targets.0.year', data: null });
    expect(vi.message).toBe('Năm của mục tiêu (indicators.0.targets.0.year) phải nằm trong giai đoạn của kế hoạch (2025–2030).');
    expect(en.message).toBe("A target's year (indicators.0.targets.0.year) must lie within the plan's period (2025–2030).");
  });

  it('drafts and publishes the province’s plan; two communes adopt it, each with the commune targets, and one raises a target', async () => {
    const drafted = await mutate(draftPlanMutation(planIndicators), provinceManager, written);
    const published = await mutate(`mutation { publishPlan(input: { planId: "${planId}" }) { consistencyToken } }`, provinceManager, [drafted]);
    const adopted = [
      await mutate(adoptPlanMutation(taVan, taVanPlan), taVanManager, [published]),
      await mutate(adoptPlanMutation(laoChai, laoChaiPlan), laoChaiManager, [published]),
    ];
    const raised = await mutate(setTargetsMutation(2), taVanManager, adopted);
    written = [...written, drafted, published, ...adopted, raised];

    const planFields = 'planId ownerUnitId status parentPlanId levelLabel indicators { indicatorId targets { year value direction levelLabel } }';
    const data = await read(
      `{ plan(planId: "${taVanPlan}") { ${planFields} } unitPlans(unitId: "${taVan}") { own adopted localPlanId plan { planId status } } }`,
      taVanManager,
      written,
    );
    // Tả Van's local plan: the commune targets (100% and 100%; its campaigns raised from 1 to 2), owned by Tả Van.
    expect(data['plan']).toEqual({
      planId: taVanPlan,
      ownerUnitId: taVan,
      status: 'adopted',
      parentPlanId: planId,
      levelLabel: COMMUNE,
      indicators: [
        {
          indicatorId: 'k1',
          targets: [
            { year: 2025, value: 100, direction: 'at-least', levelLabel: null },
            { year: 2030, value: 100, direction: 'at-least', levelLabel: null },
          ],
        },
        { indicatorId: campaignsIndicator, targets: [{ year: 2025, value: 2, direction: 'at-least', levelLabel: null }] },
      ],
    });
    expect(data['unitPlans']).toEqual([
      { own: true, adopted: false, localPlanId: null, plan: { planId: taVanPlan, status: 'adopted' } },
      { own: false, adopted: true, localPlanId: taVanPlan, plan: { planId, status: 'published' } },
    ]);

    // The province sees who adopted, and Lao Chải's plan with the targets as given.
    const province_ = await read(
      `{ plan(planId: "${planId}") { adoptions { unitId localPlanId } } adoptedPlans(planId: "${planId}") { planId ownerUnitId indicators { indicatorId targets { value } } } }`,
      provinceManager,
      written,
    );
    expect((province_['plan'] as { adoptions: { unitId: string }[] }).adoptions.map((adoption) => adoption.unitId).sort()).toEqual([taVan, laoChai].sort());
    expect(province_['adoptedPlans']).toEqual(
      [
        {
          planId: laoChaiPlan,
          ownerUnitId: laoChai,
          indicators: [
            { indicatorId: 'k1', targets: [{ value: 100 }, { value: 100 }] },
            { indicatorId: campaignsIndicator, targets: [{ value: 1 }] },
          ],
        },
        {
          planId: taVanPlan,
          ownerUnitId: taVan,
          indicators: [
            { indicatorId: 'k1', targets: [{ value: 100 }, { value: 100 }] },
            { indicatorId: campaignsIndicator, targets: [{ value: 2 }] },
          ],
        },
      ].sort((a, b) => a.ownerUnitId.localeCompare(b.ownerUnitId)),
    );
  });

  it('refuses a target below the province’s, and a second adoption by the same commune, saying why in Vietnamese and in English', async () => {
    const [vi, en] = await Promise.all(
      ['vi', 'en'].map(async (language) =>
        refusal(await gql(setTargetsMutation(0), { token: taVanManager, consistency: written, language }), 'setPlanTargets'),
      ),
    );
    for (const answer of [vi, en]) expect(answer).toMatchObject({ code: 'PLAN.TARGET_BELOW_PARENT', field: 'targets.0.value', data: null });
    expect(vi.message).toBe('Mục tiêu năm 2025 không được thấp hơn mức kế hoạch cấp trên đã giao (1); chỉ được nâng lên.');
    expect(en.message).toBe("The target for 2025 cannot be below what the higher unit's plan set (1); it may only be raised.");

    const again = await gql(adoptPlanMutation(taVan, id('kh-ta-van-2')), { token: taVanManager, consistency: written, language: 'en' });
    expect(errorOf(again).code).toBe('PLAN.ALREADY_ADOPTED');
    expect(again.errors?.[0]?.message).toBe(`The unit ${taVan} has already adopted this plan (its plan: ${taVanPlan}).`);
  });

  it('refuses a commune of another province adopting or reading the plan, as for a plan that does not exist', async () => {
    const adopt = (ofPlan: string) =>
      gql(`mutation { adoptPlan(input: { planId: "${ofPlan}", adoptingUnitId: "${otherCommune}" }) { id } }`, {
        token: otherCommuneManager,
        consistency: written,
      });
    const [foreign, unknown] = [await adopt(planId), await adopt(id('khong-co'))];
    expect(errorOf(foreign).code).toBe('FORBIDDEN');
    expect(foreign.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(foreign.data?.['adoptPlan'] ?? null).toBeNull();
    const readIt = await gql(`{ plan(planId: "${planId}") { planId } }`, { token: otherCommuneManager, consistency: written });
    expect(errorOf(readIt).code).toBe('FORBIDDEN');
    // Its own unit's plans offer nothing of Lào Cai's.
    expect((await read(`{ unitPlans(unitId: "${otherCommune}") { plan { planId } } }`, otherCommuneManager, written))['unitPlans']).toEqual([]);
  });

  it("measures each commune against the plan's commune targets: those behind show", async () => {
    const rows = [
      row(taVan, 'k1', 100, 100, true),
      row(taVan, campaignsIndicator, 1, 1, true),
      row(laoChai, 'k1', 0, 100, false),
      row(laoChai, campaignsIndicator, 0, 1, false),
      row(banHo, 'k1', 0, 100, false),
      row(banHo, campaignsIndicator, 0, 1, false),
    ];
    expect(await progressOnceComputed(progressQuery(planId, province, COMMUNE), provinceManager, rows)).toEqual(sorted(rows));
  }, 180_000);

  it('measures the province against its subtree targets, and Tả Van against its own raised target', async () => {
    // The province and its three communes: Tả Van's campaign covers 1 of 4 units (25% of 60%); one campaign of 2.
    const provinceRows = [row(province, 'k1', 25, 60, false), row(province, campaignsIndicator, 1, 2, false)];
    expect(await progressOnceComputed(progressQuery(planId, province), provinceManager, provinceRows)).toEqual(sorted(provinceRows));
    // Tả Van's plan: K1 met, one campaign of the two it set itself.
    const taVanRows = [row(taVan, 'k1', 100, 100, true), row(taVan, campaignsIndicator, 1, 2, false)];
    expect(await progressOnceComputed(progressQuery(taVanPlan, taVan), taVanManager, taVanRows)).toEqual(sorted(taVanRows));
  }, 180_000);

  it('refuses progress for a unit outside the plan and a bad period, naming them in Vietnamese and in English', async () => {
    const ask = (query: string, language: string) => gql(query, { token: admin, consistency: written, language });
    const outside = progressQuery(planId, otherCommune);
    const [outsideVi, outsideEn] = [refusal(await ask(outside, 'vi'), 'planProgress'), refusal(await ask(outside, 'en'), 'planProgress')];
    for (const answer of [outsideVi, outsideEn]) expect(answer).toMatchObject({ code: 'PLAN_QUERY.UNIT_OUTSIDE_PLAN', field: 'unitId', data: null });
    expect(outsideVi.message).toBe(`Đơn vị ${otherCommune} không thuộc phạm vi của kế hoạch (của ${province} và các đơn vị cấp dưới).`);
    expect(outsideEn.message).toBe(`The unit ${otherCommune} is outside the plan’s scope (${province} and the units below it).`);

    const badPeriod = `{ planProgress(planId: "${planId}", unitId: "${province}", period: "Y25") { value } }`;
    const [periodVi, periodEn] = [refusal(await ask(badPeriod, 'vi'), 'planProgress'), refusal(await ask(badPeriod, 'en'), 'planProgress')];
    for (const answer of [periodVi, periodEn]) expect(answer).toMatchObject({ code: 'INDICATOR_QUERY.PERIOD_INVALID', field: 'period', data: null });
    expect(periodVi.message).toMatch(/^Kỳ báo cáo không hợp lệ: Y25;/);
    expect(periodEn.message).toMatch(/^Invalid period: Y25;/);
  });

  it("counts the progress's stocks on the server's today in the year under way, on the last day of a year that has ended", async () => {
    const today = vietnamToday();
    const stocksOf = async (year: string) =>
      (
        (await read(`{ planProgress(planId: "${planId}", unitId: "${province}", period: "${year}") { indicatorId stocksOn } }`, provinceManager, written))[
          'planProgress'
        ] as { stocksOn: string }[]
      ).map((row) => row.stocksOn);
    expect(await stocksOf(`Y${today.slice(0, 4)}`)).toEqual([today, today]);
    expect(await stocksOf('Y2025')).toEqual(['2025-12-31', '2025-12-31']);
  });

  it('refuses a commune adopting a draft of its province as a plan that does not exist, sending nothing', async () => {
    const draftId = id('kh-du-thao');
    const drafted = await mutate(
      `mutation { draftPlan(input: { planId: "${draftId}", ownerUnitId: "${province}", title: "Kế hoạch năm 2027 (dự thảo)", period: { fromYear: 2027, toYear: 2027 }, objectives: [], indicators: [] }) { consistencyToken } }`,
      provinceManager,
      written,
    );
    written = [...written, drafted];
    const adopt = (ofPlan: string) =>
      gql(`mutation { adoptPlan(input: { planId: "${ofPlan}", adoptingUnitId: "${banHo}" }) { id } }`, {
        token: banHoManager,
        consistency: written,
        language: 'en',
      });
    const [draft, unknown] = [refusal(await adopt(draftId), 'adoptPlan'), refusal(await adopt(id('khong-co')), 'adoptPlan')];
    expect(draft).toEqual(unknown);
    expect(draft).toMatchObject({ code: 'FORBIDDEN', data: null });
    // Nothing was recorded on the draft.
    expect((await read(`{ plan(planId: "${draftId}") { status adoptions { unitId } } }`, provinceManager, written))['plan']).toEqual({
      status: 'draft',
      adoptions: [],
    });
  });

  it('refuses a local plan id another plan holds before adopting, so the commune adopts afterwards under an id of its own', async () => {
    const [vi, en] = await Promise.all(
      ['vi', 'en'].map(async (language) =>
        refusal(await gql(adoptPlanMutation(banHo, taVanPlan), { token: banHoManager, consistency: written, language }), 'adoptPlan'),
      ),
    );
    for (const answer of [vi, en]) expect(answer).toMatchObject({ code: 'PLAN.ALREADY_EXISTS', field: 'localPlanId', data: null });
    expect(vi.message).toBe(`Mã kế hoạch ${taVanPlan} đã được sử dụng; hãy chọn mã khác.`);
    expect(en.message).toBe(`The plan id ${taVanPlan} is already used; choose another id.`);
    // Nothing was recorded for Bản Hồ: it adopts under a generated id, and Tả Van's plan is still Tả Van's.
    const answer = await gql(`mutation { adoptPlan(input: { planId: "${planId}", adoptingUnitId: "${banHo}" }) { id consistencyToken } }`, {
      token: banHoManager,
      consistency: written,
    });
    expect(answer.errors).toBeUndefined();
    const { id: localPlanId, consistencyToken } = answer.data?.['adoptPlan'] as { id: string; consistencyToken: string };
    expect(localPlanId).not.toBe(taVanPlan);
    written = [...written, consistencyToken];
    const data = await read(
      `{ banHo: plan(planId: "${localPlanId}") { ownerUnitId status parentPlanId } taVan: plan(planId: "${taVanPlan}") { ownerUnitId } }`,
      provinceManager,
      written,
    );
    expect(data).toEqual({ banHo: { ownerUnitId: banHo, status: 'adopted', parentPlanId: planId }, taVan: { ownerUnitId: taVan } });
  });
});
