/**
 * `npm run bench:national` (issue 13): the national dataset and what it costs to serve.
 *
 * 1. Seeds the registry's and the campaigns service's event stores through
 *    MongoEventStore.appendBatch (seed-national.ts): 34 provinces, communes, grassroots units and
 *    volunteers, campaigns, activities, shifts and attendance, BENCH_SCALE of the country. Each
 *    store's outbox relay runs here and publishes the commits as they are appended.
 * 2. Rebuild: starts the registry and the campaigns service, then the gateway, whose projectors
 *    build its read models from the seeded topics. Timed from its first projector group joining
 *    until both have caught up; beside it, a plain kafkajs consumer writing one upsert per event
 *    with bulkWrite over the same topics.
 * 3. Reads a cadre uses most (unit tree, unit search, activity and campaign lists with totals, a
 *    unit's volunteers) through the gateway with autocannon, each beside the same request's reads
 *    replayed with the plain driver (recorded in the gateway by record-commands.ts).
 * 4. Memory (resident set) of each service.
 * 5. Append → projected under steady load: activities proposed at each offered rate through the
 *    campaigns store and relay of step 1; projected = the gateway's group committed past the event.
 * A table on stdout, the figures as JSON in .run/bench/.
 *
 * Knobs: BENCH_SCALE (0.05; 1 is the country), BENCH_ONLY=seed (seed without publishing, then stop),
 * BENCH_SECONDS (10, per read run), BENCH_CONNECTIONS (4), BENCH_RATES (100,500),
 * BENCH_LATENCY_SECONDS (20), BENCH_RAW_EVENTS (50000, events the raw consumer reads),
 * BENCH_REBUILD_TIMEOUT_SECONDS (3600), BENCH_KEEP=1 (keep databases and topics), BENCH_JSON
 * (where to write the figures), BENCH_GATEWAY_PORT (4330; the registry and campaigns take the two
 * after it), MONGO_DATABASE (bench_national: it and its _registry and _campaigns are dropped at
 * the start), and MONGO_URL, KAFKA_BROKERS, AUTH_TOKEN_SECRET, DATA_KEY_ENCRYPTION_KEY,
 * CERTIFICATE_SIGNING_KEY, CERTIFICATE_VERIFY_KEY (run-national.sh makes the keys).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { signAccessToken } from '@tn/shared-auth';
import { foldVietnamese } from '@tn/gateway-graphql-kit';
import { eventTopicOf } from '@tn/shared-event-bus';
import { env, sleep, startChild, waitFor } from '../bench-kit';
import { type CommandTally, tallyLastWindow, toggleRecording } from './command-replay';
import { committed, groupsOf, lagOf, messagesIn, topicEnds } from './kafka-progress';
import { type LatencyRun, measureLatency } from './latency';
import { ids, type NationalShape, nationalShape } from './national-shape';
import { unitRows } from './national-events';
import { cpuSeconds, cpuShares, memoryOf } from './process-stats';
import { rawConsumeAndBulkWrite } from './raw-projection';
import { measureReads, type ReadFigure, type ReadQuery } from './reads';
import { type Seeded, seedNational, type SeedResult } from './seed-national';

const SCALE = Number(env('BENCH_SCALE', '0.05'));
const ONLY = process.env['BENCH_ONLY'] ?? '';
const SECONDS = Number(env('BENCH_SECONDS', '10'));
const CONNECTIONS = Number(env('BENCH_CONNECTIONS', '4'));
const RATES = env('BENCH_RATES', '100,500').split(',').map(Number);
const LATENCY_SECONDS = Number(env('BENCH_LATENCY_SECONDS', '20'));
const RAW_EVENTS = Number(env('BENCH_RAW_EVENTS', '50000'));
const REBUILD_TIMEOUT_MS = Number(env('BENCH_REBUILD_TIMEOUT_SECONDS', '3600')) * 1000;
const KEEP = process.env['BENCH_KEEP'] === '1';
const GATEWAY_PORT = Number(env('BENCH_GATEWAY_PORT', '4330'));
const MONGO_URL = env('MONGO_URL');
const DATABASE = env('MONGO_DATABASE', 'bench_national');
const DATABASES = { gateway: DATABASE, registry: `${DATABASE}_registry`, campaigns: `${DATABASE}_campaigns` };
const KEK = Buffer.from(env('DATA_KEY_ENCRYPTION_KEY'), 'base64');
const SECRET = env('AUTH_TOKEN_SECRET');
const PREFIX = `bench.national.${Date.now()}.`;
const CONTEXTS = { registry: `${PREFIX}registry`, campaigns: `${PREFIX}campaigns` };
const TOPICS = { registry: eventTopicOf(CONTEXTS.registry), campaigns: eventTopicOf(CONTEXTS.campaigns) };
const JSON_OUT = process.env['BENCH_JSON'] ?? join('.run', 'bench', `national-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
/** The processes whose CPU the report shows: the servers by command name (they serve others too). */
const SERVERS = { ferretdb: /^ferretdb$/, postgres: /^postgres/, kafka: /^java$/ };

const log = (line: string) => process.stderr.write(`[national] ${line}\n`);
const thousands = (n: number) => Math.round(n).toLocaleString('en');

interface Service {
  child: ChildProcess;
  log: string;
}
interface Services {
  registry: Service;
  campaigns: Service;
  gateway?: Service;
  commandLog: string;
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

/** The registry and the campaigns service: their relays stay idle (the seeding's hold the leases); the registry reveals personal data to the gateway. */
function startBackends(): Services {
  const commandLog = join(tmpdir(), `bench-national-${process.pid}-commands.jsonl`);
  writeFileSync(commandLog, '');
  rmSync(`${commandLog}.on`, { force: true });
  const keys = { DATA_KEY_ENCRYPTION_KEY: env('DATA_KEY_ENCRYPTION_KEY') };
  return {
    registry: startChild('national', 'registry', ['apps/registry/src/main.ts'], {
      ...common(),
      ...keys,
      HTTP_PORT: String(GATEWAY_PORT + 1),
      MONGO_DATABASE: DATABASES.registry,
    }),
    campaigns: startChild('national', 'campaigns', ['apps/campaigns/src/main.ts'], {
      ...common(),
      ...keys,
      HTTP_PORT: String(GATEWAY_PORT + 2),
      MONGO_DATABASE: DATABASES.campaigns,
    }),
    commandLog,
  };
}

/** The gateway, with the command recorder preloaded (it records only when told). */
function startGateway(commandLog: string): Service {
  return startChild('national', 'gateway', ['-r', './tools/bench/national/record-commands.ts', 'apps/gateway/src/main.ts'], {
    ...common(),
    HTTP_PORT: String(GATEWAY_PORT),
    MONGO_DATABASE: DATABASES.gateway,
    RATE_LIMIT_BURST: '1000000',
    RATE_LIMIT_PER_SECOND: '1000000',
    BENCH_COMMAND_LOG: commandLog,
  });
}

interface RebuildFigures {
  events: number;
  /** The gateway's first projector joining its group → the last one caught up. */
  ms: number;
  eventsPerSecond: number;
  /** Each projector group: events of its topic, joined → caught up. */
  groups: Record<string, { events: number; ms: number }>;
  peakMemoryMb: Record<string, number>;
  cpu: Record<string, string>;
  /** What the gateway asked of the store during SAMPLE_MS of the registry projector's work. */
  sample?: { windowMs: number; tallies: CommandTally[] };
}

const SAMPLE_MS = 10_000;

/** The gateway's projector groups (not its reply groups), and the topic each reads (by its name). */
const watchedGroup = (groupId: string) => !groupId.includes('-replies-') && /gateway-(registry|campaigns)/.test(groupId);
const topicOfGroup = (groupId: string) => (groupId.includes('registry') ? TOPICS.registry : TOPICS.campaigns);

/** Records the gateway's store commands for SAMPLE_MS (see record-commands.ts). */
async function sampleCommands(commandLog: string): Promise<{ windowMs: number; tallies: CommandTally[] }> {
  await toggleRecording(commandLog);
  await sleep(SAMPLE_MS);
  await toggleRecording(commandLog);
  const { windowMs, tallies } = tallyLastWindow(commandLog);
  return { windowMs: Math.round(windowMs), tallies: tallies.slice(0, 10).map((t) => ({ ...t, ms: Math.round(t.ms) })) };
}

async function watchRebuild(kafka: Kafka, services: Services & { gateway: Service }): Promise<RebuildFigures> {
  const admin = kafka.admin();
  await admin.connect();
  const children = { registry: services.registry, campaigns: services.campaigns, gateway: services.gateway };
  const pids = Object.fromEntries(Object.entries(children).map(([name, service]) => [name, service.child.pid]));
  const started = performance.now();
  const cpuAtStart = cpuSeconds(pids, SERVERS);
  const joinedAt: Record<string, number> = {};
  const caughtUpAt: Record<string, number> = {};
  const events: Record<string, number> = {};
  const peak: Record<string, number> = {};
  let sample: RebuildFigures['sample'];
  let shownAt = 0;
  try {
    for (;;) {
      const now = performance.now();
      if (now - started > REBUILD_TIMEOUT_MS) throw new Error(`rebuild not done after ${REBUILD_TIMEOUT_MS / 1000}s`);
      for (const [name, service] of Object.entries(children)) {
        if (service.child.exitCode !== null) throw new Error(`${name} exited with ${service.child.exitCode} during the rebuild; see ${service.log}`);
        const memory = memoryOf(service.child.pid!);
        if (memory) peak[name] = Math.max(peak[name] ?? 0, memory.peakMb);
      }
      const ends = await topicEnds(admin, [TOPICS.registry, TOPICS.campaigns]);
      const lags: string[] = [];
      // Listing groups asks every coordinator: only until both projectors have joined.
      const groups = Object.keys(joinedAt).length >= 2 ? Object.keys(joinedAt) : (await groupsOf(admin, PREFIX)).filter(watchedGroup);
      for (const groupId of groups) {
        const topic = topicOfGroup(groupId);
        joinedAt[groupId] ??= now;
        events[groupId] = messagesIn(ends, topic);
        const done = await committed(admin, groupId, [topic]);
        const lag = lagOf(new Map([[topic, ends.get(topic) ?? new Map<number, number>()]]), done);
        // Once the registry projector is under way, what it asks of the store (it is the slower one).
        const started = [...(done.get(topic)?.values() ?? [])].some((offset) => offset > 0);
        if (!sample && groupId.includes('gateway-registry') && started && lag > 1_000) sample = await sampleCommands(services.commandLog);
        if (lag === 0 && caughtUpAt[groupId] === undefined) caughtUpAt[groupId] = now;
        lags.push(`${groupId.slice(PREFIX.length)} lag ${thousands(lag)}`);
      }
      if (now - shownAt > 5_000) {
        shownAt = now;
        log(`rebuild: ${lags.join(', ') || 'no projector group yet'}`);
      }
      if (Object.keys(joinedAt).length >= 2 && Object.keys(caughtUpAt).length >= 2) break;
      await sleep(250);
    }
  } finally {
    await admin.disconnect();
  }
  const gateway = Object.keys(joinedAt);
  const from = Math.min(...gateway.map((groupId) => joinedAt[groupId]!));
  const to = Math.max(...gateway.map((groupId) => caughtUpAt[groupId]!));
  const total = gateway.reduce((sum, groupId) => sum + events[groupId]!, 0);
  return {
    events: total,
    ms: Math.round(to - from),
    eventsPerSecond: Math.round((total / (to - from)) * 1000),
    groups: Object.fromEntries(
      Object.keys(joinedAt).map((groupId) => [
        groupId.slice(PREFIX.length),
        { events: events[groupId]!, ms: Math.round(caughtUpAt[groupId]! - joinedAt[groupId]!) },
      ]),
    ),
    peakMemoryMb: peak,
    cpu: cpuShares(cpuAtStart, cpuSeconds(pids, SERVERS), performance.now() - started),
    ...(sample ? { sample } : {}),
  };
}

/** What a cadre of a province opens most, on units of the seeded country. */
function readQueries(shape: NationalShape): ReadQuery[] {
  const p = 6 % shape.provinces;
  const c = p; // the first commune of the province
  const g = c; // the first grassroots unit of the commune
  const commune = unitRows(shape).find((row) => row.unitId === ids.commune(c))!;
  const unitsQuery = 'query Tree($p: ID) { units(parentId: $p, first: 20) { totalCount nodes { id nameVi levelLabel status } } }';
  const activitiesQuery =
    'query Activities($u: ID!) { activities(unitId: $u, status: "completed", first: 20) { totalCount totals { status count } nodes { id name status proposedOn location { unitId } } } }';
  const campaignsQuery =
    'query Campaigns($u: ID!) { campaigns(unitId: $u, status: "open", first: 20) { totalCount nodes { id name status activityCount activityTotals { status count } } } }';
  return [
    { name: 'unit tree: communes of a province', query: unitsQuery, variables: { p: ids.province(p) }, field: 'units' },
    { name: 'unit tree: branches of a commune', query: unitsQuery, variables: { p: ids.commune(c) }, field: 'units' },
    {
      name: 'unit search by a commune name',
      query: 'query Search($q: String!) { searchUnits(query: $q, first: 20) { totalCount nodes { id nameVi } } }',
      variables: { q: foldVietnamese(commune.nameVi.replace('Đoàn xã ', '')) },
      field: 'searchUnits',
    },
    { name: "activity list with totals: a commune's completed", query: activitiesQuery, variables: { u: ids.commune(c) }, field: 'activities' },
    { name: "activity list with totals: a province's completed", query: activitiesQuery, variables: { u: ids.province(p) }, field: 'activities' },
    { name: "campaign list with totals: a province's open", query: campaignsQuery, variables: { u: ids.province(p) }, field: 'campaigns' },
    { name: "campaign list with totals: a commune's open", query: campaignsQuery, variables: { u: ids.commune(c) }, field: 'campaigns' },
    {
      name: 'volunteers of a branch (the volunteer list)',
      query: 'query Volunteers($u: ID!) { volunteers(unitId: $u, first: 20) { totalCount nodes { id fullName phone homeUnitId } } }',
      variables: { u: ids.grassroots(g) },
      field: 'volunteers',
    },
  ];
}

interface Report {
  scale: number;
  /** The machine's load average (1, 5, 15 min) when the run started and ended: others' work shares the cores. */
  loadAverage: { start: number[]; end?: number[] };
  shape: NationalShape;
  store: string;
  seed: SeedResult;
  rebuild?: RebuildFigures & { raw: { events: number; eventsPerSecond: number } };
  reads?: ReadFigure[];
  memoryMb?: Record<string, { rssMb: number; peakMb: number } | undefined>;
  latency?: LatencyRun[];
}

function printReport(report: Report): void {
  const lines: string[] = [];
  const { seed, shape } = report;
  lines.push(
    `\nNational dataset at scale ${report.scale}: ${shape.provinces} provinces, ${thousands(shape.communes)} communes, ${thousands(shape.grassroots)} grassroots units, ${thousands(shape.volunteers)} volunteers, ${thousands(shape.activities)} activities; store: ${report.store}`,
  );
  const load = (values: number[] | undefined) => values?.map((value) => value.toFixed(2)).join(' / ') ?? '?';
  lines.push(`Load average (1 / 5 / 15 min) at the start ${load(report.loadAverage.start)}, at the end ${load(report.loadAverage.end)}`);
  lines.push('\n| seeding (appendBatch) | commits | events |');
  lines.push('|---|---:|---:|');
  for (const part of seed.parts) lines.push(`| ${part.name} | ${thousands(part.commits)} | ${thousands(part.events)} |`);
  lines.push(
    `| **all, in ${(seed.ms / 1000).toFixed(1)} s** | **${thousands(seed.commits)}** (${thousands((seed.commits / seed.ms) * 1000)}/s) | **${thousands(seed.events)}** (${thousands((seed.events / seed.ms) * 1000)}/s) |`,
  );
  if (seed.publishedMs !== undefined)
    lines.push(
      `| published by the relays (outbox → Kafka) ${(seed.publishedMs / 1000).toFixed(1)} s after the first append | | ${thousands((seed.events / seed.publishedMs) * 1000)}/s |`,
    );
  const { rebuild } = report;
  if (rebuild) {
    lines.push('\n| rebuild: the gateway projects the seeded topics | TinhNguyen | limit on the same servers | ratio |');
    lines.push('|---|---:|---:|---:|');
    lines.push(
      `| events/s, first projector joined → both caught up (${thousands(rebuild.events)} events in ${(rebuild.ms / 1000).toFixed(1)} s) | ${thousands(rebuild.eventsPerSecond)} | ${thousands(rebuild.raw.eventsPerSecond)} (raw consume + bulkWrite, ${thousands(rebuild.raw.events)} events) | ${(rebuild.eventsPerSecond / rebuild.raw.eventsPerSecond).toFixed(2)} |`,
    );
    for (const [group, figure] of Object.entries(rebuild.groups)) {
      lines.push(
        `| ${group}: ${thousands(figure.events)} events in ${(figure.ms / 1000).toFixed(1)} s | ${thousands((figure.events / figure.ms) * 1000)} | | |`,
      );
    }
    lines.push(
      `\nCPU during the rebuild: ${Object.entries(rebuild.cpu)
        .map(([group, share]) => `${group} ${share}`)
        .join('; ')}`,
    );
    lines.push(
      `Peak memory during the rebuild (MB): ${Object.entries(rebuild.peakMemoryMb)
        .map(([name, mb]) => `${name} ${mb}`)
        .join(', ')}`,
    );
    if (rebuild.sample) {
      lines.push(
        `The gateway's store commands during ${(rebuild.sample.windowMs / 1000).toFixed(1)} s of the registry projection (count, summed server time):`,
      );
      for (const tally of rebuild.sample.tallies) lines.push(`  ${tally.command}: ${thousands(tally.count)}, ${thousands(tally.ms)} ms`);
    }
  }
  if (report.reads) {
    lines.push(
      `\n| read (${CONNECTIONS} connections × ${SECONDS} s) | totalCount | reads | gateway req/s | p50 / p99 ms | raw replay req/s | p50 / p99 ms | gateway / raw | slowest read alone |`,
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of report.reads) {
      lines.push(
        `| ${r.name} | ${r.totalCount ?? '-'} | ${r.reads} | ${r.gateway.rps}${r.gateway.bad ? ` (${r.gateway.bad} bad)` : ''} | ${r.gateway.p50} / ${r.gateway.p99} | ${r.raw.rps} | ${r.raw.p50} / ${r.raw.p99} | ${r.raw.rps ? (r.gateway.rps / r.raw.rps).toFixed(2) : '-'} | ${r.slowest ? `${r.slowest.read}: ${r.slowest.ms} ms` : '-'} |`,
      );
    }
  }
  if (report.memoryMb) {
    lines.push(
      `\nMemory after the reads (resident / peak MB): ${Object.entries(report.memoryMb)
        .map(([name, m]) => `${name} ${m ? `${m.rssMb} / ${m.peakMb}` : 'gone'}`)
        .join(', ')}`,
    );
  }
  if (report.latency) {
    lines.push(
      '\n| append → projected (activities proposed, one commit each) | achieved/s | measured | p50 / p99 ms | append p50 / p99 | relay to Kafka p50 / p99 | projection p50 / p99 |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const run of report.latency) {
      lines.push(
        `| ${run.offered} events/s offered | ${run.achieved}${run.late ? ` (${run.late} late)` : ''} | ${run.measured}/${run.events} | **${run.total.p50} / ${run.total.p99}** | ${run.append.p50} / ${run.append.p99} | ${run.relay.p50} / ${run.relay.p99} | ${run.projection.p50} / ${run.projection.p99} |`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function dropDatabases(client: MongoClient): Promise<void> {
  for (const name of Object.values(DATABASES)) await client.db(name).dropDatabase();
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

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(20_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** The gateway's campaigns projector group (the one append → projected waits for). */
async function campaignsProjectorGroup(kafka: Kafka): Promise<string> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const groupId = (await groupsOf(admin, PREFIX)).find((id) => watchedGroup(id) && id.includes('gateway-campaigns'));
    if (!groupId) throw new Error("the gateway's campaigns projector group is not there");
    return groupId;
  } finally {
    await admin.disconnect();
  }
}

async function waitReady(name: string, port: number, service: Service): Promise<void> {
  await waitFor(name, `http://127.0.0.1:${port}/health/ready`, service.child, service.log, { timeoutMs: 600_000 });
}

async function main(): Promise<void> {
  const shape = nationalShape(SCALE);
  const loadAtStart = loadavg();
  const store = process.env['BENCH_STORE'] ?? MONGO_URL.replace(/\/\/[^@]*@/, '//');
  log(`scale ${SCALE}: ${JSON.stringify(shape)}; databases ${Object.values(DATABASES).join(', ')} (dropped now); topics ${PREFIX}*`);
  const client = await MongoClient.connect(MONGO_URL);
  const kafka = new Kafka({ clientId: 'bench-national', brokers: env('KAFKA_BROKERS').split(','), logLevel: logLevel.NOTHING });
  let services: Services | undefined;
  let seeded: Seeded | undefined;
  const stopAll = async () => {
    if (services) for (const service of [services.gateway, services.campaigns, services.registry]) if (service) await stopChild(service.child);
    await seeded?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  try {
    await dropDatabases(client);
    seeded = await seedNational(
      {
        mongoUrl: MONGO_URL,
        registryDatabase: DATABASES.registry,
        campaignsDatabase: DATABASES.campaigns,
        keyEncryptionKey: KEK,
        // Seeding alone measures the stores' batch path; the full run publishes as it seeds.
        ...(ONLY === 'seed' ? {} : { publish: { kafka, registryContext: CONTEXTS.registry, campaignsContext: CONTEXTS.campaigns } }),
      },
      shape,
    );
    const report: Report = { scale: SCALE, loadAverage: { start: loadAtStart }, shape, store, seed: seeded.result };
    if (ONLY !== 'seed') {
      services = startBackends();
      log(`registry and campaigns starting (logs: ${services.registry.log}, ${services.campaigns.log})`);
      await waitReady('registry', GATEWAY_PORT + 1, services.registry);
      await waitReady('campaigns', GATEWAY_PORT + 2, services.campaigns);
      const gatewayService = startGateway(services.commandLog);
      services.gateway = gatewayService;
      log(`gateway starting (log: ${gatewayService.log})`);
      const rebuild = await watchRebuild(kafka, { ...services, gateway: gatewayService });
      log(`rebuild: ${thousands(rebuild.eventsPerSecond)} events/s (${(rebuild.ms / 1000).toFixed(1)} s); raw limit next`);
      const rawTarget = await client.db(DATABASES.gateway).createCollection('bench_raw_projection');
      const raw = await rawConsumeAndBulkWrite(
        kafka,
        `${PREFIX}raw-limit`,
        [TOPICS.registry, TOPICS.campaigns],
        rawTarget,
        Math.min(RAW_EVENTS, rebuild.events),
      );
      report.rebuild = { ...rebuild, raw: { events: raw.events, eventsPerSecond: Math.round((raw.events / raw.ms) * 1000) } };
      await waitReady('gateway', GATEWAY_PORT, gatewayService);
      const token = signAccessToken(
        { sub: 'bench-national-cadre', sid: 'bench', kind: 'cadre', grants: [{ role: 'unit-manager', unitId: ids.province(6 % shape.provinces) }] },
        Buffer.from(SECRET, 'base64'),
        new Date(),
        4 * 3600,
      );
      const gateway = { url: `http://127.0.0.1:${GATEWAY_PORT}/graphql`, token, commandLog: services.commandLog };
      report.reads = await measureReads(gateway, client, readQueries(shape), { connections: CONNECTIONS, seconds: SECONDS, log });
      const running = { registry: services.registry, campaigns: services.campaigns, gateway: gatewayService };
      report.memoryMb = Object.fromEntries(Object.entries(running).map(([name, service]) => [name, memoryOf(service.child.pid!)]));
      report.latency = await measureLatency({
        kafka,
        store: seeded.stores.campaigns,
        context: CONTEXTS.campaigns,
        projectorGroup: await campaignsProjectorGroup(kafka),
        shape,
        rates: RATES,
        seconds: LATENCY_SECONDS,
        log,
      });
    }
    report.loadAverage.end = loadavg();
    printReport(report);
    mkdirSync(dirname(JSON_OUT), { recursive: true });
    writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
    log(`figures written to ${JSON_OUT}`);
  } finally {
    await stopAll();
    if (!KEEP) {
      await dropDatabases(client).catch(() => undefined);
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
