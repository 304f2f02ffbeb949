import type { MatchingShape, MeasuredNeed } from './matching-dataset';
import type { SideFigures } from './timed-sides';

/** The network benchmark's figures, and their tables as docs/benchmarks.md shows them. */

export type SideName = 'gateway' | 'function' | 'raw' | 'rawAll';

export interface MatchCase {
  need: MeasuredNeed;
  /** Candidate documents each equality of the lineage returns (commune, province, central union). */
  docsPerToken: number[];
  /** Eligible candidates (a partner once), and how many the page of 20 lists. */
  eligible: number;
  listed: number;
  /** Read-model finds one request sent, by collection: the gateway's (recorded in it), and the raw's. */
  gatewayFinds: Record<string, number>;
  rawFinds: number;
  rawAllFinds: number;
  figures: Record<SideName, SideFigures>;
}

type Memory = { rssMb: number; peakMb: number } | undefined;

export interface NetworkReport {
  store: string;
  /** The machine's load average (1, 5, 15 min) at the start and the end, and `uptime` as it printed. */
  loadAverage: { start: number[]; end?: number[] };
  uptime: { start: string; end?: string };
  shape: MatchingShape;
  seed: { ms: number; documents: number; byCollection: Record<string, number> };
  gatewayReadyMs: number;
  warmUp: number;
  cases: MatchCase[];
  memory: { gatewayReady: Memory; gatewayEnd: Memory; bench: Memory };
}

const thousands = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (n >= 100 ? thousands(n) : n.toFixed(1));
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const sum = (values: Record<string, number>) => Object.values(values).reduce((total, n) => total + n, 0);
const counts = (values: Record<string, number>) =>
  Object.entries(values)
    .sort(([, a], [, b]) => b - a)
    .map(([key, n]) => `${key} ${thousands(n)}`)
    .join(', ');

export function printReport(report: NetworkReport): void {
  const lines: string[] = [];
  const { shape, seed } = report;
  const load = (values: number[] | undefined) => values?.map((value) => value.toFixed(2)).join(' / ') ?? '?';
  lines.push(
    `\nMatching read models on ${report.store}; load average (1 / 5 / 15 min) at the start ${load(report.loadAverage.start)}, at the end ${load(report.loadAverage.end)}`,
  );
  lines.push(`uptime at the start: ${report.uptime.start}`);
  lines.push(`uptime at the end:   ${report.uptime.end ?? '?'}`);
  lines.push(
    `Units: ${thousands(shape.units)} (the central union, ${shape.provinces} provinces, ${thousands(shape.communes)} communes). Groups: ${thousands(shape.groups)} (serving ${counts(shape.groupsByReach)}; ${counts(shape.groupsByStatus)}). Partners: ${thousands(shape.partners)} with ${thousands(shape.agreements)} agreements (${counts(shape.agreementsBy)}). Needs: ${thousands(shape.needs)}. Today: ${shape.today}.`,
  );
  lines.push(
    `Seeded through the projections' evolve: ${thousands(shape.events)} events into ${thousands(seed.documents)} documents in ${(seed.ms / 1000).toFixed(1)} s (${thousands((seed.documents / seed.ms) * 1000)}/s, insertMany of 1,000); gateway ready ${(report.gatewayReadyMs / 1000).toFixed(1)} s after its start.`,
  );
  lines.push(
    `Per need: ${report.warmUp} warm-up runs of each side, then the runs counted below, the four sides in turn: GraphQL (the gateway end to end), the read-model function in the bench process, the raw driver's token equalities alone, and the raw driver doing all of the function's reads.`,
  );
  lines.push(
    '\n| need placed in | documents per token: commune / province / central | eligible / listed | finds: gateway / raw | GraphQL p50 / p99 (ms) | function p50 / p99 (ms) | raw p50 / p99 (ms) | GraphQL ÷ raw p50 / p99 | function ÷ raw p50 / p99 | runs |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const read of report.cases) {
    const { gateway, function: fn, raw } = read.figures;
    lines.push(
      `| a commune of ${read.need.province} | ${read.docsPerToken.map(thousands).join(' / ')} | ${read.eligible} / ${read.listed} | ${sum(read.gatewayFinds)} / ${read.rawFinds} | ${ms(gateway.p50)} / ${ms(gateway.p99)} | ${ms(fn.p50)} / ${ms(fn.p99)} | ${ms(raw.p50)} / ${ms(raw.p99)} | ${ratio(gateway.p50, raw.p50)} / ${ratio(gateway.p99, raw.p99)} | ${ratio(fn.p50, raw.p50)} / ${ratio(fn.p99, raw.p99)} | ${raw.runs} |`,
    );
  }
  lines.push("\n| need placed in | raw, all the function's reads: finds | p50 / p99 (ms) | GraphQL ÷ it, p50 / p99 | function ÷ it, p50 / p99 |");
  lines.push('|---|---:|---:|---:|---:|');
  for (const read of report.cases) {
    const { gateway, function: fn, rawAll } = read.figures;
    lines.push(
      `| ${read.need.province} | ${read.rawAllFinds} | ${ms(rawAll.p50)} / ${ms(rawAll.p99)} | ${ratio(gateway.p50, rawAll.p50)} / ${ratio(gateway.p99, rawAll.p99)} | ${ratio(fn.p50, rawAll.p50)} / ${ratio(fn.p99, rawAll.p99)} |`,
    );
  }
  lines.push("\nThe gateway's finds for one request, by collection:");
  for (const read of report.cases) lines.push(`- ${read.need.province}: ${counts(read.gatewayFinds)}`);
  lines.push(
    '\n| CPU ms per run | GraphQL: gateway | FerretDB | PostgreSQL | function: bench | FerretDB | PostgreSQL | raw: bench | FerretDB | PostgreSQL | raw, all reads: bench | FerretDB | PostgreSQL |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const cpu = (figures: SideFigures, group: string) => ((figures.cpuPerRun[group] ?? 0) * 1000).toFixed(1);
  for (const read of report.cases) {
    const { gateway, function: fn, raw, rawAll } = read.figures;
    lines.push(
      `| ${read.need.province} | ${cpu(gateway, 'gateway')} | ${cpu(gateway, 'ferretdb')} | ${cpu(gateway, 'postgres')} | ${cpu(fn, 'bench')} | ${cpu(fn, 'ferretdb')} | ${cpu(fn, 'postgres')} | ${cpu(raw, 'bench')} | ${cpu(raw, 'ferretdb')} | ${cpu(raw, 'postgres')} | ${cpu(rawAll, 'bench')} | ${cpu(rawAll, 'ferretdb')} | ${cpu(rawAll, 'postgres')} |`,
    );
  }
  const memory = (m: Memory) => (m ? `${m.rssMb} MB resident (peak ${m.peakMb} MB)` : 'gone');
  lines.push(
    `\nMemory: gateway when ready ${memory(report.memory.gatewayReady)}, after the runs ${memory(report.memory.gatewayEnd)}; the bench process (seed folded in memory, the function side) ${memory(report.memory.bench)}.`,
  );
  console.log(lines.join('\n'));
}
