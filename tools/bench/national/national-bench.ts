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
 * Knobs: BENCH_SCALE (0.05; 1 is the country), BENCH_ONLY=seed (seed without publishing, then stop) or
 * BENCH_ONLY=publish (seed and publish, then stop),
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
import { eventTopicOf } from '@tn/shared-event-bus';
import { env, sleep, startChild, waitFor } from '../bench-kit';
import { groupsOf } from './kafka-progress';
import { measureLatency } from './latency';
import { ids, nationalShape } from './national-shape';
import { type NationalReport, printReport } from './national-report';
import { memoryOf } from './process-stats';
import { rawConsumeAndBulkWrite } from './raw-projection';
import { readQueries } from './read-queries';
import { measureReads } from './reads';
import { isProjectorGroup, watchRebuild } from './rebuild-watch';
import { type Seeded, seedNational } from './seed-national';

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
    const groupId = (await groupsOf(admin, PREFIX)).find((id) => isProjectorGroup(id) && id.includes('gateway-campaigns'));
    if (!groupId) throw new Error("the gateway's campaigns projector group is not there");
    return groupId;
  } finally {
    await admin.disconnect();
  }
}

async function waitReady(name: string, port: number, service: Service): Promise<void> {
  await waitFor(name, `http://127.0.0.1:${port}/health/ready`, service.child, service.log, { timeoutMs: REBUILD_TIMEOUT_MS });
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
    const report: NationalReport = { scale: SCALE, loadAverage: { start: loadAtStart }, shape, store, seed: seeded.result };
    if (ONLY !== 'seed' && ONLY !== 'publish') {
      services = startBackends();
      log(`registry and campaigns starting (logs: ${services.registry.log}, ${services.campaigns.log})`);
      const backendsStarted = performance.now();
      await waitReady('registry', GATEWAY_PORT + 1, services.registry);
      const registryReadyMs = performance.now() - backendsStarted;
      // The campaigns service is ready once its local copy of the hierarchy has caught up, i.e. its
      // registry feed has read the registry's topic (every volunteer included).
      await waitReady('campaigns', GATEWAY_PORT + 2, services.campaigns);
      report.startup = { registryReadyMs: Math.round(registryReadyMs), campaignsReadyMs: Math.round(performance.now() - backendsStarted) };
      log(`registry ready after ${(registryReadyMs / 1000).toFixed(1)} s, campaigns after ${(report.startup.campaignsReadyMs / 1000).toFixed(1)} s`);
      const gatewayService = startGateway(services.commandLog);
      services.gateway = gatewayService;
      log(`gateway starting (log: ${gatewayService.log})`);
      const rebuild = await watchRebuild({
        kafka,
        prefix: PREFIX,
        topics: TOPICS,
        services: { registry: services.registry, campaigns: services.campaigns, gateway: gatewayService },
        commandLog: services.commandLog,
        timeoutMs: REBUILD_TIMEOUT_MS,
        log,
      });
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
    printReport(report, { connections: CONNECTIONS, seconds: SECONDS });
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
