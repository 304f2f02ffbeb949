import { percentile } from '../bench-kit';
import { cpuSeconds } from '../national/process-stats';

/**
 * A read and its raw limit run one after the other, alternately (so that the shared machine's
 * load falls on both alike), each alone: latency percentiles over the runs, and the CPU time each
 * process group used per run (from /proc, sampled around every run, outside the timed part).
 */

export interface SideFigures {
  runs: number;
  p50: number;
  p99: number;
  mean: number;
  /** CPU seconds per run by process group (the gateway, the bench itself, FerretDB, PostgreSQL). */
  cpuPerRun: Record<string, number>;
}

export interface PairFigures {
  gateway: SideFigures;
  raw: SideFigures;
}

const SERVERS = { ferretdb: /^ferretdb$/, postgres: /^postgres/ };

type Sample = ReturnType<typeof cpuSeconds>;

function addUsed(total: Record<string, number>, before: Sample, after: Sample): void {
  for (const [pid, { group, seconds }] of after) total[group] = (total[group] ?? 0) + seconds - (before.get(pid)?.seconds ?? 0);
}

const sideOf = (latencies: number[], cpu: Record<string, number>): SideFigures => ({
  runs: latencies.length,
  p50: percentile(latencies, 50),
  p99: percentile(latencies, 99),
  mean: Math.round((latencies.reduce((sum, ms) => sum + ms, 0) / latencies.length) * 10) / 10,
  cpuPerRun: Object.fromEntries(Object.entries(cpu).map(([group, seconds]) => [group, Math.round((seconds / latencies.length) * 1000) / 1000])),
});

/** One warm-up each, then `runs` alternating runs of both. */
export async function timedPair(
  runs: number,
  pids: Record<string, number | undefined>,
  gateway: () => Promise<unknown>,
  raw: () => Promise<unknown>,
): Promise<PairFigures> {
  await gateway();
  await raw();
  const sides = {
    gateway: { run: gateway, ms: [] as number[], cpu: {} as Record<string, number> },
    raw: { run: raw, ms: [] as number[], cpu: {} as Record<string, number> },
  };
  for (let i = 0; i < runs; i++) {
    for (const side of [sides.gateway, sides.raw]) {
      const before = cpuSeconds(pids, SERVERS);
      const started = performance.now();
      await side.run();
      side.ms.push(performance.now() - started);
      addUsed(side.cpu, before, cpuSeconds(pids, SERVERS));
    }
  }
  return { gateway: sideOf(sides.gateway.ms, sides.gateway.cpu), raw: sideOf(sides.raw.ms, sides.raw.cpu) };
}
