/**
 * `npm run bench:indicators` (issue 16): the indicator engine on the national dataset.
 *
 * 1. Seeds the registry's, campaigns', training's, network's and reporting's event stores through
 *    MongoEventStore.appendBatch with their relays publishing (seed-indicators.ts): the national
 *    hierarchy, campaigns and activities of tools/bench/national at BENCH_SCALE (activities
 *    naming coordination models, groups and partners), dedicated cadres with their courses and
 *    qualifications, coordination models, groups, partners with agreements, declared figures.
 * 2. Rebuild: starts the registry (it reveals the cadres' sealed names to the gateway's registry
 *    slice), then a gateway on an empty database; its reporting slice projects the facts from the
 *    five topics. Timed from the reporting group joining until it has committed everything; beside
 *    it, a plain kafkajs consumer writing one upsert per event, and the fact documents inserted
 *    again with insertMany.
 * 3. K1–K5 (nine ids) for the whole country and the year: `indicatorValues` over the 34
 *    provinces in requests of 20 (the resolver's limit), at once; beside it the resolver's body
 *    in this process, the plain driver sending the same equality finds, and the plain driver
 *    reading every fact document. The GraphQL answer must equal the function's.
 * 4. One new event → the updated value: an activity appended to the campaigns store (its relay
 *    here), `indicatorValues` for its commune asked until it shows it (value-latency.ts).
 * A table on stdout, the figures as JSON in .run/bench/.
 *
 * Knobs: BENCH_SCALE (0.2, a run of ~10 minutes here; 1 is the country), BENCH_ONLY=seed (seed and publish, then stop),
 * BENCH_RUNS (3) and BENCH_WARMUP (0: the check that GraphQL answers what the function does has
 * run every side once already) for the country reads, BENCH_SAMPLES (50) for the latency,
 * BENCH_RAW_EVENTS (30000, events the raw consumer reads), BENCH_REBUILD_TIMEOUT_SECONDS (1800),
 * BENCH_KEEP=1 (keep databases and topics), BENCH_JSON (figures file), BENCH_GATEWAY_PORT (4370;
 * the registry takes the next), MONGO_DATABASE (bench_indicators: it and its _registry,
 * _campaigns, _training, _network, _reporting are dropped at the start and the end), and
 * MONGO_URL, KAFKA_BROKERS, AUTH_TOKEN_SECRET, DATA_KEY_ENCRYPTION_KEY, CERTIFICATE_VERIFY_KEY
 * (run-indicators.sh makes the keys).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, uptime as secondsUp } from 'node:os';
import { dirname, join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import mongoose from 'mongoose';
import { PROGRAMME_INDICATORS } from '@tn/reporting-contracts';
import { eventTopicOf } from '@tn/shared-event-bus';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { env, sleep, startChild, waitFor } from '../bench-kit';
import { ids } from '../national/national-shape';
import { memoryOf } from '../national/process-stats';
import { rawConsumeAndBulkWrite } from '../national/raw-projection';
import { timedSides } from '../network/timed-sides';
import { type CountryQuery, functionValues, type FunctionRun, rawEveryFact, rawSameReads, reportingHierarchyOf, WRITTEN_COLLECTIONS } from './country-reads';
import { analystTokenOf, countryValues, type ValueRow } from './indicator-requests';
import { indicatorShape } from './indicator-shape';
import { countryTotals, type IndicatorReport, printReport } from './indicators-report';
import { unitsAttributedTo } from '../../../libs/gateway/reporting/src/engine';
import { rawFactWrites } from './raw-fact-writes';
import { watchReportingRebuild } from './reporting-rebuild';
import { type IndicatorSeeded, SEED_CONTEXTS, type SeedContext, seedIndicators } from './seed-indicators';
import { measureValueLatency } from './value-latency';

const SCALE = Number(env('BENCH_SCALE', '0.2'));
const ONLY = process.env['BENCH_ONLY'] ?? '';
const RUNS = Number(env('BENCH_RUNS', '3'));
const WARM_UP = Number(env('BENCH_WARMUP', '0'));
const SAMPLES = Number(env('BENCH_SAMPLES', '50'));
const RAW_EVENTS = Number(env('BENCH_RAW_EVENTS', '30000'));
const REBUILD_TIMEOUT_MS = Number(env('BENCH_REBUILD_TIMEOUT_SECONDS', '1800')) * 1000;
const KEEP = process.env['BENCH_KEEP'] === '1';
const GATEWAY_PORT = Number(env('BENCH_GATEWAY_PORT', '4370'));
const MONGO_URL = env('MONGO_URL');
const DATABASE = env('MONGO_DATABASE', 'bench_indicators');
const STORE_DATABASES = Object.fromEntries(SEED_CONTEXTS.map((context) => [context, `${DATABASE}_${context}`])) as Record<SeedContext, string>;
const DATABASES = [DATABASE, ...Object.values(STORE_DATABASES)];
const SECRET = env('AUTH_TOKEN_SECRET');
const PREFIX = `bench.indicators.${Date.now()}.`;
const CONTEXTS = Object.fromEntries(SEED_CONTEXTS.map((context) => [context, `${PREFIX}${context}`])) as Record<SeedContext, string>;
const TOPICS = Object.fromEntries(SEED_CONTEXTS.map((context) => [context, eventTopicOf(CONTEXTS[context])])) as Record<SeedContext, string>;
const JSON_OUT = process.env['BENCH_JSON'] ?? join('.run', 'bench', `indicators-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const URL_ = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
/** The resolver's limit of units per request. */
const UNITS_PER_REQUEST = 20;

const log = (line: string) => process.stderr.write(`[indicators] ${line}\n`);
/** The time, the machine's uptime and its load average, as `uptime` prints them (read from the OS: no external binary). */
const uptime = () =>
  `${new Date().toISOString().slice(11, 19)} up ${Math.round(secondsUp() / 60)} min, load average: ${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')}`;

interface Service {
  child: ChildProcess;
  log: string;
}

const common = () => ({
  NODE_ENV: 'production',
  MONGO_URL,
  KAFKA_BROKERS: env('KAFKA_BROKERS'),
  KAFKA_TOPIC_PREFIX: PREFIX,
  AUTH_TOKEN_SECRET: SECRET,
  LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'warn',
  METRICS_PORT: '0',
});

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(20_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function deleteTopics(kafka: Kafka): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(PREFIX));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

/** The same rows, whatever order they came in. */
type ComparedRow = Pick<ValueRow, 'indicatorId' | 'unitId' | 'value'> & { numerator?: number | null; denominator?: number | null };
const canonical = (rows: readonly ComparedRow[]) =>
  JSON.stringify(
    rows
      .map((row) => [row.indicatorId, row.unitId, row.value, row.numerator ?? null, row.denominator ?? null])
      .sort((a, b) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`)),
  );

async function main(): Promise<void> {
  const shape = indicatorShape(SCALE);
  const national = shape.national;
  const report: IndicatorReport = {
    scale: SCALE,
    store: process.env['BENCH_STORE'] ?? MONGO_URL.replace(/\/\/[^@]*@/, '//'),
    loadAverage: { start: loadavg() },
    uptime: { start: uptime() },
    shape: {
      provinces: national.provinces,
      communes: national.communes,
      'grassroots units': national.grassroots,
      activities: national.activities,
      'dedicated cadres': national.communes + national.provinces,
      'coordination models': shape.models,
      groups: national.communes * shape.groupsPerCommune + Math.ceil(national.communes / 3),
      partners: national.provinces * shape.partnersPerProvince,
    },
    seed: { parts: [], commits: 0, events: 0, ms: 0, publishedMs: 0 },
    runs: RUNS,
    warmUp: WARM_UP,
  };
  log(`scale ${SCALE}: ${JSON.stringify(report.shape)}; databases ${DATABASES.join(', ')} (dropped now); topics ${PREFIX}*`);
  const client = await MongoClient.connect(MONGO_URL);
  const db = client.db(DATABASE);
  const kafka = new Kafka({ clientId: 'bench-indicators', brokers: env('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  let registry: Service | undefined;
  let gateway: Service | undefined;
  let seeded: IndicatorSeeded | undefined;
  let connection: mongoose.Connection | undefined;
  const stopAll = async () => {
    for (const service of [gateway, registry]) if (service) await stopChild(service.child);
    await seeded?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  try {
    for (const name of DATABASES) await client.db(name).dropDatabase();

    // 1. The five stores, their relays publishing.
    seeded = await seedIndicators(
      { mongoUrl: MONGO_URL, databases: STORE_DATABASES, keyEncryptionKey: Buffer.from(env('DATA_KEY_ENCRYPTION_KEY'), 'base64'), kafka, contexts: CONTEXTS },
      shape,
    );
    report.seed = seeded.result;
    report.loadAverage['after seeding'] = loadavg();
    log(
      `seeded ${seeded.result.events} events in ${(seeded.result.ms / 1000).toFixed(1)} s, published after ${(seeded.result.publishedMs / 1000).toFixed(1)} s`,
    );
    if (ONLY === 'seed') return;

    // 2. The registry (for the gateway's reveals), then the gateway on an empty database.
    const registryStarted = performance.now();
    registry = startChild('indicators', 'registry', ['apps/registry/src/main.ts'], {
      ...common(),
      DATA_KEY_ENCRYPTION_KEY: env('DATA_KEY_ENCRYPTION_KEY'),
      HTTP_PORT: String(GATEWAY_PORT + 1),
      MONGO_DATABASE: STORE_DATABASES.registry,
    });
    log(`registry starting (log: ${registry.log})`);
    await waitFor('registry', `http://127.0.0.1:${GATEWAY_PORT + 1}/health/ready`, registry.child, registry.log, { timeoutMs: REBUILD_TIMEOUT_MS });
    report.registryReadyMs = Math.round(performance.now() - registryStarted);
    gateway = startChild('indicators', 'gateway', ['apps/gateway/src/main.ts'], {
      ...common(),
      HTTP_PORT: String(GATEWAY_PORT),
      MONGO_DATABASE: DATABASE,
      CERTIFICATE_VERIFY_KEY: env('CERTIFICATE_VERIFY_KEY'),
      RATE_LIMIT_BURST: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
    });
    log(`gateway starting (log: ${gateway.log})`);
    const rebuild = await watchReportingRebuild({ kafka, prefix: PREFIX, topics: TOPICS, services: { registry, gateway }, timeoutMs: REBUILD_TIMEOUT_MS, log });
    report.loadAverage['after the rebuild'] = loadavg();
    log(`rebuild: reporting ${rebuild.reporting.eventsPerSecond} events/s (${(rebuild.reporting.ms / 1000).toFixed(1)} s); raw limits next`);
    await waitFor('gateway', `http://127.0.0.1:${GATEWAY_PORT}/health/ready`, gateway.child, gateway.log, { timeoutMs: REBUILD_TIMEOUT_MS });
    const rawTarget = await db.createCollection('bench_raw_projection');
    const consumed = await rawConsumeAndBulkWrite(
      kafka,
      `${PREFIX}raw-limit`,
      Object.values(TOPICS),
      rawTarget,
      Math.min(RAW_EVENTS, rebuild.reporting.events),
    );
    await rawTarget.drop();
    const facts = await rawFactWrites(db, WRITTEN_COLLECTIONS);
    report.rebuild = {
      ...rebuild,
      raw: { consume: { events: consumed.events, eventsPerSecond: Math.round((consumed.events / consumed.ms) * 1000) }, facts },
    };

    // 3. The country, every way.
    connection = await mongoose.createConnection(MONGO_URL, { dbName: DATABASE }).asPromise();
    const provinces = Array.from({ length: national.provinces }, (_, p) => ids.province(p));
    const requests: string[][] = [];
    for (let start = 0; start < provinces.length; start += UNITS_PER_REQUEST) requests.push(provinces.slice(start, start + UNITS_PER_REQUEST));
    const query: CountryQuery = {
      definitions: [...PROGRAMME_INDICATORS],
      period: `Y${shape.year}`,
      structureDate: vietnamDateOf(new Date().toISOString()),
      requests,
    };
    const indicatorIds = query.definitions.map((definition) => definition.indicatorId);
    const token = analystTokenOf(SECRET, provinces);
    const ask = { indicatorIds, period: query.period, structureDate: query.structureDate };
    const hierarchy = await reportingHierarchyOf(connection);
    const attributed = new Map(provinces.map((provinceId) => [provinceId, unitsAttributedTo(hierarchy, provinceId, query.structureDate)]));
    const answered = await countryValues(URL_, token, ask, requests);
    const computed = await functionValues(connection, hierarchy, query);
    if (canonical(answered) !== canonical(computed.values)) {
      throw new Error(`the gateway answered ${canonical(answered).slice(0, 400)}, the function ${canonical(computed.values).slice(0, 400)}`);
    }
    const tally = await rawSameReads(db, attributed, query);
    const every = await rawEveryFact(db);
    log(`country: ${tally.finds} finds returning ${tally.documents} documents per evaluation; measuring ${RUNS} runs of each side after ${WARM_UP} warm-up`);
    const functionRuns: FunctionRun[] = [];
    const figures = await timedSides(
      RUNS,
      WARM_UP,
      { gateway: gateway.child.pid, bench: process.pid },
      {
        graphql: () => countryValues(URL_, token, ask, requests),
        function: async () => functionRuns.push(await functionValues(connection!, hierarchy, query)),
        raw: () => rawSameReads(db, attributed, query),
        rawEveryFact: () => rawEveryFact(db),
      },
    );
    const mean = (pick: (run: FunctionRun) => number) => Math.round(functionRuns.reduce((sum, run) => sum + pick(run), 0) / functionRuns.length);
    report.country = {
      period: query.period,
      structureDate: query.structureDate,
      roots: provinces.length,
      requests: requests.length,
      unitsRead: [...attributed.values()].reduce((sum, units) => sum + units.length, 0),
      finds: tally.finds,
      documents: tally.documents,
      everyFactDocuments: every.documents,
      values: countryTotals(answered, indicatorIds),
      figures,
      functionSplit: { readsMs: mean((run) => run.readsMs), evaluateMs: mean((run) => run.evaluateMs), activities: mean((run) => run.activities) },
    };
    report.loadAverage['after the country reads'] = loadavg();
    log(`country: GraphQL p50 ${figures.graphql.p50} ms, p99 ${figures.graphql.p99} ms; raw p50 ${figures.raw.p50} ms`);

    // 4. One new event → the updated value.
    report.latency = await measureValueLatency({
      url: URL_,
      token,
      store: seeded.campaigns,
      shape: national,
      period: query.period,
      structureDate: query.structureDate,
      samples: SAMPLES,
      timeoutMs: 60_000,
      log,
    });
    report.memory = { registry: memoryOf(registry.child.pid!), gateway: memoryOf(gateway.child.pid!), bench: memoryOf(process.pid) };
    report.loadAverage['end'] = loadavg();
    report.uptime.end = uptime();
    printReport(report);
    mkdirSync(dirname(JSON_OUT), { recursive: true });
    writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
    log(`figures written to ${JSON_OUT}`);
  } finally {
    await stopAll();
    await connection?.close();
    if (!KEEP) {
      for (const name of DATABASES)
        await client
          .db(name)
          .dropDatabase()
          .catch(() => undefined);
      await deleteTopics(kafka).catch(() => undefined);
    }
    await client.close();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
