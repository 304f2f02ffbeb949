/**
 * `npm run bench:campaigns`: issue 5's benchmark.
 *
 * (a) Attendance upload, end to end and MEASURED: a unit, a campaign, an activity taken to
 *     in-progress, BENCH_VOLUNTEERS volunteers and a shift of the last 24 hours are created
 *     through the gateway's mutations (registry and campaigns services, Kafka, projections); then
 *     BENCH_CHECKINS attendance records (check-in/check-out pairs with client-generated ids) are
 *     uploaded through `recordAttendance` in batches of BENCH_BATCH, one after the other (one
 *     attendance stream per shift). Reported: records accepted per second, and the time from the
 *     first upload until every volunteer's `myHours` (read with the last consistency token) equals
 *     the hours uploaded.
 * (b) The unit activity/campaign list under load: BENCH_ACTIVITIES activities (and a few hundred
 *     campaigns and units) are SEEDED DIRECTLY into the gateway's read models (gw_campaigns_activities,
 *     gw_campaigns_campaigns, gw_registry_units) in the shape the projections write, not projected from events: this
 *     part measures queries only. autocannon then runs BENCH_SECONDS x BENCH_CONNECTIONS on
 *     `activities(unitId, status, first: 20)` (province and commune) and
 *     `campaigns(unitId, status, first: 20)` with activity totals.
 *
 * Env: MONGO_URL, MONGO_DATABASE (dropped at start, with _registry and _campaigns!), KAFKA_BROKERS,
 * AUTH_TOKEN_SECRET, DATA_KEY_ENCRYPTION_KEY, KAFKA_TOPIC_PREFIX (bench.<timestamp>. if unset),
 * BENCH_CHECKINS (10000), BENCH_VOLUNTEERS (100), BENCH_BATCH (500), BENCH_ACTIVITIES (100000),
 * BENCH_COMMUNES (200), BENCH_SECONDS (20), BENCH_CONNECTIONS (4), BENCH_SKIP (a or b).
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { signAccessToken } from '@tn/shared-auth';
import { foldVietnamese } from '@tn/gateway-graphql-kit';
import { autocannon, env, percentile, seededRandom, sleep, startChild, waitFor } from './bench-kit';

const CHECKINS = Number(env('BENCH_CHECKINS', '10000'));
const VOLUNTEERS = Number(env('BENCH_VOLUNTEERS', '100'));
const BATCH = Number(env('BENCH_BATCH', '500'));
const ACTIVITIES = Number(env('BENCH_ACTIVITIES', '100000'));
const COMMUNES = Number(env('BENCH_COMMUNES', '200'));
const SECONDS = Number(env('BENCH_SECONDS', '20'));
const CONNECTIONS = Number(env('BENCH_CONNECTIONS', '4'));
const SKIP = process.env['BENCH_SKIP'] ?? '';
const MONGO_URL = env('MONGO_URL');
const DATABASE = env('MONGO_DATABASE', 'bench_campaigns');
const SECRET = env('AUTH_TOKEN_SECRET');
const GATEWAY_PORT = Number(env('BENCH_GATEWAY_PORT', '4320'));
const HOURS_TIMEOUT_MS = Number(env('BENCH_HOURS_TIMEOUT_SECONDS', '900')) * 1000;
const TOPIC_PREFIX = process.env['KAFKA_TOPIC_PREFIX'] || `bench.${Date.now()}.`;
const RUN = randomUUID().slice(0, 6);
// Business time is the server's: an upload comes after its shift (a device time later than now is
// refused) and a shift lasts at most 24 hours, so dates are days around the moment the bench runs.
const NOW = Date.now();
const day = (offset: number) => new Date(NOW + offset * 86_400_000).toISOString().slice(0, 10);
const { random, pick } = seededRandom(20250501);

interface GqlResponse {
  data?: Record<string, any>;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}
const URL_ = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
const secret = Buffer.from(SECRET, 'base64');
const tokenFor = (grants: { role: string; unitId: string | null }[], extra: { kind?: 'cadre' | 'volunteer' | 'service'; personId?: string } = {}) =>
  signAccessToken(
    {
      sub: `bench-${randomUUID()}`,
      sid: randomUUID(),
      kind: extra.kind ?? 'service',
      grants,
      ...(extra.personId ? { personId: extra.personId } : {}),
    } as never,
    secret,
    new Date(),
    4 * 3600,
  );
const ADMIN = tokenFor([{ role: 'system-admin', unitId: null }]);

async function gql(query: string, options: { variables?: Record<string, unknown>; token?: string; consistency?: string[] } = {}): Promise<GqlResponse> {
  const response = await fetch(URL_, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${options.token ?? ADMIN}`,
      ...(options.consistency?.length ? { 'tn-consistency-token': options.consistency.join(',') } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GqlResponse;
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
}
/** A mutation that must succeed (retried on a consistency timeout); returns its consistency token. */
async function mutate(query: string, consistency: string[] = [], variables?: Record<string, unknown>): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const result = await gql(query, { consistency, variables });
    if (result.errors?.[0]?.extensions?.code === 'CONSISTENCY_NOT_VISIBLE' && attempt < 20) continue;
    if (result.errors) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(result.errors)}`);
    return (Object.values(result.data!)[0] as { consistencyToken: string }).consistencyToken;
  }
}
/** A query that must succeed, waiting through consistency timeouts. */
async function query(q: string, options: { token?: string; consistency?: string[]; variables?: Record<string, unknown> } = {}): Promise<Record<string, any>> {
  for (let attempt = 0; ; attempt++) {
    const result = await gql(q, options);
    if (result.errors?.[0]?.extensions?.code === 'CONSISTENCY_NOT_VISIBLE' && attempt < 60) continue;
    if (result.errors) throw new Error(`${q.slice(0, 80)}…: ${JSON.stringify(result.errors)}`);
    return result.data!;
  }
}
async function inParallel<T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

// ---------------------------------------------------------------- (a) attendance upload

interface UploadResult {
  records: number;
  pairs: number;
  volunteers: number;
  batches: number;
  batchSize: number;
  setupMs: number;
  uploadMs: number;
  perSecond: number;
  batchP50: number;
  batchP99: number;
  queryableMs: number;
  hoursTotal: number;
  retries: number;
}

async function attendanceUpload(): Promise<UploadResult> {
  const setupStarted = performance.now();
  const id = (name: string) => `bench-${RUN}-${name}`;
  const province = id('province');
  const commune = id('commune');
  const unitsToken = [
    await mutate(
      `mutation { createUnit(input: { unitId: "${province}", nameVi: "Tỉnh đoàn Thử Nghiệm", organisation: "union", levelLabel: "Tỉnh đoàn", flags: { mountainous: true }, effectiveFrom: "2025-01-01" }) { consistencyToken } }`,
    ),
    await mutate(
      `mutation { createUnit(input: { unitId: "${commune}", nameVi: "Đoàn xã Thử Nghiệm", organisation: "union", levelLabel: "Đoàn xã", parentId: "${province}", flags: { mountainous: true }, effectiveFrom: "2025-01-01" }) { consistencyToken } }`,
    ),
  ];
  const volunteers = Array.from({ length: VOLUNTEERS }, (_, i) => id(`vol-${String(i).padStart(4, '0')}`));
  const registered: string[] = [];
  await inParallel(volunteers, 8, async (volunteerId, i) => {
    registered[i] = await mutate(
      `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "Tình nguyện viên ${i + 1}", dateOfBirth: "2000-01-${String((i % 28) + 1).padStart(2, '0')}", phone: "09${String(i).padStart(8, '0')}", email: "tnv${i}.${RUN}@example.vn", homeUnitId: "${commune}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
      unitsToken,
    );
  });
  const campaign = await mutate(
    `mutation { launchCampaign(input: { campaignId: "${id('summer')}", organiserUnitId: "${commune}", definition: { name: "Mùa hè xanh", kind: "peak", peakTemplate: "summer-volunteer", domains: ["new-rural-construction"], startsOn: "${day(-30)}", endsOn: "${day(60)}", goals: [], initiator: "union" }, launchedOn: "${day(-31)}" }) { consistencyToken } }`,
    unitsToken,
  );
  const activityId = id('road');
  const proposed = await mutate(
    `mutation { proposeActivity(input: { activityId: "${activityId}", name: "Làm đường", campaignId: "${id('summer')}", organiserUnitId: "${commune}", domains: ["new-rural-construction"], location: { unitId: "${commune}", site: "Thôn 1" }, responsibleCadreId: "${id('cadre')}", initiator: "union", proposedOn: "${day(-20)}" }) { consistencyToken } }`,
    [campaign, ...unitsToken],
  );
  const shiftId = id('shift');
  const pairs = Math.floor(CHECKINS / 2);
  const perVolunteer = Math.ceil(pairs / VOLUNTEERS);
  // The shift: the 24 hours that ended on the last whole minute (the longest a shift may be).
  const SHIFT_MS = 24 * 3600_000;
  const shiftEnd = Math.floor(NOW / 60_000) * 60_000;
  const shiftStart = shiftEnd - SHIFT_MS;
  await mutate(
    `mutation { planActivity(input: { activityId: "${activityId}", startsOn: "${day(-2)}", endsOn: "${day(30)}", plannedOn: "${day(-10)}" }) { consistencyToken } }`,
    [proposed],
  );
  await mutate(`mutation { prepareActivity(input: { activityId: "${activityId}", preparedOn: "${day(-3)}" }) { consistencyToken } }`);
  await mutate(`mutation { startActivity(input: { activityId: "${activityId}", startedAt: "${new Date(shiftStart).toISOString()}" }) { consistencyToken } }`);
  const shiftToken = await mutate(
    `mutation { scheduleShift(input: { shiftId: "${shiftId}", activityId: "${activityId}", role: { roleId: "lao-dong", name: "Lao động" }, startsAt: "${new Date(shiftStart).toISOString()}", endsAt: "${new Date(shiftEnd).toISOString()}", capacity: ${VOLUNTEERS + 10}, waitlist: false }) { consistencyToken } }`,
  );
  // Sign-ups close when a shift starts, and a shift's attendance is uploaded after it: a bench
  // cannot wait for a shift to pass, so the volunteers hold no place and the upload is the system
  // administrator's (whom the service does not hold to volunteers with a place). The gateway
  // still needs every volunteer in its read model before their hours are read.
  // (A request carries at most 100 tokens: wait for them in parts.)
  const setupTokens = [...registered, shiftToken];
  for (let start = 0; start < setupTokens.length; start += 100) {
    await query(`{ volunteer(id: "${volunteers[volunteers.length - 1]}") { id } }`, { consistency: setupTokens.slice(start, start + 100) });
  }
  const setupMs = performance.now() - setupStarted;
  console.log(
    `(a) setup through the gateway: 2 units, ${VOLUNTEERS} volunteers registered, campaign, activity in progress, shift in ${Math.round(setupMs)} ms`,
  );

  // Pairs: each volunteer's k-th pair starts in slot k (the shift divided in equal slots; 28
  // minutes for 50 pairs each), a few minutes in (volunteers do not all arrive at once), and
  // lasts from a quarter of the slot to what is left of it: it ends inside its slot.
  const SLOT_MS = Math.floor(SHIFT_MS / perVolunteer / 60_000) * 60_000;
  const slotMinutes = SLOT_MS / 60_000;
  const staggers = Math.max(1, Math.floor(slotMinutes / 6));
  const shortest = Math.max(1, Math.floor(slotMinutes / 4));
  const longest = Math.max(shortest, slotMinutes - staggers);
  interface AttendanceRecordIn {
    recordId: string;
    volunteerId: string;
    kind: string;
    at: string;
    method: string;
  }
  const records: (AttendanceRecordIn & { t: number })[] = [];
  const expectedMinutes = new Map<string, number>();
  for (let p = 0; p < pairs; p++) {
    const v = p % VOLUNTEERS;
    const k = Math.floor(p / VOLUNTEERS);
    const volunteerId = volunteers[v]!;
    const start = shiftStart + k * SLOT_MS + (v % staggers) * 60_000;
    const minutes = shortest + Math.floor(random() * (longest - shortest + 1));
    expectedMinutes.set(volunteerId, (expectedMinutes.get(volunteerId) ?? 0) + minutes);
    const method = random() < 0.5 ? 'qr-code' : 'team-leader';
    records.push({ recordId: randomUUID(), volunteerId, kind: 'check-in', at: new Date(start).toISOString(), method, t: start });
    records.push({
      recordId: randomUUID(),
      volunteerId,
      kind: 'check-out',
      at: new Date(start + minutes * 60_000).toISOString(),
      method,
      t: start + minutes * 60_000,
    });
  }
  // Uploaded in time order, as devices sync after the fact.
  records.sort((a, b) => a.t - b.t);
  const mutation = 'mutation Upload($input: RecordAttendanceInput!) { recordAttendance(input: $input) { consistencyToken } }';
  const batchMs: number[] = [];
  let lastToken = '';
  let retries = 0;
  const uploadStarted = performance.now();
  for (let i = 0; i < records.length; i += BATCH) {
    const started = performance.now();
    const batch = records.slice(i, i + BATCH).map(({ t: _t, ...record }) => record);
    // The gateway gives up on a command after 15 s (SERVICE_UNAVAILABLE) while the service may still
    // append it; uploads are idempotent by record id, so the device's answer is to send the batch again.
    for (;;) {
      const result = await gql(mutation, { variables: { input: { shiftId, records: batch } } });
      if (result.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE' && retries < 50) {
        retries++;
        console.log(`  batch ${batchMs.length + 1}: SERVICE_UNAVAILABLE after ${Math.round(performance.now() - started)} ms, sending it again`);
        continue;
      }
      if (result.errors) throw new Error(`recordAttendance: ${JSON.stringify(result.errors)}`);
      lastToken = result.data!['recordAttendance'].consistencyToken;
      break;
    }
    batchMs.push(performance.now() - started);
    console.log(`  uploaded ${Math.min(records.length, i + BATCH)} records, last batch ${Math.round(batchMs[batchMs.length - 1]!)} ms`);
  }
  const uploadMs = performance.now() - uploadStarted;
  console.log(
    `(a) upload: ${records.length} records in ${batchMs.length} batches (${retries} sent again), ${Math.round(uploadMs)} ms, ${Math.round((records.length / uploadMs) * 1000)} records/s accepted`,
  );

  // Hours queryable: every volunteer's myHours, read with the last upload's consistency token, equals what was uploaded.
  const pending = new Set(volunteers);
  const tokens = new Map(volunteers.map((v) => [v, tokenFor([], { kind: 'volunteer', personId: v })]));
  const deadline = Date.now() + HOURS_TIMEOUT_MS;
  let hoursTotal = 0;
  while (pending.size > 0) {
    if (Date.now() > deadline) throw new Error(`hours not correct after ${HOURS_TIMEOUT_MS / 1000}s for ${pending.size} volunteers`);
    for (const volunteerId of [...pending]) {
      const data = await query(`{ myHours { totalHours shifts { shiftId hours } } }`, { token: tokens.get(volunteerId)!, consistency: [lastToken] });
      const expected = (expectedMinutes.get(volunteerId) ?? 0) / 60;
      if (Math.abs(Number(data['myHours']?.totalHours) - expected) < 1e-6) {
        pending.delete(volunteerId);
        hoursTotal += expected;
      } else break; // projection still behind: poll again
    }
    if (pending.size > 0) await sleep(500);
  }
  const queryableMs = performance.now() - uploadStarted;
  console.log(
    `(a) hours of all ${VOLUNTEERS} volunteers correct through myHours ${Math.round(queryableMs)} ms after the first upload (${Math.round(hoursTotal * 100) / 100} h in all)`,
  );
  return {
    records: records.length,
    pairs,
    volunteers: VOLUNTEERS,
    batches: batchMs.length,
    batchSize: BATCH,
    setupMs,
    uploadMs,
    perSecond: (records.length / uploadMs) * 1000,
    batchP50: percentile(batchMs, 50),
    batchP99: percentile(batchMs, 99),
    queryableMs,
    hoursTotal,
    retries,
  };
}

// ---------------------------------------------------------------- (b) unit activity list

const STATUSES = ['needs-survey', 'planned', 'prepared', 'in-progress', 'completed', 'evaluated', 'cancelled'];
const DOMAINS = ['environment-climate-change', 'new-rural-construction', 'digital-transformation', 'social-welfare', 'education', 'health', 'traffic-safety'];
const SYLLABLES = ['Lào', 'Cai', 'Phú', 'Hòa', 'Bình', 'Tân', 'An', 'Đông', 'Tây', 'Nam', 'Bắc', 'Sơn', 'Thủy', 'Long', 'Mỹ', 'Thạnh', 'Hưng', 'Phước'];

function unitDoc(unitId: string, nameVi: string, parentId: string | null, levelLabel: string, areaCode: string) {
  return {
    _id: unitId,
    unitId,
    versions: [
      {
        from: '2020-01-01',
        nameVi,
        organisation: 'union',
        levelLabel,
        areaCode,
        flags: { ethnicMinority: false, mountainous: random() < 0.5, border: false, island: false },
        parentId,
        status: 'active',
      },
    ],
    parentKeys: [parentId ?? '(root)'],
    predecessors: [],
    searchText: [...new Set([nameVi, areaCode].map(foldVietnamese).filter(Boolean))].join(' | '),
    createdOn: '2020-01-01',
    _versions: { hierarchy: 1 },
  };
}

function activityDoc(activityId: string, organiserUnitId: string, locationUnit: { unitId: string; areaCode: string }, campaignId: string, i: number) {
  const status = STATUSES[i % STATUSES.length]!;
  const proposedOn = `${2024 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const planned = status !== 'needs-survey' && status !== 'cancelled';
  const started = ['in-progress', 'completed', 'evaluated'].includes(status);
  const done = ['completed', 'evaluated'].includes(status);
  // The shape evolveActivity (libs/gateway/campaigns/src/activities/activity.read-model.ts) writes, with the projector's _versions.
  return {
    _id: activityId,
    activityId,
    name: `Hoạt động ${pick(SYLLABLES)} ${pick(SYLLABLES)} ${i}`,
    campaignId,
    organiserUnitId,
    domains: [pick(DOMAINS)],
    location: {
      unitId: locationUnit.unitId,
      areaCode: locationUnit.areaCode,
      site: `Thôn ${1 + (i % 9)}`,
      flags: { ethnicMinority: false, mountainous: i % 2 === 0, border: false, island: false },
    },
    responsibleCadreId: `cadre-${i % 500}`,
    initiator: 'union',
    status,
    proposedOn,
    ...(planned ? { startsOn: proposedOn, endsOn: proposedOn } : {}),
    ...(started ? { startedAt: `${proposedOn}T07:00:00+07:00` } : {}),
    ...(done ? { completedAt: `${proposedOn}T17:00:00+07:00` } : {}),
    ...(status === 'evaluated' ? { evaluation: { evaluatedOn: proposedOn, summary: 'Tốt', rating: 4 } } : {}),
    ...(status === 'cancelled' ? { cancellation: { fromStatus: 'planned', reason: 'Mưa bão', cancelledOn: proposedOn } } : {}),
    followUps: i % 3,
    formations: i % 2,
    _versions: { [`activity-${activityId}`]: 1 + STATUSES.indexOf(status) },
  };
}

function campaignDoc(campaignId: string, organiserUnitId: string, i: number) {
  const year = 2024 + (i % 2);
  // The shape evolveCampaign (libs/gateway/campaigns/src/campaigns/campaign.read-model.ts) writes.
  return {
    _id: campaignId,
    campaignId,
    role: 'campaign',
    organiserUnitId,
    name: `Chiến dịch ${i}`,
    kind: i % 3 === 0 ? 'peak' : 'regular',
    domains: [DOMAINS[i % DOMAINS.length]!],
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    goals: [{ measure: 'participants', target: 100 }],
    initiator: 'union',
    status: i % 4 === 0 ? 'closed' : 'open',
    createdOn: `${year}-01-01`,
    ...(i % 4 === 0 ? { closedOn: `${year}-12-31` } : {}),
    adoptions: [],
    _versions: { [`campaign-${campaignId}`]: i % 4 === 0 ? 2 : 1 },
  };
}

interface SeedResult {
  province: string;
  commune: string;
  provinceActivities: number;
  communeActivities: number;
  provinceCampaigns: number;
  seedMs: number;
}

async function seedActivities(client: MongoClient): Promise<SeedResult> {
  const started = performance.now();
  const db = client.db(DATABASE);
  const tag = `seed-${RUN}`;
  const province = unitDoc(`${tag}-province`, 'Tỉnh đoàn Lào Cai (seeded)', null, 'Tỉnh đoàn', '15');
  const communes = Array.from({ length: COMMUNES }, (_, i) =>
    unitDoc(`${tag}-commune-${i}`, `Đoàn xã ${pick(SYLLABLES)} ${pick(SYLLABLES)} ${i}`, province.unitId, 'Đoàn xã', `15${String(i).padStart(3, '0')}`),
  );
  await db.collection('gw_registry_units').insertMany([province, ...communes] as never[]);
  await db
    .collection('gw_registry_unit_children')
    .insertOne({ _id: province.unitId, parentId: province.unitId, children: communes.map((c) => ({ unitId: c.unitId, from: '2020-01-01' })) } as never);
  // The province runs 20 campaigns, each commune 2; a tenth of the activities are the province's own.
  const provinceCampaigns = Array.from({ length: 20 }, (_, i) => campaignDoc(`${tag}-campaign-p-${i}`, province.unitId, i));
  const communeCampaigns = communes.flatMap((c, ci) => [0, 1].map((j) => campaignDoc(`${tag}-campaign-${ci}-${j}`, c.unitId, ci * 2 + j)));
  await db.collection('gw_campaigns_campaigns').insertMany([...provinceCampaigns, ...communeCampaigns] as never[]);
  let provinceActivities = 0;
  let communeActivities = 0;
  for (let i = 0; i < ACTIVITIES; i += 1000) {
    const batch = [];
    for (let j = i; j < Math.min(ACTIVITIES, i + 1000); j++) {
      const ci = j % COMMUNES;
      const c = communes[ci]!;
      const location = { unitId: c.unitId, areaCode: c.versions[0]!.areaCode };
      if (j % 10 === 0) {
        batch.push(activityDoc(`${tag}-activity-${j}`, province.unitId, location, provinceCampaigns[j % provinceCampaigns.length]!.campaignId, j));
        provinceActivities++;
      } else {
        batch.push(activityDoc(`${tag}-activity-${j}`, c.unitId, location, `${tag}-campaign-${ci}-${j % 2}`, j));
        if (ci === 1) communeActivities++;
      }
    }
    await db.collection('gw_campaigns_activities').insertMany(batch as never[]);
  }
  const seedMs = performance.now() - started;
  console.log(
    `(b) seeded directly (not projected): ${1 + COMMUNES} units, ${provinceCampaigns.length + communeCampaigns.length} campaigns, ${ACTIVITIES} activities (${provinceActivities} organised by the province, ${communeActivities} by commune 1) in ${Math.round(seedMs)} ms`,
  );
  return {
    province: province.unitId,
    commune: communes[1]!.unitId,
    provinceActivities,
    communeActivities,
    provinceCampaigns: provinceCampaigns.length,
    seedMs,
  };
}

interface LoadRow {
  name: string;
  totalCount: number;
  rps: number;
  done: number;
  p50: number;
  p99: number;
  bad: number;
  singleMs: number;
}

async function listLoad(seeded: SeedResult): Promise<LoadRow[]> {
  const queries = [
    {
      name: `activities(unitId: province, status: "completed", first: 20) — ${seeded.provinceActivities} of the province's own`,
      query:
        'query A($u: ID!) { activities(unitId: $u, status: "completed", first: 20) { totalCount nodes { id name status proposedOn location { unitId areaCode } } } }',
      variables: { u: seeded.province },
      field: 'activities',
    },
    {
      name: `activities(unitId: commune, status: "completed", first: 20) — ${seeded.communeActivities} of one commune`,
      query:
        'query A($u: ID!) { activities(unitId: $u, status: "completed", first: 20) { totalCount nodes { id name status proposedOn location { unitId areaCode } } } }',
      variables: { u: seeded.commune },
      field: 'activities',
    },
    {
      name: `campaigns(unitId: province, status: "open", first: 20) with activity totals — ${seeded.provinceCampaigns} campaigns`,
      query:
        'query C($u: ID!) { campaigns(unitId: $u, status: "open", first: 20) { totalCount nodes { id name status activityCount activityTotals { status count } } } }',
      variables: { u: seeded.province },
      field: 'campaigns',
    },
  ];
  const rows: LoadRow[] = [];
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` };
  // Each query once on an idle server first (aborted autocannon requests keep the server busy afterwards).
  const alone = new Map<string, { totalCount: number; ms: number }>();
  for (const q of queries) {
    const probeStarted = performance.now();
    const answer = await gql(q.query, { variables: q.variables });
    const page = answer.data?.[q.field];
    if (!page) throw new Error(`${q.name}: ${JSON.stringify(answer.errors ?? answer)}`);
    alone.set(q.name, { totalCount: page.totalCount, ms: performance.now() - probeStarted });
    console.log(
      `(b) ${q.name}: totalCount ${page.totalCount}, ${page.nodes.length} nodes, one request alone ${Math.round(performance.now() - probeStarted)} ms`,
    );
  }
  for (const q of queries) {
    const body = JSON.stringify({ query: q.query, variables: q.variables });
    const result = await autocannon({ url: URL_, method: 'POST', headers, body, connections: CONNECTIONS, duration: SECONDS, timeout: 120 });
    const { totalCount, ms: singleMs } = alone.get(q.name)!;
    const row = {
      name: q.name,
      totalCount,
      rps: result.requests.average,
      done: result.requests.total,
      p50: result.latency.p50,
      p99: result.latency.p99,
      bad: result.errors + result.timeouts + result.non2xx,
      singleMs,
    };
    rows.push(row);
    console.log(
      `    ${q.name}: ${row.done} requests in ${SECONDS}s, ${row.rps.toFixed(1)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms${row.bad ? `, ${row.bad} errors/timeouts/non-2xx` : ''}`,
    );
  }
  return rows;
}

async function main(): Promise<void> {
  console.log(
    `campaigns benchmark: (a) ${CHECKINS} attendance records, ${VOLUNTEERS} volunteers, batches of ${BATCH}; (b) ${ACTIVITIES} activities over ${COMMUNES} communes, ${SECONDS}s x ${CONNECTIONS} connections; database ${DATABASE}, topics ${TOPIC_PREFIX}`,
  );
  const client = await MongoClient.connect(MONGO_URL);
  const children: ChildProcess[] = [];
  const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  process.on('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  try {
    for (const db of [DATABASE, `${DATABASE}_registry`, `${DATABASE}_campaigns`]) await client.db(db).dropDatabase();
    const common = {
      NODE_ENV: 'production',
      MONGO_URL,
      KAFKA_BROKERS: env('KAFKA_BROKERS'),
      KAFKA_TOPIC_PREFIX: TOPIC_PREFIX,
      AUTH_TOKEN_SECRET: SECRET,
      LOG_LEVEL: 'warn',
    };
    const registry = startChild('campaigns', 'registry', ['apps/registry/src/main.ts'], {
      ...common,
      HTTP_PORT: String(GATEWAY_PORT + 1),
      MONGO_DATABASE: `${DATABASE}_registry`,
      DATA_KEY_ENCRYPTION_KEY: env('DATA_KEY_ENCRYPTION_KEY'),
    });
    children.push(registry.child);
    const campaigns = startChild('campaigns', 'campaigns', ['apps/campaigns/src/main.ts'], {
      ...common,
      HTTP_PORT: String(GATEWAY_PORT + 2),
      MONGO_DATABASE: `${DATABASE}_campaigns`,
      DATA_KEY_ENCRYPTION_KEY: env('DATA_KEY_ENCRYPTION_KEY'),
    });
    children.push(campaigns.child);
    const gateway = startChild('campaigns', 'gateway', ['apps/gateway/src/main.ts'], {
      ...common,
      HTTP_PORT: String(GATEWAY_PORT),
      MONGO_DATABASE: DATABASE,
      RATE_LIMIT_BURST: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
    });
    children.push(gateway.child);
    const started = performance.now();
    await waitFor('registry', `http://127.0.0.1:${GATEWAY_PORT + 1}/health/ready`, registry.child, registry.log);
    await waitFor('campaigns', `http://127.0.0.1:${GATEWAY_PORT + 2}/health/ready`, campaigns.child, campaigns.log);
    await waitFor('gateway', `http://127.0.0.1:${GATEWAY_PORT}/health/ready`, gateway.child, gateway.log);
    console.log(
      `registry, campaigns and gateway ready in ${Math.round(performance.now() - started)} ms (logs: ${registry.log}, ${campaigns.log}, ${gateway.log})`,
    );

    const upload = SKIP === 'a' ? undefined : await attendanceUpload();
    let seeded: SeedResult | undefined;
    let rows: LoadRow[] = [];
    if (SKIP !== 'b') {
      seeded = await seedActivities(client);
      rows = await listLoad(seeded);
    }

    if (upload) {
      console.log(`\n| attendance upload (${upload.volunteers} volunteers, one shift, batches of ${upload.batchSize}) | value |`);
      console.log('|---|---:|');
      console.log(
        `| records uploaded (check-ins + check-outs, client ids) | ${upload.records.toLocaleString('en')} (${upload.pairs.toLocaleString('en')} pairs) |`,
      );
      console.log(
        `| upload time, ${upload.batches} sequential \`recordAttendance\` batches (${upload.retries} sent again after the gateway's 15 s timeout) | ${Math.round(upload.uploadMs).toLocaleString('en')} ms |`,
      );
      console.log(`| records accepted per second | ${Math.round(upload.perSecond).toLocaleString('en')} |`);
      console.log(
        `| one batch of ${upload.batchSize} until accepted (retries included): p50 / p99 | ${Math.round(upload.batchP50).toLocaleString('en')} / ${Math.round(upload.batchP99).toLocaleString('en')} ms |`,
      );
      console.log(`| first upload → every volunteer's \`myHours\` correct | ${Math.round(upload.queryableMs).toLocaleString('en')} ms |`);
      console.log(`| setup through the gateway (units, volunteers, campaign, activity, shift) | ${Math.round(upload.setupMs).toLocaleString('en')} ms |`);
    }
    if (seeded) {
      console.log(
        `\n| list query (${ACTIVITIES.toLocaleString('en')} activities seeded, ${COMMUNES} communes; ${SECONDS}s x ${CONNECTIONS} connections) | totalCount | one request alone (ms) | completed under load | req/s | p50 (ms) | p99 (ms) |`,
      );
      console.log('|---|---:|---:|---:|---:|---:|---:|');
      for (const row of rows)
        console.log(
          `| ${row.name} | ${row.totalCount} | ${Math.round(row.singleMs).toLocaleString('en')} | ${row.done}${row.bad ? ` (${row.bad} bad)` : ''} | ${row.rps.toFixed(1)} | ${row.done ? row.p50 : 'n/a'} | ${row.done ? row.p99 : 'n/a'} |`,
        );
    }
    console.log(
      `\nMongoDB ${MONGO_URL.replace(/\/\/[^@]*@/, '//')} (${process.env['BENCH_STORE'] ?? 'store not named'}), Kafka ${env('KAFKA_BROKERS')}, topic prefix ${TOPIC_PREFIX}`,
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
