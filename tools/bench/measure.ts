/** Small timing helpers for the benchmarks (figures, not assertions). */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The same work done the plainest way on the same servers: the ceiling to compare with. */
  limit?: { name: string; value: number };
  note?: string;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/** Run `count` tasks with at most `concurrency` in flight. */
export async function pool(count: number, concurrency: number, task: (index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

export const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${f.value} ${f.unit}`,
    f.limit ? `${f.limit.value} ${f.unit} (${f.limit.name})` : '',
    f.limit && f.limit.value > 0 ? (f.value / f.limit.value).toFixed(2) : '',
    f.note ?? '',
  ]);
  const header = ['measure', 'TinhNguyen', 'limit on the same servers', 'ratio', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
