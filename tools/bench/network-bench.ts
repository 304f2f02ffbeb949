/**
 * `npm run bench:network` (issue 15): matching a need against 10,000 groups and 1,000 partners,
 * `needMatchCandidates` end to end and its read-model function alone, each beside the raw driver
 * queries over the same lineage tokens on the same store.
 *
 * 1. Seeds the gateway's read models directly (no Kafka): the events the deciders would have
 *    emitted are folded through every gateway projection that handles them (the registry's unit
 *    read models, and the network slice's: groups, partners, agreements, needs, the matching
 *    candidates) with their own `documentId` and `evolve` (tools/bench/training/read-model-fold.ts)
 *    and written with insertMany in batches of 1,000, indexes first. The spread is in
 *    tools/bench/network/matching-dataset.ts.
 * 2. Starts a gateway on that database (topics of this run only: nothing is projected over the
 *    seed) and checks that it answers what the function answers for every measured need.
 * 3. Measures, for a need placed in a commune of each measured province, in turn: the GraphQL
 *    request, the read-model function in this process, and the raw `find({ tokens })` equalities
 *    over the place's lineage, and the raw driver doing all of the function's reads (the need, the
 *    lineage, the equalities, the ranked partners' names). The gateway's finds for one request
 *    are recorded in it (national/record-commands.ts).
 * A table on stdout, the figures as JSON in .run/bench/.
 *
 * Knobs: BENCH_GROUPS (10000), BENCH_PARTNERS (1000), BENCH_NEEDS (600: needs raised across the
 * country besides the measured ones), BENCH_PROVINCES (Hồ Chí Minh,Lào Cai,Cà Mau),
 * BENCH_RUNS (200), BENCH_WARMUP (10), BENCH_GATEWAY_PORT (4350), BENCH_KEEP=1 (keep the
 * database and topics), BENCH_JSON (figures file), MONGO_DATABASE (bench_network, dropped at the
 * start and the end), and MONGO_URL, KAFKA_BROKERS, AUTH_TOKEN_SECRET, CERTIFICATE_VERIFY_KEY
 * (run-network.sh).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import mongoose from 'mongoose';
import { signAccessToken } from '@tn/shared-auth';
import { vietnamDateOf } from '@tn/gateway-registry';
import { env, sleep, startChild, waitFor } from './bench-kit';
import { tallyLastWindow, toggleRecording } from './national/command-replay';
import { memoryOf } from './national/process-stats';
import { matchingDataset } from './network/matching-dataset';
import { docsPerToken, matchCandidatesFunction, type ReadPlan, rawSameReads, rawTokenFinds } from './network/matching-reads';
import { type MatchCase, type NetworkReport, printReport } from './network/network-report';
import { timedSides } from './network/timed-sides';
import { writeFold } from './training/read-model-fold';

const GROUPS = Number(env('BENCH_GROUPS', '10000'));
const PARTNERS = Number(env('BENCH_PARTNERS', '1000'));
const NEEDS = Number(env('BENCH_NEEDS', '600'));
const PROVINCES = env('BENCH_PROVINCES', 'Hồ Chí Minh,Lào Cai,Cà Mau').split(',');
const RUNS = Number(env('BENCH_RUNS', '200'));
const WARM_UP = Number(env('BENCH_WARMUP', '10'));
const GATEWAY_PORT = Number(env('BENCH_GATEWAY_PORT', '4350'));
const KEEP = process.env['BENCH_KEEP'] === '1';
const MONGO_URL = env('MONGO_URL');
const DATABASE = env('MONGO_DATABASE', 'bench_network');
const SECRET = env('AUTH_TOKEN_SECRET');
const PREFIX = `bench.network.${Date.now()}.`;
const JSON_OUT = process.env['BENCH_JSON'] ?? join('.run', 'bench', `network-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const URL_ = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;

const log = (line: string) => process.stderr.write(`[network] ${line}\n`);

const CANDIDATES =
  'query Candidates($n: ID!) { needMatchCandidates(needId: $n) { kind candidateId name agreementId score reasons { code unitId matched from to } areaUnitIds fields } }';

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

/** A province's manager (no personal data: an account id and a grant). */
const managerTokenOf = (provinceId: string) =>
  signAccessToken(
    { sub: `bn-manager-${provinceId}`, sid: 'bench-network', kind: 'cadre', grants: [{ role: 'unit-manager', unitId: provinceId }] },
    Buffer.from(SECRET, 'base64'),
    new Date(),
    4 * 3600,
  );

/** The read-model finds one request makes in the gateway, by collection (recorded there). */
async function gatewayFindsOf(commandLog: string, request: Request): Promise<Record<string, number>> {
  await toggleRecording(commandLog);
  await post(request);
  await toggleRecording(commandLog);
  const finds: Record<string, number> = {};
  for (const tally of tallyLastWindow(commandLog).tallies) {
    const [name, collection] = tally.command.split(' ');
    if (name === 'find' && collection?.startsWith('gw_')) finds[collection] = tally.count;
  }
  return finds;
}

/** JSON with each object's keys sorted: the same answer whatever order its fields were built in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );

/** The machine's load when a figure was taken (two cores shared with other work make figures upper bounds). */
const uptime = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')}`;

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
  const uptimeAtStart = uptime();
  const store = process.env['BENCH_STORE'] ?? MONGO_URL.replace(/\/\/[^@]*@/, '//');
  log(`${GROUPS} groups, ${PARTNERS} partners, needs in ${PROVINCES.join(', ')}; database ${DATABASE} (dropped now); topics ${PREFIX}*`);
  const client = await MongoClient.connect(MONGO_URL);
  const db = client.db(DATABASE);
  const connection = await mongoose.createConnection(MONGO_URL, { dbName: DATABASE }).asPromise();
  const kafka = new Kafka({ clientId: 'bench-network', brokers: env('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  const commandLog = join(tmpdir(), `bench-network-${process.pid}-commands.jsonl`);
  let gateway: { child: ChildProcess; log: string } | undefined;
  const stopAll = async () => {
    if (gateway) await stopChild(gateway.child);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  try {
    await db.dropDatabase();

    // 1. The read models, folded through the projections and written in batches.
    const today = vietnamDateOf(new Date());
    const seedStarted = performance.now();
    const dataset = matchingDataset({ groups: GROUPS, partners: PARTNERS, needs: NEEDS, measuredProvinces: PROVINCES, today });
    log(
      `folded ${dataset.shape.events} events into ${dataset.folds.map((fold) => `${fold.size} ${fold.projection.collection}`).join(', ')} in ${Math.round(performance.now() - seedStarted)} ms`,
    );
    const byCollection: Record<string, number> = {};
    for (const fold of dataset.folds) {
      const started = performance.now();
      byCollection[fold.projection.collection] = (byCollection[fold.projection.collection] ?? 0) + (await writeFold(db, fold));
      log(`${fold.projection.collection}: ${fold.size} documents in ${Math.round(performance.now() - started)} ms`);
    }
    const seedMs = performance.now() - seedStarted;
    const documents = Object.values(byCollection).reduce((total, n) => total + n, 0);

    // 2. The gateway over the seeded database, recording its commands when told.
    writeFileSync(commandLog, '');
    rmSync(`${commandLog}.on`, { force: true });
    const gatewayStarted = performance.now();
    gateway = startChild('network', 'gateway', ['-r', './tools/bench/national/record-commands.ts', 'apps/gateway/src/main.ts'], {
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
    const gatewayPid = gateway.child.pid;
    const memoryAtReady = gatewayPid ? memoryOf(gatewayPid) : undefined;

    // 3. Each need: the gateway must answer what the function answers; then the three sides in turn.
    const pids = { gateway: gatewayPid, bench: process.pid };
    const cases: MatchCase[] = [];
    for (const need of dataset.shape.measured) {
      const request: Request = { query: CANDIDATES, variables: { n: need.needId }, token: managerTokenOf(need.provinceId) };
      const answered = (await post<{ needMatchCandidates: unknown[] }>(request)).needMatchCandidates;
      const computed = await matchCandidatesFunction(connection, need.needId, today);
      if (canonical(answered) !== canonical(computed.candidates))
        throw new Error(
          `${need.province}: the gateway answered ${canonical(answered).slice(0, 300)}, the function ${canonical(computed.candidates).slice(0, 300)}`,
        );
      const raw = await rawTokenFinds(db, need.lineage);
      if (raw.docs !== computed.docs) throw new Error(`${need.province}: the raw finds read ${raw.docs} documents, the function ${computed.docs}`);
      if (computed.candidates.length === 0) throw new Error(`${need.province}: no candidate`);
      const eligible = (await matchCandidatesFunction(connection, need.needId, today, 100_000)).candidates.length;
      const gatewayFinds = await gatewayFindsOf(commandLog, request);
      const plan: ReadPlan = {
        needId: need.needId,
        lineage: need.lineage,
        partnerIds: computed.candidates.flatMap((candidate) => (candidate.kind === 'partner' ? [candidate.candidateId] : [])),
      };
      const rawAll = await rawSameReads(db, plan);
      const figures = await timedSides(RUNS, WARM_UP, pids, {
        gateway: () => post(request),
        function: () => matchCandidatesFunction(connection, need.needId, today),
        raw: () => rawTokenFinds(db, need.lineage),
        rawAll: () => rawSameReads(db, plan),
      });
      cases.push({
        need,
        docsPerToken: await docsPerToken(db, need.lineage),
        eligible,
        listed: computed.candidates.length,
        gatewayFinds,
        rawFinds: raw.finds,
        rawAllFinds: rawAll.finds,
        figures,
      });
      const { gateway: g, function: f, raw: r, rawAll: a } = figures;
      log(
        `${need.province}: ${raw.docs} candidate documents, ${eligible} eligible; GraphQL p50 ${g.p50} p99 ${g.p99} ms; function p50 ${f.p50} p99 ${f.p99} ms; raw p50 ${r.p50} p99 ${r.p99} ms; raw, all reads p50 ${a.p50} p99 ${a.p99} ms; gateway finds ${JSON.stringify(gatewayFinds)}`,
      );
    }

    const report: NetworkReport = {
      store,
      loadAverage: { start: loadAtStart, end: loadavg() },
      uptime: { start: uptimeAtStart, end: uptime() },
      shape: dataset.shape,
      seed: { ms: Math.round(seedMs), documents, byCollection },
      gatewayReadyMs: Math.round(gatewayReadyMs),
      warmUp: WARM_UP,
      cases,
      memory: { gatewayReady: memoryAtReady, gatewayEnd: gatewayPid ? memoryOf(gatewayPid) : undefined, bench: memoryOf(process.pid) },
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
    await connection.close();
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
