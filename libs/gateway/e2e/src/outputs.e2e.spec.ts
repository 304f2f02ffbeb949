import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Outputs and resources through real servers: GraphQL → Kafka → campaigns service → events → gateway read models → GraphQL.
describe('outputs and resources mobilised through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('outputs e2e');
  const run = randomUUID().slice(0, 6);
  // Business time is the server's: dates are days around today (the road started two weeks ago), so the scenario holds whenever it runs.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const commune = tokenFor([{ role: 'unit-manager', unitId: id('ta-van') }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  const mutate = (query: string, consistency: string[] = [], token = admin) => mutateWith(query, { token, consistency });

  const started = id('act-road');
  const notStarted = id('act-later');
  const measureId = `wells-${run}`;
  const totalsFields =
    'outputCount outputsByKind { key count } outputsByDomain { key count } measures { measure { id unitVi } total outputCount } resources { source form count totalVnd } resourcesTotalVnd';
  const totalsQuery = `{ campaigns(unitId: "${id('ta-van')}") { resultTotals { ${totalsFields} } nodes { id resultTotals { outputCount resourcesTotalVnd } } }
    unitResultTotals(unitId: "${id('ta-van')}") { ${totalsFields} }
    activity(id: "${started}") { outputs { id kind name measures { measureId value } valuationVnd withdrawal { reason } } resources { id source form amountVnd description quantity unit valuationVnd valueVnd donorName } } }`;

  let setUp: string[] = [];
  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true });
    let unitsToken = '';
    for (const [unitId, name, parent] of [
      [id('lao-cai'), 'Tỉnh đoàn Lào Cai', null],
      [id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai')],
    ] as const) {
      unitsToken = await mutate(`mutation { createUnit(input: ${unitInput(unitId, name, parent)}) { consistencyToken } }`);
    }
    const campaign = await mutate(
      `mutation { launchCampaign(input: { campaignId: "${id('summer')}", organiserUnitId: "${id('ta-van')}", definition: { name: "Mùa hè xanh", kind: "peak", peakTemplate: "summer-volunteer", domains: ["new-rural-construction"], startsOn: "${day(-15)}", endsOn: "${day(75)}", goals: [{ measure: "rural-road-km", target: 2 }], initiator: "union" }, launchedOn: "${day(-45)}" }) { consistencyToken } }`,
      [unitsToken],
    );
    const proposed: string[] = [];
    for (const activityId of [started, notStarted]) {
      proposed.push(
        await mutate(
          `mutation { proposeActivity(input: { activityId: "${activityId}", name: "Làm đường thôn 3", campaignId: "${id('summer')}", organiserUnitId: "${id('ta-van')}", domains: ["new-rural-construction"], location: { unitId: "${id('ta-van')}" }, responsibleCadreId: "${id('cadre')}", initiator: "union", proposedOn: "${day(-44)}" }) { consistencyToken } }`,
          [campaign, unitsToken],
        ),
      );
    }
    await mutate(
      `mutation { planActivity(input: { activityId: "${started}", startsOn: "${day(-15)}", endsOn: "${day(14)}", plannedOn: "${day(-43)}" }) { consistencyToken } }`,
      proposed,
    );
    await mutate(`mutation { prepareActivity(input: { activityId: "${started}", preparedOn: "${day(-26)}" }) { consistencyToken } }`);
    setUp = [
      await mutate(`mutation { startActivity(input: { activityId: "${started}", startedAt: "${day(-15)}T07:00:00+07:00" }) { consistencyToken } }`),
      ...proposed,
    ];
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets a system administrator (only) extend the catalogue, listed after the built-ins with both names', async () => {
    const define = (token: string) =>
      gql(
        `mutation { defineOutputMeasure(input: { measureId: "${measureId}", nameVi: "Giếng nước sạch", nameEn: "Clean-water wells", unitVi: "giếng", unitEn: "wells", valueType: "count", definedOn: "${day(-45)}" }) { consistencyToken } }`,
        { token },
      );
    expect(errorOf(await define(commune)).code).toBe('FORBIDDEN');
    const defined = await define(admin);
    expect(defined.errors).toBeUndefined();
    const redefined = await gql(
      `mutation { defineOutputMeasure(input: { measureId: "trees", nameVi: "Cây", nameEn: "Trees", unitVi: "cây", unitEn: "trees", valueType: "quantity", definedOn: "${day(-45)}" }) { consistencyToken } }`,
      { token: admin },
    );
    expect(errorOf(redefined).code).toBe('OUTPUT_MEASURE.BUILT_IN');
    const catalogue = await gql(`{ outputMeasures { id nameVi nameEn unitVi valueType builtIn } }`, {
      token: commune,
      consistency: [defined.data!['defineOutputMeasure'].consistencyToken],
    });
    expect(catalogue.errors).toBeUndefined();
    const measures = catalogue.data!['outputMeasures'] as { id: string }[];
    expect(measures[0]).toEqual({
      id: 'rural-road-km',
      nameVi: 'Đường giao thông nông thôn',
      nameEn: 'Rural road',
      unitVi: 'km',
      valueType: 'quantity',
      builtIn: true,
    });
    expect(measures.at(-1)).toEqual({
      id: measureId,
      nameVi: 'Giếng nước sạch',
      nameEn: 'Clean-water wells',
      unitVi: 'giếng',
      valueType: 'count',
      builtIn: false,
    });
  });

  it('records a youth work with two measures and resources in cash and in kind, and the unit totals show them', async () => {
    const output = await mutate(
      `mutation { recordActivityOutput(input: { activityId: "${started}", outputId: "${id('road')}", kind: "youth-work", name: "Đường bê tông thôn 3", measures: [{ measureId: "rural-road-km", value: 1.5 }, { measureId: "${measureId}", value: 2 }], valuationVnd: 450000000, completedOn: "${day(-5)}" }) { consistencyToken } }`,
      setUp,
      commune,
    );
    const cash = await mutate(
      `mutation { recordResourceMobilised(input: { activityId: "${started}", resourceId: "${id('cash')}", source: "business", form: "cash", amountVnd: 50000000, donorName: "Công ty CP Xi măng Lào Cai", receivedOn: "${day(-21)}" }) { consistencyToken } }`,
      [],
      commune,
    );
    const goods = await mutate(
      `mutation { recordResourceMobilised(input: { activityId: "${started}", resourceId: "${id('goods')}", source: "vietnamese-abroad", form: "in-kind", description: "Xi măng PCB40", quantity: 20, unit: "tấn", valuationVnd: 30000000, receivedOn: "${day(-20)}" }) { consistencyToken } }`,
      [],
      commune,
    );
    const result = await gql(totalsQuery, { token: commune, consistency: [output, cash, goods] });
    expect(result.errors).toBeUndefined();
    const totals = {
      outputCount: 1,
      outputsByKind: [{ key: 'youth-work', count: 1 }],
      outputsByDomain: [{ key: 'new-rural-construction', count: 1 }],
      measures: [
        { measure: { id: 'rural-road-km', unitVi: 'km' }, total: 1.5, outputCount: 1 },
        { measure: { id: measureId, unitVi: 'giếng' }, total: 2, outputCount: 1 },
      ],
      resources: [
        { source: 'business', form: 'cash', count: 1, totalVnd: 50_000_000 },
        { source: 'vietnamese-abroad', form: 'in-kind', count: 1, totalVnd: 30_000_000 },
      ],
      resourcesTotalVnd: 80_000_000,
    };
    expect(result.data!['campaigns']).toEqual({
      resultTotals: totals,
      nodes: [{ id: id('summer'), resultTotals: { outputCount: 1, resourcesTotalVnd: 80_000_000 } }],
    });
    expect(result.data!['unitResultTotals']).toEqual(totals);
    expect(result.data!['activity']).toEqual({
      outputs: [
        {
          id: id('road'),
          kind: 'youth-work',
          name: 'Đường bê tông thôn 3',
          measures: [
            { measureId: 'rural-road-km', value: 1.5 },
            { measureId, value: 2 },
          ],
          valuationVnd: 450_000_000,
          withdrawal: null,
        },
      ],
      resources: [
        {
          id: id('cash'),
          source: 'business',
          form: 'cash',
          amountVnd: 50_000_000,
          description: null,
          quantity: null,
          unit: null,
          valuationVnd: null,
          valueVnd: 50_000_000,
          donorName: 'Công ty CP Xi măng Lào Cai',
        },
        {
          id: id('goods'),
          source: 'vietnamese-abroad',
          form: 'in-kind',
          amountVnd: null,
          description: 'Xi măng PCB40',
          quantity: 20,
          unit: 'tấn',
          valuationVnd: 30_000_000,
          valueVnd: 30_000_000,
          donorName: null,
        },
      ],
    });
  });

  it("refuses an output before the activity started, a wrong value type and an individual donor's name, each with its own code, and writes nothing", async () => {
    const before = await gql(totalsQuery, { token: commune });
    expect(before.data!['unitResultTotals'].outputCount).toBe(1);

    const early = await gql(
      `mutation { recordActivityOutput(input: { activityId: "${notStarted}", kind: "youth-task", name: "Tuyên truyền", measures: [{ measureId: "beneficiaries", value: 100 }], completedOn: "${day(-15)}" }) { consistencyToken } }`,
      { token: commune },
    );
    expect(errorOf(early).code).toBe('OUTPUT.ACTIVITY_NOT_STARTED');
    const fraction = await gql(
      `mutation { recordActivityOutput(input: { activityId: "${started}", kind: "youth-work", name: "Giếng", measures: [{ measureId: "rural-road-km", value: 0.5 }, { measureId: "${measureId}", value: 2.5 }], completedOn: "${day(-4)}" }) { consistencyToken } }`,
      { token: commune },
    );
    expect(errorOf(fraction)).toEqual({ code: 'OUTPUT.MEASURE_VALUE_INVALID', field: 'measures.1.value' });
    const named = await gql(
      `mutation { recordResourceMobilised(input: { activityId: "${started}", source: "individual", form: "cash", amountVnd: 2000000, donorName: "Nguyễn Văn A", receivedOn: "${day(-19)}" }) { consistencyToken } }`,
      { token: commune, language: 'en' },
    );
    expect(errorOf(named)).toEqual({ code: 'RESOURCE.DONOR_NAME_NOT_ALLOWED', field: 'donorName' });
    expect(named.errors![0]!.message).toContain('not named');

    // Nothing was written: a later write to the same results stream shows the same totals before it.
    const later = await mutate(
      `mutation { recordResourceMobilised(input: { activityId: "${started}", resourceId: "${id('anonymous')}", source: "individual", form: "cash", amountVnd: 2000000, receivedOn: "${day(-19)}" }) { consistencyToken } }`,
      [],
      commune,
    );
    // The token is `<stream>@<version>.<tag>` (the tag is the gateway's HMAC): version 4, the three writes before and this one.
    expect(later).toMatch(new RegExp(`^activity-results-${started}@4\\.[A-Za-z0-9_-]{22}$`));
    const after = await gql(totalsQuery, { token: commune, consistency: [later] });
    expect(after.data!['unitResultTotals']).toEqual({
      ...before.data!['unitResultTotals'],
      resources: [...before.data!['unitResultTotals'].resources, { source: 'individual', form: 'cash', count: 1, totalVnd: 2_000_000 }].sort((a, b) =>
        a.source.localeCompare(b.source),
      ),
      resourcesTotalVnd: 82_000_000,
    });
    const untouched = await gql(`{ activity(id: "${notStarted}") { status outputs { id } resources { id } } }`, { token: commune });
    expect(untouched.data!['activity']).toEqual({ status: 'needs-survey', outputs: [], resources: [] });
  });
});
