/**
 * `npm run bench:onboarding`: onboarding a national hierarchy through the gateway of a running
 * platform (`./dev up --detach`; BENCH_GATEWAY_URL picks another one), as demo.admin.
 *
 * Builds BENCH_PROVINCES provinces (34), each with BENCH_COMMUNES_PER_PROVINCE communes (97) of
 * BENCH_BRANCHES_PER_COMMUNE branches (8): 34 + 3,298 + 26,384 ≈ 29,716 units by default. Each
 * province is one createUnit, its subtree importUnits commands of at most BENCH_IMPORT_SIZE units
 * (500, each after its parent), sent BENCH_CONCURRENCY at a time (1: they all serialise through
 * the hierarchy's one stream anyway). Prints units/s from the first command until the last
 * import is readable through the gateway (its consistency token), and per-command latency.
 * For comparison, BENCH_SINGLE_UNITS units are created one createUnit at a time first (0 skips).
 */
import { randomBytes } from 'node:crypto';
import { codeOf, demoCredentials, postGraphql, signIn } from '../load';
import { percentile } from './bench-kit';

const env = (name: string, fallback: string) => process.env[name]?.trim() || fallback;
const URL_ = env('BENCH_GATEWAY_URL', `http://127.0.0.1:${env('TN_PORT_GATEWAY', '3000')}/graphql`);
const PROVINCES = Number(env('BENCH_PROVINCES', '34'));
const COMMUNES = Number(env('BENCH_COMMUNES_PER_PROVINCE', '97'));
const BRANCHES = Number(env('BENCH_BRANCHES_PER_COMMUNE', '8'));
const IMPORT_SIZE = Number(env('BENCH_IMPORT_SIZE', '500'));
const CONCURRENCY = Number(env('BENCH_CONCURRENCY', '1'));
const SINGLE_UNITS = Number(env('BENCH_SINGLE_UNITS', '50'));
const EFFECTIVE_FROM = '2025-07-01';

interface ImportedUnit {
  unitId: string;
  parentId?: string;
  nameVi: string;
  organisation: string;
  levelLabel: string;
}

const run = randomBytes(3).toString('hex');
let retries = 0;
const IMPORT = `mutation($input: ImportUnitsInput!) { importUnits(input: $input) { consistencyToken } }`;
const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { consistencyToken } }`;

/** A province's subtree, each unit after its parent, cut into imports (a commune never split from its branches). */
function importsOf(province: string, p: number): ImportedUnit[][] {
  const batches: ImportedUnit[][] = [[]];
  for (let c = 0; c < COMMUNES; c++) {
    const commune = `${province}-xa-${c}`;
    const group: ImportedUnit[] = [{ unitId: commune, nameVi: `Đoàn xã ${c} tỉnh ${p}`, organisation: 'union', levelLabel: 'Đoàn xã' }];
    for (let b = 0; b < BRANCHES; b++) {
      group.push({ unitId: `${commune}-cd-${b}`, parentId: commune, nameVi: `Chi đoàn thôn ${b} xã ${c}`, organisation: 'union', levelLabel: 'Chi đoàn' });
    }
    if (batches.at(-1)!.length + group.length > IMPORT_SIZE) batches.push([]);
    batches.at(-1)!.push(...group);
  }
  return batches;
}

async function main(): Promise<void> {
  const session = await signIn(URL_, demoCredentials('demo.admin'));
  const send = async (query: string, input: Record<string, unknown>): Promise<{ ms: number; token: string }> => {
    for (let attempt = 0; ; attempt++) {
      const started = performance.now();
      const answer = await postGraphql<Record<string, { consistencyToken: string }>>(URL_, {
        query,
        variables: { input },
        token: session.token(),
        idempotencyKey: `${run}-${String(input['unitId'] ?? (input['units'] as ImportedUnit[])[0]!.unitId)}`,
        timeoutMs: 120_000,
      });
      const code = codeOf(answer);
      if (!code) return { ms: performance.now() - started, token: Object.values(answer.data!)[0]!.consistencyToken };
      // Busy, or no answer in time (the same Idempotency-Key applies it at most once): send again.
      const retryable = code === 'GATEWAY.BUSY' || code === 'COMMAND.OUTCOME_UNKNOWN' || code === 'STREAM.CONCURRENCY_CONFLICT';
      if (!retryable || attempt > 20) throw new Error(`${code}: ${answer.errors?.[0]?.message}`);
      retries++;
      await new Promise((resolve) => setTimeout(resolve, (answer.retryAfterSeconds ?? 1) * 1000));
    }
  };
  /** Until the unit reads back with the write's consistency token (the gateway waits a while each time; retryable). */
  const readable = async (token: string, unitId: string) => {
    for (let attempt = 0; ; attempt++) {
      const answer = await postGraphql(URL_, {
        query: `{ unit(id: "${unitId}") { id } }`,
        token: session.token(),
        consistencyTokens: [token],
        timeoutMs: 120_000,
      });
      const code = codeOf(answer);
      if (!code) return;
      if (code !== 'CONSISTENCY_NOT_VISIBLE' || attempt > 60) throw new Error(`reading ${unitId}: ${code}`);
    }
  };

  if (SINGLE_UNITS > 0) {
    const root = `bench-${run}-single`;
    await send(CREATE, { unitId: root, nameVi: 'Tỉnh đoàn thử', organisation: 'union', levelLabel: 'Tỉnh đoàn', effectiveFrom: EFFECTIVE_FROM });
    const started = performance.now();
    const latencies: number[] = [];
    let last = '';
    for (let i = 0; i < SINGLE_UNITS; i++) {
      const sent = await send(CREATE, {
        unitId: `${root}-${i}`,
        parentId: root,
        nameVi: `Đoàn xã ${i}`,
        organisation: 'union',
        levelLabel: 'Đoàn xã',
        effectiveFrom: EFFECTIVE_FROM,
      });
      latencies.push(sent.ms);
      last = sent.token;
    }
    await readable(last, `${root}-${SINGLE_UNITS - 1}`);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `createUnit one by one: ${SINGLE_UNITS} units in ${seconds.toFixed(1)} s = ${(SINGLE_UNITS / seconds).toFixed(1)} units/s (p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms)`,
    );
  }

  const plan = Array.from({ length: PROVINCES }, (_, p) => ({ province: `bench-${run}-tinh-${p}`, p }));
  const total = PROVINCES * (1 + COMMUNES * (1 + BRANCHES));
  const started = performance.now();
  const latencies: number[] = [];
  let done = 0;
  let lastToken = '';
  let lastUnit = '';
  const queue = plan.flatMap(({ province, p }) => [
    { kind: 'province' as const, province, p },
    ...importsOf(province, p).map((units) => ({ kind: 'import' as const, province, p, units })),
  ]);
  // Each province's imports wait for its createUnit: workers take the queue in order, one province at a time per worker.
  const byProvince = new Map<string, typeof queue>();
  for (const item of queue) byProvince.set(item.province, [...(byProvince.get(item.province) ?? []), item]);
  const provinces = [...byProvince.values()];
  const worker = async () => {
    for (let items = provinces.shift(); items; items = provinces.shift()) {
      for (const item of items) {
        const sent =
          item.kind === 'province'
            ? await send(CREATE, {
                unitId: item.province,
                nameVi: `Tỉnh đoàn ${item.p}`,
                organisation: 'union',
                levelLabel: 'Tỉnh đoàn',
                effectiveFrom: EFFECTIVE_FROM,
              })
            : await send(IMPORT, { parentId: item.province, effectiveFrom: EFFECTIVE_FROM, units: item.units });
        latencies.push(sent.ms);
        done += item.kind === 'province' ? 1 : item.units.length;
        lastToken = sent.token;
        lastUnit = item.kind === 'province' ? item.province : item.units.at(-1)!.unitId;
        const seconds = (performance.now() - started) / 1000;
        process.stderr.write(`\r${done}/${total} units, ${(done / seconds).toFixed(0)} units/s, ETA ${((total - done) / (done / seconds)).toFixed(0)} s   `);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await readable(lastToken, lastUnit);
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write('\n');
  console.log(
    `importUnits (≤ ${IMPORT_SIZE} per command, ${CONCURRENCY} at a time): ${total} units in ${seconds.toFixed(1)} s = ${(total / seconds).toFixed(0)} units/s, ` +
      `${latencies.length} commands (${retries} sent again), p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, last one readable at the end`,
  );
  session.close();
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
