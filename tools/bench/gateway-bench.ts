/**
 * `npm run bench:gateway`: read throughput of the GraphQL gateway (unit tree, unit search)
 * against a plain Apollo server answering the same queries from the same collection.
 *
 * The read models (gw_registry_units and its search, gw_registry_volunteers) are SEEDED DIRECTLY with the mongodb driver,
 * not projected from events: this measures queries, not the projector.
 *
 * Env: MONGO_URL, MONGO_DATABASE (dropped at start!), KAFKA_BROKERS, AUTH_TOKEN_SECRET,
 * BENCH_UNITS (10000), BENCH_VOLUNTEERS (100000), BENCH_SECONDS (15), BENCH_CONNECTIONS (10).
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { signAccessToken } from '@tn/shared-auth';
import { foldVietnamese, searchTokensOf } from '@tn/gateway-graphql-kit';
import { autocannon, env, percentile, seededRandom, startChild, waitFor } from './bench-kit';
import { VIETNAM_PROVINCES } from './vietnam-provinces';

const UNITS = Number(env('BENCH_UNITS', '10000'));
const VOLUNTEERS = Number(env('BENCH_VOLUNTEERS', '100000'));
const SECONDS = Number(env('BENCH_SECONDS', '15'));
const CONNECTIONS = Number(env('BENCH_CONNECTIONS', '10'));
const MONGO_URL = env('MONGO_URL');
const DATABASE = env('MONGO_DATABASE', 'bench_gateway');
const SECRET = env('AUTH_TOKEN_SECRET');
const GATEWAY_PORT = Number(env('BENCH_GATEWAY_PORT', '4310'));
const PLAIN_PORT = Number(env('BENCH_PLAIN_PORT', '4311'));
const CHUNK = 1000;
const FROM = '2020-01-01';

const { random, pick } = seededRandom(20240601);

const PROVINCES = VIETNAM_PROVINCES;
const SYLLABLES = [
  'Lào',
  'Cai',
  'Phú',
  'Hòa',
  'Bình',
  'Tân',
  'An',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Sơn',
  'Thủy',
  'Long',
  'Mỹ',
  'Thạnh',
  'Hưng',
  'Phước',
  'Quang',
  'Trung',
  'Vĩnh',
  'Xuân',
  'Đức',
  'Hải',
  'Lộc',
  'Thịnh',
  'Khánh',
  'Nghĩa',
  'Hiệp',
  'Cường',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Quốc', 'Gia', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Hương',
  'Khoa',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Ngân',
  'Phúc',
  'Quân',
  'Thảo',
  'Trang',
  'Tuấn',
  'Việt',
  'Yến',
];
const SKILLS = ['first-aid', 'teaching', 'cooking', 'driving', 'it', 'translation', 'construction', 'counselling'];
const PROFESSIONS = ['student', 'teacher', 'nurse', 'engineer', 'farmer', 'worker', 'retired'];

interface Version {
  from: string;
  nameVi: string;
  organisation: string;
  levelLabel: string;
  areaCode?: string;
  flags: { ethnicMinority: boolean; mountainous: boolean; border: boolean; island: boolean };
  parentId: string | null;
  status: 'active';
}

function unitDoc(nameVi: string, parentId: string | null, levelLabel: string, areaCode: string) {
  const unitId = randomUUID();
  const version: Version = {
    from: FROM,
    nameVi,
    organisation: 'Đoàn TNCS Hồ Chí Minh',
    levelLabel,
    areaCode,
    flags: { ethnicMinority: random() < 0.1, mountainous: random() < 0.2, border: random() < 0.05, island: random() < 0.02 },
    parentId,
    status: 'active',
  };
  return {
    _id: unitId,
    unitId,
    versions: [version],
    parentKeys: [parentId ?? '(root)'],
    predecessors: [] as { unitId: string; from: string }[],
    searchText: [...new Set([nameVi, areaCode].map(foldVietnamese).filter(Boolean))].join(' | '),
    createdOn: FROM,
    _versions: { hierarchy: 1 },
  };
}
type Unit = ReturnType<typeof unitDoc>;

async function insertChunks(collection: { insertMany(docs: never[]): Promise<unknown> }, docs: unknown[]): Promise<void> {
  for (let i = 0; i < docs.length; i += CHUNK) await collection.insertMany(docs.slice(i, i + CHUNK) as never[]);
}

async function seed_(client: MongoClient): Promise<{ province: Unit; children: number }> {
  const db = client.db(DATABASE);
  await db.dropDatabase();
  await client.db(`${DATABASE}_registry`).dropDatabase();
  const root = unitDoc('Trung ương Đoàn', null, 'Trung ương', 'VN');
  const provinces = PROVINCES.map((name, i) => unitDoc(`${i < 6 ? 'Thành phố' : 'Tỉnh'} ${name}`, root.unitId, 'Tỉnh', String(i + 1).padStart(2, '0')));
  const rest: Unit[] = [];
  const communes: Unit[] = [];
  for (let i = 0; rest.length < Math.max(0, UNITS - 1 - provinces.length); i++) {
    const name = `${pick(SYLLABLES)} ${pick(SYLLABLES)}`;
    // One in five is a branch (chi đoàn) under a commune; the rest are communes/wards.
    if (communes.length > 0 && random() < 0.2) {
      rest.push(unitDoc(`Chi đoàn ${name} ${i}`, pick(communes).unitId, 'Chi đoàn', `CD${i}`));
    } else {
      const province = provinces[i % provinces.length]!;
      const commune = unitDoc(
        `${random() < 0.7 ? 'Xã' : 'Phường'} ${name}`,
        province.unitId,
        'Xã',
        `${province.versions[0]!.areaCode}${String(i).padStart(5, '0')}`,
      );
      communes.push(commune);
      rest.push(commune);
    }
  }
  const units = [root, ...provinces, ...rest];
  let started = performance.now();
  await insertChunks(db.collection('gw_registry_units'), units);
  // The unit search the gateway projects beside them (gw_registry_unit_search): each unit with its tokens.
  await insertChunks(
    db.collection('gw_registry_unit_search'),
    units.map((unit) => ({ ...unit, searchTokens: searchTokensOf(unit.searchText) })),
  );
  // The children index the gateway projects beside the units (gw_registry_unit_children).
  const childrenOf = new Map<string, { unitId: string; from: string }[]>();
  for (const unit of units) {
    const parent = unit.versions[0]!.parentId ?? '(root)';
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), { unitId: unit.unitId, from: unit.versions[0]!.from }]);
  }
  await insertChunks(
    db.collection('gw_registry_unit_children'),
    [...childrenOf].map(([parentId, children]) => ({ _id: parentId, parentId, children })),
  );
  console.log(
    `seeded gw_registry_units: ${units.length} (1 root, ${provinces.length} provinces, ${communes.length} communes, ${rest.length - communes.length} branches) in ${Math.round(performance.now() - started)} ms`,
  );

  const homes = rest.length > 0 ? rest : provinces;
  started = performance.now();
  for (let i = 0; i < VOLUNTEERS; i += CHUNK) {
    const batch = [];
    for (let j = i; j < Math.min(VOLUNTEERS, i + CHUNK); j++) {
      const volunteerId = randomUUID();
      const fullName = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
      const home = pick(homes).unitId;
      const registeredOn = `20${20 + Math.floor(random() * 5)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
      batch.push({
        _id: volunteerId,
        volunteerId,
        fullName,
        nameFolded: foldVietnamese(fullName),
        dateOfBirth: `${1990 + Math.floor(random() * 15)}-0${1 + Math.floor(random() * 9)}-2${Math.floor(random() * 8)}`,
        phone: `09${String(j).padStart(8, '0')}`,
        email: `tnv${j}@example.invalid`,
        homeUnits: [{ unitId: home, from: registeredOn }],
        homeUnitIds: [home],
        skills: [pick(SKILLS), pick(SKILLS)].filter((s, k, all) => all.indexOf(s) === k),
        professions: [pick(PROFESSIONS)],
        consents: [{ purpose: 'volunteer-management', givenAt: `${registeredOn}T08:00:00.000Z`, byGuardian: false }],
        registeredOn,
        erased: false,
        _versions: { [`volunteer-${volunteerId}`]: 1 },
      });
    }
    await db.collection('gw_registry_volunteers').insertMany(batch as never[]);
  }
  console.log(`seeded gw_registry_volunteers: ${VOLUNTEERS} in ${Math.round(performance.now() - started)} ms`);
  const province = provinces[6]!; // Tỉnh Lào Cai
  const children = communes.filter((c) => c.versions[0]!.parentId === province.unitId).length;
  return { province, children };
}

async function graphql(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ data?: Record<string, { totalCount: number; nodes: { nameVi: string }[] }>; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return (await response.json()) as never;
}

interface Row {
  query: string;
  server: string;
  rps: number;
  p50: number;
  p99: number;
  bad: number;
  done: number;
}

/**
 * Sequential createUnit mutations through the gateway to a real registry: the reply time (Kafka
 * request/reply, decision, append), and the time until a query with the returned consistency
 * token sees the unit (relay, projection, checkpoint).
 */
async function mutationRoundTrips(url: string, headers: Record<string, string>, n: number) {
  const post = async (query: string, extra: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: Record<string, { consistencyToken?: string; id?: string } | null>; errors?: unknown[] };
    if (body.errors) throw new Error(`mutation benchmark: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
  const root = `bench-root-${Date.now()}`;
  await post(
    `mutation { createUnit(input: { unitId: "${root}", nameVi: "Tỉnh đoàn Thử Nghiệm", organisation: "union", levelLabel: "Tỉnh đoàn", effectiveFrom: "2025-01-01" }) { consistencyToken } }`,
  );
  const reply: number[] = [];
  const visible: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const created = await post(
      `mutation { createUnit(input: { unitId: "${root}-${i}", nameVi: "Đoàn xã Thử ${i}", organisation: "union", levelLabel: "Đoàn xã", parentId: "${root}", effectiveFrom: "2025-01-01" }) { consistencyToken } }`,
    );
    reply.push(performance.now() - started);
    const read = await post(`{ unit(id: "${root}-${i}") { id } }`, { 'tn-consistency-token': created['createUnit']!.consistencyToken! });
    if (!read['unit']) throw new Error('a unit was not readable with its consistency token');
    visible.push(performance.now() - started);
  }
  return { n, reply: { p50: percentile(reply, 50), p99: percentile(reply, 99) }, visible: { p50: percentile(visible, 50), p99: percentile(visible, 99) } };
}

async function main(): Promise<void> {
  console.log(`gateway read benchmark: ${UNITS} units, ${VOLUNTEERS} volunteers, ${SECONDS}s x ${CONNECTIONS} connections per run, database ${DATABASE}`);
  console.log('NOTE: the read models are seeded directly into MongoDB (not projected from events): this measures queries only.');
  const client = await MongoClient.connect(MONGO_URL);
  const children: ChildProcess[] = [];
  const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  process.on('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  try {
    const { province, children: expectedChildren } = await seed_(client);

    // A topic prefix of its own: the gateway reads only this run's registry events.
    const topicPrefix = `bench.${Date.now()}.`;
    const registryPort = GATEWAY_PORT + 2;
    const registry = startChild('gateway', 'registry', ['apps/registry/src/main.ts'], {
      NODE_ENV: 'production',
      HTTP_PORT: String(registryPort),
      MONGO_URL,
      MONGO_DATABASE: `${DATABASE}_registry`,
      KAFKA_BROKERS: env('KAFKA_BROKERS'),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      AUTH_TOKEN_SECRET: SECRET,
      DATA_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
      LOG_LEVEL: 'warn',
    });
    children.push(registry.child);
    const gateway = startChild('gateway', 'gateway', ['apps/gateway/src/main.ts'], {
      KAFKA_TOPIC_PREFIX: topicPrefix,
      NODE_ENV: 'production',
      HTTP_PORT: String(GATEWAY_PORT),
      MONGO_URL,
      MONGO_DATABASE: DATABASE,
      KAFKA_BROKERS: env('KAFKA_BROKERS'),
      AUTH_TOKEN_SECRET: SECRET,
      RATE_LIMIT_BURST: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
    });
    children.push(gateway.child);
    const plain = startChild('gateway', 'plain', ['tools/bench/plain-apollo-server.ts'], { MONGO_URL, MONGO_DATABASE: DATABASE, PORT: String(PLAIN_PORT) });
    children.push(plain.child);

    let started = performance.now();
    await waitFor('gateway', `http://127.0.0.1:${GATEWAY_PORT}/health/ready`, gateway.child, gateway.log);
    console.log(`gateway ready in ${Math.round(performance.now() - started)} ms (log: ${gateway.log})`);
    started = performance.now();
    const probe = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) };
    await waitFor('plain apollo', `http://127.0.0.1:${PLAIN_PORT}/graphql`, plain.child, plain.log, { init: probe });
    console.log(`plain apollo ready in ${Math.round(performance.now() - started)} ms (log: ${plain.log})`);

    const token = signAccessToken(
      { sub: 'bench', sid: 'bench', kind: 'service', grants: [{ role: 'system-admin', unitId: null }] },
      Buffer.from(SECRET, 'base64'),
      new Date(),
      3600,
    );
    const servers: { name: string; url: string; headers: Record<string, string> }[] = [
      { name: 'gateway', url: `http://127.0.0.1:${GATEWAY_PORT}/graphql`, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      { name: 'plain apollo', url: `http://127.0.0.1:${PLAIN_PORT}/graphql`, headers: { 'content-type': 'application/json' } },
    ];
    const queries = [
      {
        name: `unit tree (children of ${province.versions[0]!.nameVi}, first 20)`,
        body: JSON.stringify({
          query: 'query Tree($p: ID) { units(parentId: $p, first: 20) { nodes { id nameVi } totalCount } }',
          variables: { p: province.unitId },
        }),
        field: 'units',
      },
      {
        name: 'search "lao cai" (first 20)',
        body: JSON.stringify({
          query: 'query Search($q: String!) { searchUnits(query: $q, first: 20) { nodes { id nameVi } totalCount } }',
          variables: { q: 'lao cai' },
        }),
        field: 'searchUnits',
      },
    ];
    console.log(`expected children of the province: ${expectedChildren}`);

    const rows: Row[] = [];
    for (const query of queries) {
      for (const server of servers) {
        const answer = await graphql(server.url, server.headers, query.body);
        const page = answer.data?.[query.field];
        if (!page) throw new Error(`${server.name} could not answer ${query.name}: ${JSON.stringify(answer.errors ?? answer)}`);
        console.log(`${server.name} / ${query.name}: totalCount ${page.totalCount}, first "${page.nodes[0]?.nameVi ?? '-'}"`);
      }
      for (const server of servers) {
        const result = await autocannon({
          url: server.url,
          method: 'POST',
          headers: server.headers,
          body: query.body,
          connections: CONNECTIONS,
          duration: SECONDS,
          timeout: 60,
        });
        const row = {
          query: query.name,
          server: server.name,
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          bad: result.errors + result.timeouts + result.non2xx,
          done: result.requests.total,
        };
        rows.push(row);
        console.log(
          `  ${server.name}: ${row.done} requests, ${Math.round(row.rps)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms${row.bad ? `, ${row.bad} errors/non-2xx` : ''}`,
        );
      }
    }
    await waitFor('registry', `http://127.0.0.1:${registryPort}/health/ready`, registry.child, registry.log);
    const mutation = await mutationRoundTrips(servers[0]!.url, servers[0]!.headers, Number(env('BENCH_MUTATIONS', '200')));
    console.log(
      `mutation round-trip (createUnit, sequential, n=${mutation.n}): p50 ${mutation.reply.p50} ms, p99 ${mutation.reply.p99} ms; until readable with its consistency token: p50 ${mutation.visible.p50} ms, p99 ${mutation.visible.p99} ms`,
    );

    console.log(`\n| query | server | req/s | p50 (ms) | p99 (ms) | completed | gateway/plain req/s |`);
    console.log(`|---|---|---:|---:|---:|---:|---:|`);
    for (const query of queries) {
      const [g, p] = servers.map((s) => rows.find((r) => r.query === query.name && r.server === s.name)!);
      for (const row of [g!, p!]) {
        const ratio = row !== g ? '' : g!.done && p!.done ? (g!.rps / p!.rps).toFixed(2) : 'n/a (no request completed)';
        console.log(
          `| ${query.name} | ${row.server} | ${Math.round(row.rps)} | ${row.done ? row.p50 : 'n/a'} | ${row.done ? row.p99 : 'n/a'} | ${row.done} | ${ratio} |`,
        );
      }
    }
    console.log(
      `\n${UNITS} units, ${VOLUNTEERS} volunteers (read models seeded directly), ${SECONDS}s, ${CONNECTIONS} connections, MongoDB ${MONGO_URL.replace(/\/\/[^@]*@/, '//')}`,
    );
  } finally {
    stopAll();
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
