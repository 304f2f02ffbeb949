import { percentile } from '../bench-kit';
import { cpuSeconds } from '../national/process-stats';

/**
 * Several ways of doing one read, run in turn (gateway, function, raw; then again), so that the
 * shared machine's load falls on all alike, each alone: latency percentiles over the runs after a
 * warm-up, and the CPU time each process group used per run (from /proc, sampled around every
 * run, outside the timed part).
 */

export interface SideFigures {
  runs: number;
  p50: number;
  p99: number;
  mean: number;
  /** CPU seconds per run by process group (the gateway, the bench itself, FerretDB, PostgreSQL). */
  cpuPerRun: Record<string, number>;
}

const SERVERS = { ferretdb: /^ferretdb$/, postgres: /^postgres/ };

type Sample = ReturnType<typeof cpuSeconds>;

function addUsed(total: Record<string, number>, before: Sample, after: Sample): void {
  for (const [pid, { group, seconds }] of after) total[group] = (total[group] ?? 0) + seconds - (before.get(pid)?.seconds ?? 0);
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

const sideOf = (latencies: number[], cpu: Record<string, number>): SideFigures => ({
  runs: latencies.length,
  p50: percentile(latencies, 50),
  p99: percentile(latencies, 99),
  mean: round(latencies.reduce((sum, ms) => sum + ms, 0) / latencies.length, 1),
  cpuPerRun: Object.fromEntries(Object.entries(cpu).map(([group, seconds]) => [group, round(seconds / latencies.length, 4)])),
});

/** `warmUp` untimed runs of each side, then `runs` timed rounds of all of them in turn. */
export async function timedSides<Name extends string>(
  runs: number,
  warmUp: number,
  pids: Record<string, number | undefined>,
  sides: Record<Name, () => Promise<unknown>>,
): Promise<Record<Name, SideFigures>> {
  const entries = Object.entries(sides) as [Name, () => Promise<unknown>][];
  for (let i = 0; i < warmUp; i++) for (const [, run] of entries) await run();
  const samples = new Map(entries.map(([name]) => [name, { ms: [] as number[], cpu: {} as Record<string, number> }]));
  for (let i = 0; i < runs; i++) {
    for (const [name, run] of entries) {
      const sample = samples.get(name)!;
      const before = cpuSeconds(pids, SERVERS);
      const started = performance.now();
      await run();
      sample.ms.push(performance.now() - started);
      addUsed(sample.cpu, before, cpuSeconds(pids, SERVERS));
    }
  }
  return Object.fromEntries(entries.map(([name]) => [name, sideOf(samples.get(name)!.ms, samples.get(name)!.cpu)])) as Record<Name, SideFigures>;
}
