/**
 * `npm run bench:commands`: the sustained command rate through the gateway, against a running
 * platform with the demo data (`./dev up --detach`; BENCH_GATEWAY_URL picks another one).
 *
 * Open-loop steps of rising rate (BENCH_RATES, default 5,10,15,20,30,40,60 mutations/s, each
 * BENCH_STEP_SECONDS long), half createUnit (registry) and half proposeActivity (campaigns), each
 * with its own Idempotency-Key (BENCH_KIND=unit or activity for one kind), from one demo cadre
 * (BENCH_ACCOUNT). Between steps it waits until
 * no command is in flight and every projector of the gateway has caught up (platformStatus). The sustained rate is the
 * highest step at which at least 99 % are applied at the first attempt with p99 under the
 * gateway's latency target (2 s). Then it holds 80 % of that rate for BENCH_HOLD_SECONDS and
 * prints p50/p99, and offers twice the sustained rate to show what load shedding does with the
 * excess (GATEWAY.BUSY) and the latency of what is accepted.
 */
import { randomBytes } from 'node:crypto';
import { demoCredentials, type KeyRecord, type LoadSession, type LoadTarget, postGraphql, runOpenLoop, signIn, summarise } from '../load';
import { Workload } from '../chaos/workload';

const env = (name: string, fallback: string) => process.env[name]?.trim() || fallback;
const URL_ = env('BENCH_GATEWAY_URL', `http://127.0.0.1:${env('TN_PORT_GATEWAY', '3000')}/graphql`);
const RATES = env('BENCH_RATES', '5,10,15,20,30,40,60').split(',').map(Number);
const STEP_MS = Number(env('BENCH_STEP_SECONDS', '20')) * 1000;
const HOLD_MS = Number(env('BENCH_HOLD_SECONDS', '30')) * 1000;
const LATENCY_TARGET_MS = Number(env('BENCH_LATENCY_TARGET_MS', '2000'));
const ACCOUNT = env('BENCH_ACCOUNT', 'demo.tinhdoan');
/** Reads the load figures of platformStatus between steps (a system administrator). */
const OPERATOR = env('BENCH_OPERATOR', 'demo.admin');
/** 'unit' or 'activity' for one kind only (the workload alternates them by sequence number). */
const KIND = env('BENCH_KIND', 'both');
const nthOfKind = (n: number) => (KIND === 'unit' ? 2 * n : KIND === 'activity' ? 2 * n + 1 : n);

interface Step {
  label: string;
  offered: number;
  sent: number;
  okShare: number;
  okPerSecond: number;
  p50: number;
  p99: number;
  codes: Record<string, number>;
}

function stepOf(label: string, offered: number, records: KeyRecord[], durationMs: number): Step {
  const summary = summarise(records);
  return {
    label,
    offered,
    sent: summary.sent,
    okShare: summary.sent ? summary.ok / summary.sent : 0,
    okPerSecond: summary.ok / (durationMs / 1000),
    p50: summary.okLatency.p50,
    p99: summary.okLatency.p99,
    codes: summary.codes,
  };
}

const line = (step: Step) =>
  `${step.label.padEnd(12)} offered ${String(step.offered).padStart(5)}/s  sent ${String(step.sent).padStart(5)}  ok ${(step.okShare * 100).toFixed(1).padStart(5)} %  ` +
  `applied ${step.okPerSecond.toFixed(1).padStart(5)}/s  p50 ${String(step.p50).padStart(5)} ms  p99 ${String(step.p99).padStart(5)} ms  ${Object.entries(
    step.codes,
  )
    .map(([code, count]) => `${code}×${count}`)
    .join(' ')}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const BACKLOG = '{ platformStatus { services { commandsInFlight commandsQueued } dependencies { name lag } } }';

/**
 * Waits until the work a step left behind is done (no command in flight, every projector caught
 * up), so the next step does not pay for it; returns how long that took, in seconds.
 */
async function drained(operator: LoadSession, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    // Load figures are shown to a system administrator only; a failed read is tried again.
    const answer = await postGraphql<{
      platformStatus: { services: { commandsInFlight: number; commandsQueued: number }[]; dependencies: { lag: number | null }[] };
    }>(URL_, {
      query: BACKLOG,
      token: operator.token(),
    }).catch(() => undefined);
    const status = answer?.data?.platformStatus;
    const idle =
      status &&
      status.services.every((service) => service.commandsInFlight + service.commandsQueued === 0) &&
      status.dependencies.every((dependency) => !dependency.lag);
    if (idle) break;
    await sleep(1_000);
  }
  await sleep(2_000); // and the lag is measured every 5 s: a little more
  return Math.round((Date.now() - started) / 1000);
}

async function main() {
  const session = await signIn(URL_, demoCredentials(ACCOUNT), { timeoutMs: 30_000 });
  const operator = await signIn(URL_, demoCredentials(OPERATOR), { timeoutMs: 30_000 });
  const target: LoadTarget = { url: URL_, session };
  const run = randomBytes(3).toString('hex');
  const workload = new Workload(target, `bench-${run}`);
  let seq = 0;
  let steps = 0;
  const load = async (label: string, rate: number, durationMs: number) => {
    // Each step under a parent unit (and on a day) of its own, so no list grows from step to step.
    const round = await workload.prepareRound(`s${steps}`, steps++);
    const records = await runOpenLoop({ ...target, ratePerSecond: rate, firstSeq: seq, make: (n) => workload.make(round, nthOfKind(n)) }, durationMs);
    seq += 2 * records.length + 2;
    const step = stepOf(label, rate, records, durationMs);
    console.log(`${line(step)}  (drained in ${await drained(operator)} s)`);
    return step;
  };

  const mix = KIND === 'unit' ? 'createUnit only' : KIND === 'activity' ? 'proposeActivity only' : 'half createUnit, half proposeActivity';
  console.log(`[bench] commands through ${URL_}: steps of ${STEP_MS / 1000} s, ${mix}`);
  let sustained: Step | undefined;
  for (const rate of RATES) {
    const step = await load(`step`, rate, STEP_MS);
    if (step.okShare < 0.99 || step.p99 > LATENCY_TARGET_MS) break;
    sustained = step;
  }
  if (!sustained) throw new Error(`not even ${RATES[0]}/s was sustained`);
  console.log(`[bench] sustained: ${sustained.offered}/s (≥ 99 % applied at once, p99 ≤ ${LATENCY_TARGET_MS} ms)`);
  const hold = await load('hold 80 %', Math.max(1, Math.round(sustained.offered * 0.8 * 10) / 10), HOLD_MS);
  const over = await load('overload 2×', sustained.offered * 2, STEP_MS);
  console.log(
    `[bench] at 80 %: p50 ${hold.p50} ms, p99 ${hold.p99} ms; at 2×: ${((1 - over.okShare) * 100).toFixed(0)} % refused or failed, accepted p99 ${over.p99} ms`,
  );
  session.close();
  operator.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
