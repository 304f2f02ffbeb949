import { finalOf, firstOf, type KeyRecord } from './load';

export interface LatencySummary {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of values (NaN when empty). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export function latencySummary(values: readonly number[]): LatencySummary {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p90: percentile(values, 90),
    p99: percentile(values, 99),
    max: values.length ? Math.max(...values) : NaN,
  };
}

export interface LoadSummary {
  sent: number;
  /** By the first (open-loop) attempt. */
  ok: number;
  unknown: number;
  refused: number;
  /** By the latest attempt, after retries. */
  finalOk: number;
  finalUnknown: number;
  finalRefused: number;
  /** Retries sent after the first attempts. */
  retries: number;
  /** First attempts' error codes and how often each came. */
  codes: Record<string, number>;
  /** Latency (ms) of first attempts answered ok. */
  okLatency: LatencySummary;
  /** Latency (ms) of every first attempt, whatever its answer. */
  allLatency: LatencySummary;
}

export function summarise(records: readonly KeyRecord[]): LoadSummary {
  const count = (pick: (record: KeyRecord) => string, kind: string) => records.filter((record) => pick(record) === kind).length;
  const first = (record: KeyRecord) => firstOf(record).outcome.kind;
  const last = (record: KeyRecord) => finalOf(record).kind;
  const codes: Record<string, number> = {};
  for (const record of records) {
    const code = firstOf(record).outcome.code;
    if (code) codes[code] = (codes[code] ?? 0) + 1;
  }
  const ms = (record: KeyRecord) => firstOf(record).doneAt - firstOf(record).sentAt;
  return {
    sent: records.length,
    ok: count(first, 'ok'),
    unknown: count(first, 'unknown'),
    refused: count(first, 'refused'),
    finalOk: count(last, 'ok'),
    finalUnknown: count(last, 'unknown'),
    finalRefused: count(last, 'refused'),
    retries: records.reduce((sum, record) => sum + record.attempts.length - 1, 0),
    codes,
    okLatency: latencySummary(records.filter((record) => first(record) === 'ok').map(ms)),
    allLatency: latencySummary(records.map(ms)),
  };
}
