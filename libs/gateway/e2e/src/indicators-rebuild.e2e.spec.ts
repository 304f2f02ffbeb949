import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { type IndicatorRebuildProgress, type IndicatorRebuildResult, indicatorFactTopics, rebuildIndicatorFacts } from '@tn/gateway-reporting';
import type { Formula } from '@tn/reporting-contracts';
import { progressBar } from '@tn/shared-event-bus';
import { isolatedSuite } from '@tn/shared-testing';
import { type Platform, startPlatform, tokenFor } from './harness';
import {
  type ActivityPlan,
  appointCadreMutation,
  createUnitMutation,
  declareValueMutation,
  defineIndicatorMutation,
  indicatorKit,
  indicatorValuesQuery,
  type IndicatorValueRow,
  mergeIntoNewUnitMutation,
  registerCadreMutation,
  registerVolunteerMutation,
  sortedRows,
  vietnamToday,
} from './indicators.test-fixtures';
import { registerGroupMutation } from './network.test-fixtures';

type Doc = Record<string, unknown>;

/** The value with every object's keys in one order: a document's field order is not what it says (`_versions` follows arrival across streams). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Doc)[key])]),
  );
}

/** Every document of a collection, bookkeeping (`_versions`, tombstones) included, in `_id` order. */
async function documentsOf(connection: Connection, collection: string): Promise<unknown[]> {
  const docs = await connection.collection<Doc>(collection).find({}).toArray();
  return docs.sort((a, b) => String(a._id).localeCompare(String(b._id))).map(canonical);
}

// Issue 16: the indicator facts are kept as events arrive, and a rebuild from the events (a
// replay into new collections, swapped in while the old ones serve) equals them. A small province
// with a merger, activities with results, a cancelled one, a declared figure, a plan indicator and
// a group, recorded through GraphQL; then `rebuildIndicatorFacts` over the suite's topics and the
// gateway's database, compared document by document and value by value.
describe('rebuilding the indicator facts from the events (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('indicators rebuild e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  let connection: Connection;
  const database = () => {
    if (!connection.db) throw new Error('the test connection to the gateway database is not open');
    return connection.db;
  };
  const kafka = new Kafka({ clientId: 'indicators-rebuild-e2e', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  const { gql, mutate, eventually, recordActivity } = indicatorKit(() => platform);

  const BEFORE = '2025-03-31';
  const AFTER = '2025-12-31';
  const MERGER = '2025-07-01';
  const month = `M${vietnamToday().slice(0, 7)}`;
  const PERIODS = ['Y2025', month];

  // A province and three communes from 2025-01-01; c1 and c2 merge into a new commune on 2025-07-01.
  const [province, c1, c2, c3, merged] = [id('tinh'), id('xa-1'), id('xa-2'), id('xa-3'), id('xa-moi')];
  const cadres = { c1: id('cb-xa-1'), merged: id('cb-xa-moi'), province: id('cb-tinh') };
  const leader = id('ld-xa-3');
  const playSpaces = id('ct-san-choi');
  const INDICATORS = ['k1', 'k2', 'k3', 'k4', 'k5-groups-registered', 'k5-groups-verified', 'k5-joint-activities', playSpaces];

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const manager = (unitId: string) => tokenFor([{ role: 'unit-manager', unitId }], { sub: `acc-${unitId}` });
  const analyst = tokenFor([{ role: 'analyst', unitId: province }]);

  const activity = (n: number, plan: Omit<ActivityPlan, 'activityId' | 'initiator' | 'domains'> & { domains?: string[] }): ActivityPlan => ({
    activityId: id(`hd-${n}`),
    initiator: 'union',
    domains: ['new-rural-construction'],
    ...plan,
  });
  const activities: ActivityPlan[] = [
    // c1: carried out with a play space, and completed.
    activity(1, {
      name: 'Sân chơi thiếu nhi thôn 1',
      organiserUnitId: c1,
      responsibleCadreId: cadres.c1,
      proposedOn: '2025-03-01',
      planned: { startsOn: '2025-03-10', endsOn: '2025-03-11', plannedOn: '2025-03-02' },
      preparedOn: '2025-03-05',
      outputs: [{ outputId: id('sp-1'), name: 'Sân chơi thôn 1', measureId: 'play-spaces', value: 1, completedOn: '2025-03-11' }],
      completedAt: '2025-03-11T17:00:00+07:00',
    }),
    // c2: proposed only.
    activity(2, { name: 'Hỗ trợ hộ nghèo xã 2', organiserUnitId: c2, responsibleCadreId: cadres.c1, proposedOn: '2025-04-10', domains: ['social-security'] }),
    // c3: cancelled, so it counts for nothing.
    activity(3, {
      name: 'Nạo vét kênh mương xã 3',
      organiserUnitId: c3,
      responsibleCadreId: cadres.province,
      proposedOn: '2025-05-01',
      cancelledOn: '2025-05-05',
    }),
    // The successor: two play spaces.
    activity(4, {
      name: 'Hai sân chơi xã mới',
      organiserUnitId: merged,
      responsibleCadreId: cadres.merged,
      proposedOn: '2025-07-20',
      planned: { startsOn: '2025-08-01', endsOn: '2025-08-02', plannedOn: '2025-07-21' },
      preparedOn: '2025-07-25',
      outputs: [{ outputId: id('sp-4'), name: 'Sân chơi bản Hồ và bản Dền', measureId: 'play-spaces', value: 2, completedOn: '2025-08-02' }],
    }),
  ];
  /** Recorded after the rebuild: c3's first activity that counts. */
  const afterSwap = activity(5, {
    name: 'Đường bê tông xã 3',
    organiserUnitId: c3,
    responsibleCadreId: cadres.province,
    proposedOn: '2025-09-01',
    planned: { startsOn: '2025-09-10', endsOn: '2025-09-11', plannedOn: '2025-09-02' },
  });
  const playSpacesFormula = {
    kind: 'coverage',
    units: { levelLabels: ['Đoàn xã'] },
    condition: { source: 'flows', kinds: ['output'], filter: { measures: ['play-spaces'] }, aggregate: 'quantity' },
    atLeast: 1,
    factor: 100,
  } satisfies Formula;

  let setUp: string[] = [];

  /** The values of the province and of c1 (before the merger) or its successor (after), as the hierarchy stood on `structureDate`. */
  const valuesOn = async (structureDate: string): Promise<IndicatorValueRow[]> => {
    const unitIds = [province, structureDate < MERGER ? c1 : merged];
    const answer = await gql(indicatorValuesQuery({ indicatorIds: INDICATORS, periods: PERIODS, unitIds, structureDate }), { token: analyst });
    expect(answer.errors).toBeUndefined();
    return sortedRows((answer.data?.['indicatorValues'] ?? []) as IndicatorValueRow[]);
  };
  const valueOf = (rows: IndicatorValueRow[], indicatorId: string, unitId = province, period = 'Y2025') =>
    rows.find((row) => row.indicatorId === indicatorId && row.unitId === unitId && row.period === period);

  /** Messages of the five topics the indicator slice's consumer group has not committed yet. */
  async function sliceLag(): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const groups = (await admin.listGroups()).groups
        .map((group) => group.groupId)
        .filter((groupId) => groupId.startsWith(`${suite.topicPrefix}gateway-reporting-`) && !groupId.includes('-replies-'));
      const [groupId] = groups;
      if (groups.length !== 1 || groupId === undefined) return Number.POSITIVE_INFINITY;
      const topics = indicatorFactTopics(suite.topicPrefix);
      const committed = await admin.fetchOffsets({ groupId, topics });
      let lag = 0;
      for (const topic of topics) {
        for (const end of await admin.fetchTopicOffsets(topic)) {
          const done = committed.find((entry) => entry.topic === topic)?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
          lag += Number(end.high) - Math.max(Number(done), Number(end.low));
        }
      }
      return lag;
    } finally {
      await admin.disconnect();
    }
  }

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true, training: true, network: true, reporting: true });
    connection = await mongoose.createConnection(suite.mongoUrl, { dbName: platform.databases.gateway }).asPromise();
    const provinceCreated = await mutate(
      createUnitMutation({ unitId: province, nameVi: 'Tỉnh đoàn Hà Giang', parentId: null, levelLabel: 'Tỉnh đoàn' }, '2025-01-01'),
      admin,
    );
    const communes = await Promise.all(
      [c1, c2, c3].map((unitId, i) =>
        mutate(createUnitMutation({ unitId, nameVi: `Đoàn xã số ${i + 1}`, parentId: province, levelLabel: 'Đoàn xã' }, '2025-01-01'), admin, [
          provinceCreated,
        ]),
      ),
    );
    const hierarchy = [provinceCreated, ...communes];
    const appoint = async (cadreId: string, fullName: string, unitId: string, on: string, after: string[]) => {
      const registered = await mutate(registerCadreMutation(cadreId, fullName, unitId, on), admin, after);
      return mutate(appointCadreMutation(cadreId, unitId, 'Phó Bí thư', true, on), admin, [registered]);
    };
    const appointed = await Promise.all([
      appoint(cadres.c1, 'Sùng A Dế', c1, '2025-01-02', hierarchy),
      appoint(cadres.province, 'Hoàng Văn Minh', province, '2025-01-02', hierarchy),
    ]);
    const merger = await mutate(
      mergeIntoNewUnitMutation([c1, c2], { unitId: merged, nameVi: 'Đoàn xã mới', parentId: province, levelLabel: 'Đoàn xã' }, MERGER),
      admin,
      [...hierarchy, ...appointed],
    );
    appointed.push(await appoint(cadres.merged, 'Thào Thị Mai', merged, MERGER, [merger]));
    const person = await mutate(registerVolunteerMutation(leader, 'Vàng Thị Dua', c3, 1, '2025-02-01'), admin, [merger]);
    setUp = [...hierarchy, merger, ...appointed, person];

    const recorded = await Promise.all(activities.map((plan) => recordActivity(plan, admin, setUp)));
    await Promise.all([
      mutate(declareValueMutation(merged, 'Y2025', 4), manager(merged), setUp),
      mutate(
        defineIndicatorMutation({
          indicatorId: playSpaces,
          code: 'KH.SANCHOI',
          nameVi: 'Mỗi xã xây dựng ít nhất một sân chơi cho thiếu nhi',
          nameEn: 'Each commune builds at least one play space for children',
          ownerUnitId: province,
          unit: '%',
          formula: playSpacesFormula,
          targets: [{ year: 2025, value: 100 }],
        }),
        manager(province),
        setUp,
      ),
      mutate(
        registerGroupMutation({
          groupId: id('g-xa-3'),
          name: 'Đội thanh niên tình nguyện xã 3',
          kind: 'team',
          origin: 'union-founded',
          hostUnitId: c3,
          fields: ['social-security'],
          leaderPersonIds: [leader],
          size: 12,
        }),
        manager(c3),
        [...setUp, ...recorded],
      ),
    ]);
  }, 600_000);

  afterAll(async () => {
    await connection?.close();
    await platform?.stop();
  }, 180_000);

  /** The values computed from the facts kept as events arrived, as the hierarchy stood before and after the merger. */
  let incremental: { beforeMerger: IndicatorValueRow[]; afterMerger: IndicatorValueRow[] } = { beforeMerger: [], afterMerger: [] };
  let rebuild: IndicatorRebuildResult;

  it('replays every read model of the slice into a new collection equal to the one kept as events arrived, and the values stay the same', async () => {
    // The facts lag the services' own read models: caught up once the slice's group has committed every message.
    await eventually(sliceLag, (lag) => lag === 0, 120_000);
    // What the scenario relies on (worked out by hand), so the comparison is of values that say something.
    incremental = { beforeMerger: await valuesOn(BEFORE), afterMerger: await valuesOn(AFTER) };
    // On 2025-12-31 the province's units are itself, c3 and the successor; only the successor recorded anything that counts (c3's was cancelled).
    expect(valueOf(incremental.afterMerger, 'k1')).toMatchObject({ numerator: 1, denominator: 3 });
    // On 2025-03-31 c1 and c2 are units of their own, and the successor's activity falls to the province.
    expect(valueOf(incremental.beforeMerger, 'k1')).toMatchObject({ numerator: 3, denominator: 4 });
    // Communes with a play space: the successor of c1 (its own and c1's), not c3.
    expect(valueOf(incremental.afterMerger, playSpaces)).toMatchObject({ numerator: 1, denominator: 2 });
    expect(valueOf(incremental.afterMerger, 'k5-groups-registered', province, month)).toMatchObject({ value: 1 });

    const live = new Map<string, unknown[]>();
    const liveNames = (await database().listCollections().toArray()).map((collection) => collection.name).filter((name) => name.startsWith('gw_reporting_'));
    for (const name of liveNames) live.set(name, await documentsOf(connection, name));

    const progress = new Map<string, IndicatorRebuildProgress>();
    rebuild = await rebuildIndicatorFacts({ kafka, connection, topicPrefix: suite.topicPrefix, onProgress: (at) => progress.set(at.readModel, at) });
    process.stdout.write(
      `indicator facts rebuilt: ${rebuild.readModels.length} read models, ${rebuild.events} events replayed in ${rebuild.ms} ms, ${rebuild.eventsPerSecond} events/s\n`,
    );

    expect(rebuild.readModels.map((rebuilt) => rebuilt.readModel).sort()).toEqual([...progress.keys()].sort());
    for (const rebuilt of rebuild.readModels) {
      const last = progress.get(rebuilt.readModel) ?? { done: 0, total: 1 };
      expect({ readModel: rebuilt.readModel, bar: progressBar(last.done, last.total) }).toEqual({
        readModel: rebuilt.readModel,
        bar: expect.stringContaining('[####################] 100%'),
      });
      expect(rebuilt).toMatchObject({ skippedPoison: 0, indexesRefused: [] });
      expect(rebuilt.collection).not.toBe(rebuilt.replaced);
      // The new collection holds exactly what the live one held, document by document; the old one is gone.
      expect({ readModel: rebuilt.readModel, docs: await documentsOf(connection, rebuilt.collection) }).toEqual({
        readModel: rebuilt.readModel,
        docs: live.get(rebuilt.replaced) ?? [],
      });
      expect(await database().listCollections({ name: rebuilt.replaced }).toArray()).toEqual([]);
    }
    // The facts, the hierarchy copy, the definitions and the declared values among them.
    expect(rebuild.readModels.map((rebuilt) => rebuilt.replaced)).toEqual(
      expect.arrayContaining([
        'gw_reporting_activities',
        'gw_reporting_cadres',
        'gw_reporting_groups',
        'gw_reporting_hierarchy',
        'gw_reporting_definitions',
        'gw_reporting_declared_values',
      ]),
    );

    // The gateway reads the new collections (the old ones are dropped) and computes the same values.
    expect({ beforeMerger: await valuesOn(BEFORE), afterMerger: await valuesOn(AFTER) }).toEqual(incremental);
  }, 400_000);

  it('keeps the new collections up to date as events arrive: an activity recorded after the swap shows in the values', async () => {
    expect(rebuild).toBeDefined();
    await recordActivity(afterSwap, admin, setUp);
    const activities = rebuild.readModels.find((rebuilt) => rebuilt.readModel === 'gateway-reporting-activities');
    expect(activities?.collection).toMatch(/^gw_reporting_activities__/);
    await eventually(
      async () => connection.collection(activities?.collection ?? 'gw_reporting_activities').findOne({ _id: afterSwap.activityId as never }),
      (doc) => doc !== null,
      60_000,
    );
    // c3 now counts on 2025-12-31: two of three units.
    const now = await eventually(
      () => valuesOn(AFTER),
      (rows) => valueOf(rows, 'k1')?.numerator === 2,
      60_000,
    );
    expect(valueOf(now, 'k1')).toMatchObject({ numerator: 2, denominator: 3 });
    // Nothing else moved: the rest of the values are those from before.
    const others = (rows: IndicatorValueRow[]) => rows.filter((row) => row.indicatorId !== 'k1' && row.indicatorId !== 'k2' && row.indicatorId !== 'k3');
    expect(others(now)).toEqual(others(incremental.afterMerger));
  }, 180_000);
});
