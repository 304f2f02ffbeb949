/**
 * `npm run bench:training` (issue 14): the training slice's two heavy reads at full size, each
 * beside the raw driver queries that fetch the same documents on the same store.
 *
 * 1. Seeds the gateway's read models directly (no Kafka): events made here are folded through the
 *    projections' own `documentId` and `evolve` (tools/bench/training/read-model-fold.ts) and
 *    written with insertMany in batches of 1,000, indexes first: the lineage of BENCH_TRAINEES
 *    people four levels under one province trainer, and BENCH_CADRES cadres holding records of
 *    one kind (valid, renewed, expired but renewable, lapsed, revoked) in a province subtree of
 *    BENCH_COMMUNES communes with BENCH_BRANCHES branches each, with its registry unit read models.
 * 2. Starts a gateway on that database (topics of this run only: nothing is projected over the
 *    seed), and checks its answers against the seed (counts per depth, totals per status).
 * 3. Measures, alternating with the raw driver walk and each alone: `trainedDownstream` first
 *    page and last page (the page that reads the whole tree, with its totals), and
 *    `unitQualifications` as of a date for the province and for one commune. The gateway's finds
 *    for one request are recorded in it (national/record-commands.ts) and shown beside the raw's.
 * 4. The store's own rates (whole-collection find, empty indexed equalities, `_id` lookups).
 * A table on stdout, the figures as JSON in .run/bench/.
 *
 * Knobs: BENCH_TRAINEES (100000), BENCH_CADRES (50000), BENCH_COMMUNES (60), BENCH_BRANCHES (5),
 * BENCH_RUNS (30: runs of the small reads), BENCH_WALK_RUNS (10: runs of the whole-tree and
 * province reads), BENCH_GATEWAY_PORT (4340), BENCH_KEEP=1 (keep the database and topics),
 * BENCH_JSON (figures file), MONGO_DATABASE (bench_training, dropped at the start and the end),
 * and MONGO_URL, KAFKA_BROKERS, AUTH_TOKEN_SECRET, CERTIFICATE_VERIFY_KEY (run-training.sh).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { signAccessToken } from '@tn/shared-auth';
import { encodeCursor } from '@tn/gateway-graphql-kit';
import { LINEAGE_COLLECTION } from '../../libs/gateway/training/src/lineage/lineage.read-model';
import { TRAINEES_COLLECTION } from '../../libs/gateway/training/src/qualifications/trainee.read-model';
import { env, sleep, startChild, waitFor } from './bench-kit';
import { tallyLastWindow, toggleRecording } from './national/command-replay';
import { lineageDataset } from './training/lineage-dataset';
import { AS_OF, KIND_ID, qualificationDataset } from './training/qualification-dataset';
import { rawDownstream, rawUnitHolders } from './training/raw-reads';
import { writeFold } from './training/read-model-fold';
import { storeRates } from './training/store-rates';
import { timedPair } from './training/timed-runs';
import { printReport, type ReadCase, type TrainingReport } from './training/training-report';

const TRAINEES = Number(env('BENCH_TRAINEES', '100000'));
const CADRES = Number(env('BENCH_CADRES', '50000'));
const COMMUNES = Number(env('BENCH_COMMUNES', '60'));
const BRANCHES = Number(env('BENCH_BRANCHES', '5'));
const RUNS = Number(env('BENCH_RUNS', '30'));
const WALK_RUNS = Number(env('BENCH_WALK_RUNS', '10'));
const GATEWAY_PORT = Number(env('BENCH_GATEWAY_PORT', '4340'));
const KEEP = process.env['BENCH_KEEP'] === '1';
const MONGO_URL = env('MONGO_URL');
const DATABASE = env('MONGO_DATABASE', 'bench_training');
const SECRET = env('AUTH_TOKEN_SECRET');
const PREFIX = `bench.training.${Date.now()}.`;
const JSON_OUT = process.env['BENCH_JSON'] ?? join('.run', 'bench', `training-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const URL_ = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
const PAGE_SIZE = 20;

const log = (line: string) => process.stderr.write(`[training] ${line}\n`);

const DOWNSTREAM =
  'query Downstream($t: ID!, $after: String) { trainedDownstream(trainerId: $t, after: $after) { totalCount depths { depth count } pageInfo { hasNextPage endCursor } nodes { personId depth listedUnderId coursesLed trainedBy { trainerId courseId completedOn } } } }';
const UNIT_VIEW =
  'query UnitView($u: ID!, $k: ID!, $d: String) { unitQualifications(unitId: $u, kindId: $k, asOf: $d) { totalCount totals { status count } pageInfo { hasNextPage } nodes { personId status validUntil recordId grantedOn unitId } } }';

interface Request {
  query: string;
  variables: Record<string, unknown>;
  token: string;
}

async function post<T>(request: Request): Promise<T> {
  const response = await fetch(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const tokenOf = (claims: { sub: string; personId?: string; grants: { role: string; unitId: string }[] }) =>
  signAccessToken({ ...claims, sid: 'bench-training', kind: 'cadre' }, Buffer.from(SECRET, 'base64'), new Date(), 4 * 3600);

/** The read-model finds one request makes in the gateway, by collection (recorded there). */
async function gatewayFindsOf(commandLog: string, request: Request): Promise<Record<string, number>> {
  await toggleRecording(commandLog);
  await post(request);
  await toggleRecording(commandLog);
  const finds: Record<string, number> = {};
  for (const tally of tallyLastWindow(commandLog).tallies) {
    const [name, collection] = tally.command.split(' ');
    if (name === 'find' && collection && /^gw_(training|registry)_/.test(collection)) finds[collection] = tally.count;
  }
  return finds;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const store = process.env['BENCH_STORE'] ?? MONGO_URL.replace(/\/\/[^@]*@/, '//');
  log(`${TRAINEES} trainees, ${CADRES} cadres in ${COMMUNES} communes x ${BRANCHES} branches; database ${DATABASE} (dropped now); topics ${PREFIX}*`);
  const client = await MongoClient.connect(MONGO_URL);
  const db = client.db(DATABASE);
  const kafka = new Kafka({ clientId: 'bench-training', brokers: env('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  const commandLog = join(tmpdir(), `bench-training-${process.pid}-commands.jsonl`);
  let gateway: { child: ChildProcess; log: string } | undefined;
  const stopAll = async () => {
    if (gateway) await stopChild(gateway.child);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  try {
    await db.dropDatabase();

    // 1. The read models, folded through the projections and written in batches.
    const seedStarted = performance.now();
    const lineage = lineageDataset(TRAINEES);
    const subtree = qualificationDataset({ cadres: CADRES, communes: COMMUNES, branchesPerCommune: BRANCHES });
    log(
      `folded ${lineage.fold.size} lineage and ${subtree.folds.map((fold) => fold.size).join(' + ')} unit, kind and trainee documents in ${Math.round(performance.now() - seedStarted)} ms`,
    );
    const byCollection: Record<string, number> = {};
    for (const fold of [lineage.fold, ...subtree.folds]) {
      const started = performance.now();
      byCollection[fold.projection.collection] = await writeFold(db, fold);
      log(`${fold.projection.collection}: ${fold.size} documents in ${Math.round(performance.now() - started)} ms`);
    }
    const seedMs = performance.now() - seedStarted;
    const documents = Object.values(byCollection).reduce((total, n) => total + n, 0);

    // 2. The gateway over the seeded database, recording its commands when told.
    writeFileSync(commandLog, '');
    rmSync(`${commandLog}.on`, { force: true });
    const gatewayStarted = performance.now();
    gateway = startChild('training', 'gateway', ['-r', './tools/bench/national/record-commands.ts', 'apps/gateway/src/main.ts'], {
      NODE_ENV: 'production',
      MONGO_URL,
      MONGO_DATABASE: DATABASE,
      KAFKA_BROKERS: env('KAFKA_BROKERS'),
      KAFKA_TOPIC_PREFIX: PREFIX,
      AUTH_TOKEN_SECRET: SECRET,
      CERTIFICATE_VERIFY_KEY: env('CERTIFICATE_VERIFY_KEY'),
      HTTP_PORT: String(GATEWAY_PORT),
      METRICS_PORT: '0',
      LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'warn',
      RATE_LIMIT_BURST: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
      BENCH_COMMAND_LOG: commandLog,
    });
    log(`gateway starting (log: ${gateway.log})`);
    await waitFor('gateway', `http://127.0.0.1:${GATEWAY_PORT}/health/ready`, gateway.child, gateway.log);
    const gatewayReadyMs = performance.now() - gatewayStarted;

    const { shape: tree } = lineage;
    const trainer = tokenOf({ sub: 'bt-trainer-account', personId: tree.rootId, grants: [{ role: 'trainer', unitId: subtree.shape.provinceId }] });
    const manager = tokenOf({ sub: 'bt-manager-account', grants: [{ role: 'unit-manager', unitId: subtree.shape.provinceId }] });
    const communeId = subtree.shape.communeIds[0]!;
    type DownstreamAnswer = {
      trainedDownstream: { totalCount: number | null; depths: { depth: number; count: number }[] | null; pageInfo: { hasNextPage: boolean }; nodes: unknown[] };
    };
    type UnitAnswer = { unitQualifications: { totalCount: number; totals: { status: string; count: number }[] } };
    const { lastPage } = tree;
    const requests = {
      firstPage: { query: DOWNSTREAM, variables: { t: tree.rootId }, token: trainer },
      lastPage: {
        query: DOWNSTREAM,
        variables: { t: tree.rootId, after: encodeCursor([lastPage.depth, lastPage.parentId, lastPage.personId]) },
        token: trainer,
      },
      province: { query: UNIT_VIEW, variables: { u: subtree.shape.provinceId, k: KIND_ID, d: AS_OF }, token: manager },
      commune: { query: UNIT_VIEW, variables: { u: communeId, k: KIND_ID, d: AS_OF }, token: manager },
    };

    // The answers must be the seed's: a page, the whole tree by depth, the totals by status.
    const first = (await post<DownstreamAnswer>(requests.firstPage)).trainedDownstream;
    if (first.nodes.length !== PAGE_SIZE || !first.pageInfo.hasNextPage) throw new Error(`first page: ${JSON.stringify(first).slice(0, 300)}`);
    const last = (await post<DownstreamAnswer>(requests.lastPage)).trainedDownstream;
    const depths = tree.perDepth.map((count, index) => ({ depth: index + 1, count }));
    if (last.totalCount !== tree.trainees || !same(last.depths, depths) || last.pageInfo.hasNextPage)
      throw new Error(`last page: ${JSON.stringify(last).slice(0, 300)}`);
    const totalsOf = (answer: UnitAnswer) =>
      Object.fromEntries(answer.unitQualifications.totals.filter((total) => total.count > 0).map((total) => [total.status, total.count]));
    const expectedOf = (expected: Record<string, number>) => Object.fromEntries(Object.entries(expected).filter(([, count]) => count > 0));
    const provinceAnswer = await post<UnitAnswer>(requests.province);
    const communeAnswer = await post<UnitAnswer>(requests.commune);
    for (const [name, answer, expected] of [
      ['province', provinceAnswer, subtree.shape.expected.province],
      ['commune', communeAnswer, subtree.shape.expected.commune],
    ] as const) {
      if (!same(totalsOf(answer), expectedOf(expected)))
        throw new Error(`${name} totals ${JSON.stringify(totalsOf(answer))}, seeded ${JSON.stringify(expected)}`);
    }
    log('answers match the seed; measuring');

    // 3. Each read beside its raw walk.
    const pids = { gateway: gateway.child.pid, bench: process.pid };
    const totals = (answer: UnitAnswer) =>
      answer.unitQualifications.totals
        .filter((total) => total.count > 0)
        .map((total) => `${total.status} ${total.count.toLocaleString('en')}`)
        .join(', ');
    const plan = [
      {
        name: '`trainedDownstream` first page (20)',
        answer: `${PAGE_SIZE} of ${tree.trainees.toLocaleString('en')}, hasNextPage`,
        request: requests.firstPage,
        raw: () => rawDownstream(db, tree.rootId, PAGE_SIZE),
        runs: RUNS,
        documentsOf: LINEAGE_COLLECTION,
      },
      {
        name: '`trainedDownstream` last page: the whole tree',
        answer: `totalCount ${tree.trainees.toLocaleString('en')}, depths ${tree.perDepth.map((n) => n.toLocaleString('en')).join(' / ')}`,
        request: requests.lastPage,
        raw: () => rawDownstream(db, tree.rootId),
        runs: WALK_RUNS,
        documentsOf: LINEAGE_COLLECTION,
      },
      {
        name: `\`unitQualifications\` as of ${AS_OF}: the province (${subtree.shape.units} units)`,
        answer: totals(provinceAnswer),
        request: requests.province,
        raw: () => rawUnitHolders(db, subtree.shape.provinceId, KIND_ID, AS_OF),
        runs: WALK_RUNS,
        documentsOf: TRAINEES_COLLECTION,
      },
      {
        name: `\`unitQualifications\` as of ${AS_OF}: one commune (${1 + BRANCHES} units)`,
        answer: totals(communeAnswer),
        request: requests.commune,
        raw: () => rawUnitHolders(db, communeId, KIND_ID, AS_OF),
        runs: RUNS,
        documentsOf: TRAINEES_COLLECTION,
      },
    ];
    const cases: ReadCase[] = [];
    for (const read of plan) {
      const gatewayFinds = await gatewayFindsOf(commandLog, read.request);
      const raw = await read.raw();
      const figures = await timedPair(read.runs, pids, () => post(read.request), read.raw);
      cases.push({ name: read.name, answer: read.answer, gatewayFinds, raw, documentsOf: read.documentsOf, figures });
      log(
        `${read.name}: gateway p50 ${figures.gateway.p50} p99 ${figures.gateway.p99} ms; raw p50 ${figures.raw.p50} p99 ${figures.raw.p99} ms; finds ${JSON.stringify(gatewayFinds)} / raw ${raw.finds}, ${raw.docs} documents`,
      );
    }

    // 4. The store alone.
    const rates = await storeRates(db, {
      scanned: [LINEAGE_COLLECTION, TRAINEES_COLLECTION],
      equality: { collection: LINEAGE_COLLECTION, field: 'trainerIds' },
      ids: LINEAGE_COLLECTION,
    });

    const report: TrainingReport = {
      store,
      loadAverage: { start: loadAtStart, end: loadavg() },
      lineage: tree,
      subtree: subtree.shape,
      seed: { ms: Math.round(seedMs), documents, byCollection },
      gatewayReadyMs: Math.round(gatewayReadyMs),
      cases,
      rates,
    };
    printReport(report);
    mkdirSync(dirname(JSON_OUT), { recursive: true });
    writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
    log(`figures written to ${JSON_OUT}`);
  } finally {
    await stopAll();
    rmSync(commandLog, { force: true });
    rmSync(`${commandLog}.on`, { force: true });
    if (!KEEP) {
      await db.dropDatabase().catch(() => undefined);
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
