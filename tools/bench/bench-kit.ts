import { type ChildProcess, spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// What the benchmark scripts share: settings, seeded data, child services, percentiles, load.

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;
export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** A setting from the environment, or its default; a missing one without default stops the run. */
export const env = (name: string, fallback?: string): string => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

/** Deterministic pseudo-random numbers (mulberry32), so every run seeds the same data. */
export function seededRandom(initialSeed: number) {
  let seed = initialSeed;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return { random, pick };
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A service or server as a child process, its output in `<tmp>/bench-<run>-<name>.log`. */
export function startChild(run: string, name: string, args: string[], childEnv: Record<string, string>): { child: ChildProcess; log: string } {
  const log = join(tmpdir(), `bench-${run}-${name}.log`);
  const out = openSync(log, 'w');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...args], { env: { ...process.env, ...childEnv }, stdio: ['ignore', out, out] });
  return { child, log };
}

/** Until `url` answers 2xx (or the child exits, or the time is up). */
export async function waitFor(
  name: string,
  url: string,
  child: ChildProcess,
  log: string,
  options: { init?: RequestInit; timeoutMs?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}; see ${log}`);
    try {
      if ((await fetch(url, options.init)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${name} not ready after ${timeoutMs / 1000}s; see ${log}`);
}
