/**
 * The chaos suite (issue 11), run by tools/chaos/run.sh against a private platform: per target
 * and round, a steady open-loop load of mutations with Idempotency-Keys, a kill -9 of the target,
 * its recovery timed, then every unknown outcome retried with its key and every effect counted
 * through GraphQL. Exits 1 when a write is lost or doubled or a recovery takes too long.
 *
 * Settings (environment): CHAOS_TARGETS (comma-separated; default all eight), CHAOS_ROUNDS (3),
 * CHAOS_RATE (mutations/s, 3), CHAOS_RECOVERY_LIMIT_S (30), CHAOS_WARMUP_S (5), CHAOS_TAIL_S (5),
 * CHAOS_SERVER_DOWN_S (5: how long Kafka or FerretDB stays dead), CHAOS_ROUND_LIMIT_S (120: the
 * longest wait for a restart or recovery before the round is failed), CHAOS_ACCOUNT (demo.tinhdoan).
 */
import { randomBytes } from 'node:crypto';
import { OpenLoop, type LoadTarget, settleUnknown, postGraphql, signIn, demoCredentials } from '../load';
import { ALL_TARGETS, deadSupervisors, restartCounts, stopChildren, type Target, targetOf } from './targets';
import { checkRound } from './verify';
import { type Kind, Workload } from './workload';
import { type RoundResult, roundLine, summaryTable, verdict } from './report';

const env = (name: string, fallback: string) => process.env[name]?.trim() || fallback;
const seconds = (name: string, fallback: number) => Number(env(name, String(fallback))) * 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => console.log(`[chaos] ${line}`);

const settings = {
  targets: env('CHAOS_TARGETS', ALL_TARGETS.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
  rounds: Number(env('CHAOS_ROUNDS', '3')),
  rate: Number(env('CHAOS_RATE', '3')),
  recoveryLimitMs: seconds('CHAOS_RECOVERY_LIMIT_S', 30),
  warmupMs: seconds('CHAOS_WARMUP_S', 5),
  tailMs: seconds('CHAOS_TAIL_S', 5),
  serverDownMs: seconds('CHAOS_SERVER_DOWN_S', 5),
  roundLimitMs: seconds('CHAOS_ROUND_LIMIT_S', 120),
  account: env('CHAOS_ACCOUNT', 'demo.tinhdoan'),
};
const portOf = (service: string) =>
  Number(
    env(
      `TN_PORT_${service.toUpperCase()}`,
      String({ gateway: 3000, registry: 3101, training: 3102, campaigns: 3103, network: 3104, reporting: 3105 }[service]),
    ),
  );
const graphqlUrl = `http://127.0.0.1:${portOf('gateway')}/graphql`;
const servicesRunDir = env('TN_SERVICES_RUN_DIR', '.run/services');

/** Until the gateway's platformStatus says ready; returns when (epoch ms), or undefined at the deadline. */
async function platformReady(timeoutMs: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await postGraphql<{ platformStatus: { ready: boolean } }>(graphqlUrl, { query: '{ platformStatus { ready } }', timeoutMs: 3_000 }).catch(
      () => undefined,
    );
    if (answer?.data?.platformStatus.ready) return Date.now();
    await sleep(250);
  }
  return undefined;
}

/** Until /health/ready answers 200; returns when (epoch ms), or undefined at the deadline. */
async function healthReady(url: string, timeoutMs: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return Date.now();
    await sleep(200);
  }
  return undefined;
}

/** When every kind the target serves has had a successful mutation answered after `since` (epoch ms), or undefined at the deadline. */
async function firstSuccesses(okTimes: Map<Kind, number[]>, kinds: readonly Kind[], since: number, timeoutMs: number): Promise<number | undefined> {
  const deadline = since + timeoutMs;
  for (;;) {
    const firsts = kinds.map((kind) => (okTimes.get(kind) ?? []).filter((at) => at > since).sort((a, b) => a - b)[0]);
    if (firsts.every((at) => at !== undefined)) return Math.max(...(firsts as number[]));
    if (Date.now() > deadline) return undefined;
    await sleep(100);
  }
}

async function runRound(
  target: Target,
  index: number,
  round: number,
  workload: Workload,
  loadTarget: LoadTarget,
  firstSeq: number,
): Promise<{ result: RoundResult; nextSeq: number }> {
  const tag = `${target.name}-r${round}`;
  const notes: string[] = [];
  if ((await platformReady(settings.roundLimitMs)) === undefined) notes.push('platform not ready before the round');
  const context = await workload.prepareRound(tag, index);
  const restartsBefore = restartCounts(servicesRunDir);

  const okTimes = new Map<Kind, number[]>();
  const loop = new OpenLoop({
    ...loadTarget,
    ratePerSecond: settings.rate,
    firstSeq,
    make: (seq) => workload.make(context, seq),
    onAttempt: (record, attempt) => {
      if (attempt.outcome.kind !== 'ok') return;
      const kind = record.spec.kind as Kind;
      const times = okTimes.get(kind) ?? [];
      times.push(attempt.doneAt);
      okTimes.set(kind, times);
    },
  });
  loop.start();
  await sleep(settings.warmupMs);

  let restartMs: number | undefined;
  let recoveryMs: number | undefined;
  let readyMs: number | undefined;
  try {
    const killed = await target.kill();
    const restartedAt = await target.restarted(killed, settings.roundLimitMs);
    restartMs = restartedAt - killed.killedAt;
    const recoveredAt =
      'kinds' in target.recovery
        ? await firstSuccesses(okTimes, target.recovery.kinds, restartedAt, settings.roundLimitMs)
        : await healthReady(target.recovery.healthUrl, settings.roundLimitMs);
    if (recoveredAt === undefined) notes.push(`no recovery within ${settings.roundLimitMs / 1000} s`);
    else recoveryMs = recoveredAt - restartedAt;
    const readyAt = await platformReady(settings.roundLimitMs);
    if (readyAt === undefined) notes.push('platformStatus not ready again');
    else readyMs = readyAt - restartedAt;
  } catch (error) {
    notes.push((error as Error).message);
  }
  await sleep(settings.tailMs);
  await loop.stop();

  const unsettled = await settleUnknown(loadTarget, loop.records);
  if (unsettled.length > 0) notes.push(`${unsettled.length} keys still unknown after retries`);
  const check = await checkRound(workload, context, loop.records);
  const restartsAfter = restartCounts(servicesRunDir);
  const more = (service: string) => (restartsAfter[service] ?? 0) - (restartsBefore[service] ?? 0);
  const others = Object.keys(restartsAfter).filter((service) => service !== target.name && more(service) > 0);
  if (others.length > 0) notes.push(`also restarted by their supervisor: ${others.map((service) => `${service} ×${more(service)}`).join(', ')}`);
  const dead = deadSupervisors(servicesRunDir);
  if (dead.length > 0) notes.push(`supervisor gone (crash loop?): ${dead.join(', ')}`);
  if (loop.skipped > 0) notes.push(`${loop.skipped} requests not sent (too many in flight)`);
  return { result: { target: target.name, round, check, restartMs, recoveryMs, readyMs, notes }, nextSeq: loop.seq };
}

async function main(): Promise<void> {
  const started = Date.now();
  const unknownTargets = settings.targets.filter((name) => !(ALL_TARGETS as readonly string[]).includes(name));
  if (unknownTargets.length > 0) throw new Error(`unknown CHAOS_TARGETS: ${unknownTargets.join(', ')} (known: ${ALL_TARGETS.join(', ')})`);
  const run = randomBytes(3).toString('hex');
  log(
    `run ${run}: targets ${settings.targets.join(', ')}; ${settings.rounds} round(s) each; ${settings.rate} mutations/s; recovery limit ${settings.recoveryLimitMs / 1000} s`,
  );
  const session = await signIn(graphqlUrl, demoCredentials(settings.account));
  const loadTarget: LoadTarget = { url: graphqlUrl, session };
  const workload = new Workload(loadTarget, run);
  const targets = settings.targets.map((name) =>
    targetOf(name, {
      repoRoot: process.cwd(),
      servicesRunDir,
      serversRunDir: env('TN_RUN_DIR', '.run/local'),
      portOf,
      serverDownMs: settings.serverDownMs,
      log,
    }),
  );

  const results: RoundResult[] = [];
  let seq = 0;
  let index = 0;
  for (const target of targets) {
    for (let round = 1; round <= settings.rounds; round++) {
      const { result, nextSeq } = await runRound(target, index++, round, workload, loadTarget, seq);
      seq = nextSeq;
      results.push(result);
      log(roundLine(result));
    }
  }
  session.close();
  console.log('');
  console.log(summaryTable(results, settings.recoveryLimitMs));
  const failures = verdict(results, settings.recoveryLimitMs);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  log(`${results.length} rounds in ${minutes} min (suite only; start-up and shut-down not included)`);
  if (failures.length > 0) {
    for (const failure of failures) log(`FAIL ${failure}`);
    process.exitCode = 1;
  } else log('PASS: no write lost or doubled, every recovery under the limit');
}

// run.sh stops the suite with TERM before it stops the platform.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

main().catch((error: unknown) => {
  console.error(`[chaos] ERROR: ${(error as Error).stack ?? String(error)}`);
  process.exit(2);
});
