import { randomUUID } from 'node:crypto';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { REPORTING_CONTEXT } from '@tn/reporting-contracts';
import { decodeEvent, eventTopicOf, publicTopicOf } from '@tn/shared-event-bus';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type GqlResponse, type Platform, startPlatform, tokenFor } from './harness';
import {
  type ActivityPlan,
  appointCadreMutation,
  createUnitMutation,
  declareValueMutation,
  defineIndicatorMutation,
  indicatorKit,
  indicatorValuesQuery,
  type IndicatorValueRow,
  registerCadreMutation,
  vietnamToday,
} from './indicators.test-fixtures';

// Issue 16, published values through real servers: a commune records activities and declares the
// activities it held; its managers publish its 2025 values (GraphQL → the gateway computes them →
// the reporting service records a revision → the reporting topics → the gateway's read model). Y2025
// has ended on any day this suite runs, so the "ended or current" rule lets it through every year.
describe('published indicator values through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('published values e2e');
  const kafka = new Kafka({ clientId: 'published-values-e2e', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  const { gql, mutate, read, eventually, recordActivity } = indicatorKit(() => platform);

  const PERIOD = 'Y2025';
  const today = vietnamToday();
  const province = id('lao-cai');
  const commune = id('xa-ta-van');
  const otherProvince = id('yen-bai');
  const plan = id('ct-so-hoat-dong');
  /** The dedicated cadre's name: personal data, which no published event may carry. */
  const CADRE_NAME = 'Lò Thị Hương';
  const cadre = id('cb-xa');

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const manager = (unitId: string) => tokenFor([{ role: 'unit-manager', unitId }], { sub: `acc-${unitId}` });
  const communeManager = manager(commune);
  const provinceManager = manager(province);
  const otherProvinceManager = manager(otherProvince);

  const activity = (n: number, proposedOn: string): ActivityPlan => ({
    activityId: id(`hd-${n}`),
    name: `Hoạt động tình nguyện số ${n}`,
    organiserUnitId: commune,
    initiator: 'union',
    domains: ['social-security'],
    responsibleCadreId: cadre,
    proposedOn,
  });

  interface PublishedValue {
    indicatorId: string;
    version: number;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    target: number | null;
  }
  interface Publication {
    unitId: string;
    period: string;
    structureDate: string;
    stocksOn: string | null;
    revision: number;
    publishedBy: string;
    publishedAt: string;
    values: PublishedValue[];
  }

  const publishMutation = (unitId: string, period: string) =>
    `mutation { publishIndicatorValues(input: { unitId: "${unitId}", period: "${period}" }) { id streamId version consistencyToken } }`;
  const publishedQuery = (unitId: string, period: string) =>
    `{ publishedIndicatorValues(unitId: "${unitId}", period: "${period}") { unitId period structureDate stocksOn revision publishedBy publishedAt values { indicatorId version value numerator denominator target } } }`;

  /** A publication that must succeed, sent again while the reporting service's copy of the hierarchy catches up. */
  async function publish(token: string, consistency: string[], period = PERIOD): Promise<{ version: number; consistencyToken: string }> {
    const answer = await eventually(
      () => gql(publishMutation(commune, period), { token, consistency }),
      (result) => errorOf(result).code !== 'HIERARCHY.CATCHING_UP',
      60_000,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!['publishIndicatorValues'] as { version: number; consistencyToken: string };
  }

  const publishedAfter = async (token: string): Promise<Publication> =>
    (await read(publishedQuery(commune, PERIOD), communeManager, [token]))['publishedIndicatorValues'] as Publication;

  /** The commune's values as `indicatorValues` answers them for the publication's indicators and structure date. */
  async function valuesNow(publication: Publication): Promise<PublishedValue[]> {
    const ask = {
      indicatorIds: publication.values.map((value) => value.indicatorId),
      periods: [PERIOD],
      unitIds: [commune],
      structureDate: publication.structureDate,
    };
    const rows = (await read(indicatorValuesQuery(ask), communeManager))['indicatorValues'] as IndicatorValueRow[];
    return rows.map(({ indicatorId, version, value, numerator, denominator, target }) => ({ indicatorId, version, value, numerator, denominator, target }));
  }

  /** Polls the commune's K2 until the facts show this many activities over the 4 declared (the facts lag the other read models). */
  async function activitiesCounted(count: number): Promise<void> {
    const k2 = () =>
      gql(indicatorValuesQuery({ indicatorIds: ['k2', plan], periods: [PERIOD], unitIds: [commune] }), { token: communeManager }).then(
        (answer) => (answer.data?.['indicatorValues'] as IndicatorValueRow[] | undefined) ?? [],
      );
    const rows = await eventually(k2, (answer) => answer[0]?.numerator === count && answer[0]?.denominator === 4 && answer[1]?.value === count, 120_000);
    expect(rows.map(({ indicatorId, numerator, denominator, value }) => ({ indicatorId, numerator, denominator, value }))).toEqual([
      { indicatorId: 'k2', numerator: count, denominator: 4, value: count * 25 },
      { indicatorId: plan, numerator: null, denominator: null, value: count },
    ]);
  }

  /** Reads a topic from the beginning until `done` holds for what arrived (or fails after 30 s). */
  async function readTopic(topic: string, done: (messages: KafkaMessage[]) => boolean): Promise<KafkaMessage[]> {
    const consumer = kafka.consumer({ groupId: `${suite.topicPrefix}reader-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const messages: KafkaMessage[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${messages.length} messages on ${topic}`)), 30_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            messages.push(message);
            if (done(messages)) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
    } finally {
      await consumer.disconnect();
    }
    return messages;
  }

  /** Every write the publications follow (their tokens let the gateway wait for the facts). */
  let written: string[] = [];
  let first: Publication;
  let second: Publication;

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true, reporting: true });
    const provinceCreated = await mutate(
      createUnitMutation({ unitId: province, nameVi: 'Tỉnh đoàn Lào Cai', parentId: null, levelLabel: 'Tỉnh đoàn' }, '2025-01-01'),
      admin,
    );
    const units = await Promise.all([
      mutate(createUnitMutation({ unitId: commune, nameVi: 'Đoàn xã Tả Van', parentId: province, levelLabel: 'Đoàn xã' }, '2025-01-01'), admin, [
        provinceCreated,
      ]),
      mutate(createUnitMutation({ unitId: otherProvince, nameVi: 'Tỉnh đoàn Yên Bái', parentId: null, levelLabel: 'Tỉnh đoàn' }, '2025-01-01'), admin),
    ]);
    const registered = await mutate(registerCadreMutation(cadre, CADRE_NAME, commune, '2025-01-02'), admin, units);
    const appointed = await mutate(appointCadreMutation(cadre, commune, 'Phó Bí thư', true, '2025-01-02'), admin, [registered]);
    // The province's plan indicator (activities recorded): the commune publishes it with K1–K5.
    const defined = await mutate(
      defineIndicatorMutation({
        indicatorId: plan,
        code: 'KH.HD',
        nameVi: 'Số hoạt động tình nguyện được ghi nhận',
        nameEn: 'Volunteer activities recorded',
        ownerUnitId: province,
        unit: 'hoạt động',
        formula: { kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count' } },
        targets: [{ year: 2025, value: 10 }],
      }),
      provinceManager,
      units,
    );
    const declared = await mutate(declareValueMutation(commune, PERIOD, 4), communeManager, units);
    const recorded = await recordActivity(activity(1, '2025-03-05'), admin, [appointed]);
    written = [defined, declared, recorded];
  }, 600_000);

  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  it("publishes the commune's 2025 values as revision 1: exactly what indicatorValues answers, by its manager, at the server's time", async () => {
    await activitiesCounted(1);
    const before = Date.now();
    const { consistencyToken } = await publish(communeManager, written);
    first = await publishedAfter(consistencyToken);
    expect(first).toMatchObject({ unitId: commune, period: PERIOD, structureDate: today, stocksOn: '2025-12-31', revision: 1, publishedBy: `acc-${commune}` });
    expect(Date.parse(first.publishedAt)).toBeGreaterThanOrEqual(before - 1000);
    // K1–K5 and the province's plan indicator, in that order.
    expect(first.values.map((value) => value.indicatorId)).toEqual([
      'k1',
      'k2',
      'k3',
      'k4',
      'k5-groups-registered',
      'k5-groups-verified',
      'k5-groups-active',
      'k5-partners',
      'k5-joint-activities',
      plan,
    ]);
    // One activity in the commune (covered), 1 of the 4 declared, against the 2025 targets.
    expect(first.values.slice(0, 2)).toEqual([
      { indicatorId: 'k1', version: 1, value: 100, numerator: 1, denominator: 1, target: 60 },
      { indicatorId: 'k2', version: 1, value: 25, numerator: 1, denominator: 4, target: 60 },
    ]);
    expect(first.values.at(-1)).toEqual({ indicatorId: plan, version: 1, value: 1, numerator: null, denominator: null, target: 10 });
    expect(await valuesNow(first)).toEqual(first.values);
  }, 240_000);

  it('publishes a new activity as revision 2, and the same values again as nothing new', async () => {
    const recorded = await recordActivity(activity(2, '2025-06-10'), admin, written);
    await activitiesCounted(2);
    const republished = await publish(provinceManager, [...written, recorded]);
    second = await publishedAfter(republished.consistencyToken);
    expect(second).toMatchObject({ revision: 2, structureDate: today, publishedBy: `acc-${province}` });
    expect(second.values.find((value) => value.indicatorId === 'k2')).toEqual({
      indicatorId: 'k2',
      version: 1,
      value: 50,
      numerator: 2,
      denominator: 4,
      target: 60,
    });
    expect(await valuesNow(second)).toEqual(second.values);

    // Nothing changed since: the stream keeps its version, the revision in force stays 2.
    const again = await publish(communeManager, [republished.consistencyToken]);
    expect(again.version).toBe(republished.version);
    expect(await publishedAfter(again.consistencyToken)).toEqual(second);
  }, 240_000);

  it("refuses another province's manager publishing or reading the commune's values", async () => {
    const foreignPublish = await gql(publishMutation(commune, PERIOD), { token: otherProvinceManager });
    expect(errorOf(foreignPublish).code).toBe('FORBIDDEN');
    expect(foreignPublish.data?.['publishIndicatorValues'] ?? null).toBeNull();
    const foreignRead = await gql(publishedQuery(commune, PERIOD), { token: otherProvinceManager });
    expect(errorOf(foreignRead).code).toBe('FORBIDDEN');
    expect(foreignRead.data?.['publishedIndicatorValues'] ?? null).toBeNull();
  });

  it('refuses a period to come, saying that only an ended or the current period can be published', async () => {
    const next = `Y${Number(today.slice(0, 4)) + 1}`;
    const ask = (language: string): Promise<GqlResponse> => gql(publishMutation(commune, next), { token: communeManager, language });
    const [vi, en] = [await ask('vi'), await ask('en')];
    expect(errorOf(vi)).toEqual({ code: 'PUBLISHED.PERIOD_NOT_STARTED', field: 'period' });
    expect(vi.errors![0]!.message).toContain('chỉ công bố được kỳ đã kết thúc hoặc kỳ đang diễn ra');
    expect(en.errors![0]!.message).toContain(`The period ${next} has not begun yet`);
    expect(en.errors![0]!.message).toContain('only a period that has ended or the current one can be published');
  });

  it('puts no personal data on the reporting topics: ids, dates and numbers, the account by its id on the internal topic only', async () => {
    expect(second?.revision).toBe(2);
    const context = `${suite.topicPrefix}${REPORTING_CONTEXT}`;
    const publishedOnly = (messages: KafkaMessage[]) =>
      messages.filter((message) => message.headers?.['event-type']?.toString().endsWith('IndicatorValuesPublished'));
    const internal = publishedOnly(await readTopic(eventTopicOf(context), (messages) => publishedOnly(messages).length >= 2));
    const outside = publishedOnly(await readTopic(publicTopicOf(context), (messages) => publishedOnly(messages).length >= 2));

    const VALUE_KEYS = ['denominator', 'indicatorId', 'numerator', 'target', 'value', 'version'];
    const PUBLIC_KEYS = ['period', 'publishedAt', 'revision', 'stocksOn', 'structureDate', 'unitId', 'values'];
    const events = internal.map((message) => decodeEvent(message.value));
    expect(events.map((event) => [event.type, event.data['revision'], event.data['publishedBy']])).toEqual([
      ['IndicatorValuesPublished', 1, `acc-${commune}`],
      ['IndicatorValuesPublished', 2, `acc-${province}`],
    ]);
    for (const event of events) {
      expect(Object.keys(event.data).sort()).toEqual([...PUBLIC_KEYS, 'publishedBy'].sort());
      for (const value of event.data['values'] as Record<string, unknown>[]) expect(Object.keys(value).sort()).toEqual(VALUE_KEYS);
    }
    expect(events.map((event) => event.data)).toEqual([first, second]);

    const publics = outside.map((message) => JSON.parse(message.value!.toString()) as { type: string; version: number; data: Record<string, unknown> });
    expect(publics.map((event) => [event.type, event.version, event.data['revision']])).toEqual([
      ['reporting.IndicatorValuesPublished', 1, 1],
      ['reporting.IndicatorValuesPublished', 1, 2],
    ]);
    for (const event of publics) expect(Object.keys(event.data).sort()).toEqual(PUBLIC_KEYS);
    // Neither topic carries the cadre's name; the public one not even the publishing accounts.
    for (const message of [...internal, ...outside]) expect(message.value?.toString()).not.toMatch(new RegExp(`${CADRE_NAME}|fullName|phone|email`));
    for (const message of outside) expect(message.value?.toString()).not.toMatch(/acc-|publishedBy/);
  }, 120_000);

  it("publishes the year under way with its stocks counted on the server's today", async () => {
    const year = `Y${today.slice(0, 4)}`;
    const { consistencyToken } = await publish(communeManager, written, year);
    const publication = (await read(publishedQuery(commune, year), communeManager, [consistencyToken]))['publishedIndicatorValues'] as Publication;
    expect(publication).toMatchObject({ unitId: commune, period: year, structureDate: today, stocksOn: today, revision: 1 });
  }, 120_000);
});
