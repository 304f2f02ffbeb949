import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type GqlResponse, type Platform, startPlatform, tokenFor } from './harness';
import { createUnitMutation, defineIndicatorMutation, indicatorKit, list, str, vietnamToday } from './indicators.test-fixtures';

// Probes of who sees which indicator values, through real servers. Lào Cai has two districts;
// the commune Tả Van was Bát Xát's in 2025 and moved to Sa Pa on 2026-01-01. A structure date
// of 2025 puts Tả Van under Bát Xát again: Bát Xát's managers, who no longer read Tả Van, are
// refused it (values, totals, plan progress, a publication) exactly as an unknown unit, while
// the province over both reads it. Yên Bái's plan indicator answers Lào Cai's managers as an
// indicator that does not exist. Stocks are counted on the server's today in a year under way.
describe('indicator values: subtrees of the past and indicators of others (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe indicators e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  const { gql, mutate, read, eventually } = indicatorKit(() => platform);

  const today = vietnamToday();
  const thisYear = `Y${today.slice(0, 4)}`;
  const PAST = '2025-06-01';
  const province = id('lao-cai');
  const [batXat, saPa] = [id('bat-xat'), id('sa-pa')];
  const taVan = id('xa-ta-van');
  const otherProvince = id('yen-bai');
  const otherCommune = id('xa-mu-cang-chai');
  const foreignIndicator = id('yb-so-hoat-dong');
  const batXatPlan = id('kh-bat-xat');

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const manager = (unitId: string) => tokenFor([{ role: 'unit-manager', unitId }], { sub: `acc-${unitId}` });
  const [provinceManager, batXatManager, otherCommuneManager] = [province, batXat, otherCommune].map(manager) as [string, string, string];

  const valuesQuery = (indicatorIds: string[], periods: string[], unitId: string, structureDate?: string, level?: string) =>
    `{ indicatorValues(indicatorIds: ${list(indicatorIds)}, periods: ${list(periods)}, unitIds: ["${unitId}"]${structureDate ? `, structureDate: "${structureDate}"` : ''}${level ? `, level: ${str(level)}` : ''}) { indicatorId unitId period structureDate stocksOn value } }`;
  const totalsQuery = (unitId: string, structureDate: string) =>
    `{ subtreeResultTotals(unitId: "${unitId}", period: "Y2025", structureDate: "${structureDate}") { unitId } }`;
  const progressQuery = (unitId: string, period: string, structureDate?: string) =>
    `{ planProgress(planId: "${batXatPlan}", unitId: "${unitId}", period: "${period}"${structureDate ? `, structureDate: "${structureDate}"` : ''}) { indicatorId unitId stocksOn } }`;
  const publishMutation = (unitId: string, structureDate: string) =>
    `mutation { publishIndicatorValues(input: { unitId: "${unitId}", period: "Y2025", structureDate: "${structureDate}" }) { id } }`;
  const refusal = (answer: GqlResponse) => ({
    ...errorOf(answer),
    message: answer.errors?.[0]?.message ?? '',
    data: answer.data ? Object.values(answer.data)[0] : null,
  });

  /** Every write so far: later reads wait for them. */
  let written: string[] = [];
  const ask = (query: string, token: string) => gql(query, { token, consistency: written, language: 'en' });
  /** The answer once the indicator facts' copy of the hierarchy shows the move (it lags the registry's read model). */
  const onceMoved = (query: string, token: string, moved: (answer: GqlResponse) => boolean) => eventually(() => ask(query, token), moved, 60_000);

  beforeAll(async () => {
    platform = await startPlatform(suite, { reporting: true });
    const provinces = await Promise.all(
      [province, otherProvince].map((unitId) =>
        mutate(createUnitMutation({ unitId, nameVi: `Tỉnh đoàn ${unitId}`, parentId: null, levelLabel: 'Tỉnh đoàn' }, '2025-01-01'), admin),
      ),
    );
    const districts = await Promise.all(
      [batXat, saPa].map((unitId) =>
        mutate(createUnitMutation({ unitId, nameVi: `Huyện đoàn ${unitId}`, parentId: province, levelLabel: 'Huyện đoàn' }, '2025-01-01'), admin, provinces),
      ),
    );
    const communes = await Promise.all(
      (
        [
          [taVan, batXat],
          [otherCommune, otherProvince],
        ] as const
      ).map(([unitId, parentId]) =>
        mutate(createUnitMutation({ unitId, nameVi: `Đoàn xã ${unitId}`, parentId, levelLabel: 'Đoàn xã' }, '2025-01-01'), admin, [...provinces, ...districts]),
      ),
    );
    const moved = await mutate(
      `mutation { moveUnit(input: { unitId: "${taVan}", newParentId: "${saPa}", effectiveFrom: "2026-01-01" }) { consistencyToken } }`,
      admin,
      communes,
    );
    const defined = await mutate(
      defineIndicatorMutation({
        indicatorId: foreignIndicator,
        code: 'YB.HD',
        nameVi: 'Số hoạt động tình nguyện của Yên Bái',
        nameEn: 'Volunteer activities of Yên Bái',
        ownerUnitId: otherProvince,
        unit: 'hoạt động',
        formula: { kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count' } },
        targets: [],
      }),
      manager(otherProvince),
      communes,
    );
    const drafted = await mutate(
      `mutation { draftPlan(input: { planId: "${batXatPlan}", ownerUnitId: "${batXat}", title: "Kế hoạch 2025–2030", period: { fromYear: 2025, toYear: 2030 }, objectives: [], indicators: [{ indicatorId: "k1", targets: [{ year: 2026, value: 80 }] }] }) { consistencyToken } }`,
      batXatManager,
      [moved],
    );
    const published = await mutate(`mutation { publishPlan(input: { planId: "${batXatPlan}" }) { consistencyToken } }`, batXatManager, [drafted]);
    written = [moved, defined, published];
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  it("refuses Bát Xát's managers 2025's structure, which puts Tả Van under them again, exactly as an unknown unit", async () => {
    const unknown = refusal(await ask(valuesQuery(['k1'], ['Y2025'], id('khong-co')), batXatManager));
    expect(unknown).toMatchObject({ code: 'FORBIDDEN', data: null });
    const past = await onceMoved(valuesQuery(['k1'], ['Y2025'], batXat, PAST), batXatManager, (answer) => errorOf(answer).code === 'FORBIDDEN');
    expect(refusal(past)).toEqual(unknown);
    expect(refusal(await ask(valuesQuery(['k1'], ['Y2025'], batXat, PAST, 'Đoàn xã'), batXatManager))).toEqual(unknown);
    expect(refusal(await ask(totalsQuery(batXat, PAST), batXatManager))).toEqual(unknown);
    expect(refusal(await ask(progressQuery(batXat, 'Y2025', PAST), batXatManager))).toEqual(unknown);
    const publishUnknown = refusal(await ask(publishMutation(id('khong-co'), PAST), batXatManager));
    expect(publishUnknown.code).toBe('FORBIDDEN');
    expect(refusal(await ask(publishMutation(batXat, PAST), batXatManager))).toEqual(publishUnknown);
  }, 120_000);

  it("answers Bát Xát on today's structure, and the province over both districts on 2025's", async () => {
    const now = await onceMoved(valuesQuery(['k1'], ['Y2025'], batXat), batXatManager, (answer) => answer.errors === undefined);
    expect(now.errors).toBeUndefined();
    expect(now.data?.['indicatorValues']).toEqual([
      { indicatorId: 'k1', unitId: batXat, period: 'Y2025', structureDate: today, stocksOn: '2025-12-31', value: 0 },
    ]);
    const communes = (await read(valuesQuery(['k1'], ['Y2025'], province, PAST, 'Đoàn xã'), provinceManager, written))['indicatorValues'] as {
      unitId: string;
    }[];
    expect(communes.map((row) => row.unitId)).toEqual([taVan]);
    expect(await read(totalsQuery(batXat, PAST), provinceManager, written)).toEqual({ subtreeResultTotals: { unitId: batXat } });
  }, 120_000);

  it("counts stocks on the server's today in the year under way, on the last day of a year that has ended", async () => {
    const rows = (await read(valuesQuery(['k1'], [thisYear, 'Y2025'], batXat), batXatManager, written))['indicatorValues'] as {
      period: string;
      stocksOn: string;
    }[];
    expect(rows.map(({ period, stocksOn }) => ({ period, stocksOn }))).toEqual([
      { period: thisYear, stocksOn: today },
      { period: 'Y2025', stocksOn: '2025-12-31' },
    ]);
    const progress = (await read(progressQuery(batXat, thisYear), batXatManager, written))['planProgress'] as { stocksOn: string }[];
    expect(progress.map((row) => row.stocksOn)).toEqual([today]);
  });

  it("answers Yên Bái's plan indicator to Lào Cai's managers as one that does not exist, and shows it below Yên Bái", async () => {
    const foreign = refusal(await ask(valuesQuery([foreignIndicator], ['Y2025'], province), provinceManager));
    const unknown = refusal(await ask(valuesQuery([id('khong-co')], ['Y2025'], province), provinceManager));
    expect(foreign).toMatchObject({ code: 'INDICATOR_QUERY.UNKNOWN_INDICATOR', field: 'indicatorIds', data: null });
    expect(foreign.message.replace(foreignIndicator, '<id>')).toBe(unknown.message.replace(id('khong-co'), '<id>'));
    const versions = (indicatorId: string, token: string) =>
      read(`{ indicatorDefinitionVersions(indicatorId: "${indicatorId}") { indicatorId version ownerUnitId } }`, token, written).then(
        (data) => data['indicatorDefinitionVersions'],
      );
    expect(await versions(foreignIndicator, provinceManager)).toEqual([]);
    expect(await versions(foreignIndicator, otherCommuneManager)).toEqual([{ indicatorId: foreignIndicator, version: 1, ownerUnitId: otherProvince }]);
    const rows = (await read(valuesQuery([foreignIndicator], ['Y2025'], otherCommune), otherCommuneManager, written))['indicatorValues'];
    expect(rows).toMatchObject([{ indicatorId: foreignIndicator, unitId: otherCommune, value: 0 }]);
  });
});
