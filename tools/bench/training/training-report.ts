import type { LineageShape } from './lineage-dataset';
import type { SubtreeShape } from './qualification-dataset';
import type { RawTally } from './raw-reads';
import type { StoreRates } from './store-rates';
import type { PairFigures } from './timed-runs';

/** The training benchmark's figures, and their tables as docs/benchmarks.md shows them. */

export interface ReadCase {
  name: string;
  /** What the gateway answered, in words (page size, totals). */
  answer: string;
  /** Read-model finds the gateway sent for one request (recorded in it), by collection. */
  gatewayFinds: Record<string, number>;
  raw: RawTally;
  /** The collection most of the documents come from (its scan rate bounds their transfer). */
  documentsOf: string;
  figures: PairFigures;
}

export interface TrainingReport {
  store: string;
  /** The machine's load average (1, 5, 15 min) at the start and the end: others' work shares the two cores. */
  loadAverage: { start: number[]; end?: number[] };
  lineage: LineageShape;
  subtree: SubtreeShape;
  seed: { ms: number; documents: number; byCollection: Record<string, number> };
  gatewayReadyMs: number;
  cases: ReadCase[];
  rates: StoreRates;
}

const thousands = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (n >= 100 ? thousands(n) : n.toFixed(1));
const sum = (values: Record<string, number>) => Object.values(values).reduce((total, n) => total + n, 0);

export function printReport(report: TrainingReport): void {
  const lines: string[] = [];
  const { lineage, subtree, seed, rates } = report;
  const load = (values: number[] | undefined) => values?.map((value) => value.toFixed(2)).join(' / ') ?? '?';
  lines.push(
    `\nTraining read models on ${report.store}; load average (1 / 5 / 15 min) at the start ${load(report.loadAverage.start)}, at the end ${load(report.loadAverage.end)}`,
  );
  lines.push(
    `Lineage: ${thousands(lineage.trainees)} trainees under one province trainer, per depth ${lineage.perDepth.map(thousands).join(' / ')}, ${thousands(lineage.courses)} completed courses, ${thousands(lineage.trainers)} trainers with learners.`,
  );
  lines.push(
    `Qualifications: ${thousands(subtree.cadres)} cadres (${thousands(subtree.records)} records of one kind) in a province subtree of ${thousands(subtree.units)} units (${subtree.communeIds.length} communes).`,
  );
  lines.push(
    `Seeded through the projections' evolve: ${thousands(seed.documents)} documents in ${(seed.ms / 1000).toFixed(1)} s (${thousands((seed.documents / seed.ms) * 1000)}/s, insertMany of 1,000); gateway ready ${(report.gatewayReadyMs / 1000).toFixed(1)} s after its start.`,
  );
  lines.push('\n| read | answer | finds: gateway / raw | documents | gateway p50 / p99 (ms) | raw p50 / p99 (ms) | ratio (p50) | runs |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const read of report.cases) {
    const { gateway, raw } = read.figures;
    lines.push(
      `| ${read.name} | ${read.answer} | ${thousands(sum(read.gatewayFinds))} / ${thousands(read.raw.finds)} | ${thousands(read.raw.docs)} | ${ms(gateway.p50)} / ${ms(gateway.p99)} | ${ms(raw.p50)} / ${ms(raw.p99)} | ${(gateway.p50 / raw.p50).toFixed(2)} | ${gateway.runs} |`,
    );
  }
  lines.push('\n| CPU seconds per run | gateway: gateway process | FerretDB | PostgreSQL | raw: bench process | FerretDB | PostgreSQL |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  const cpu = (figures: Record<string, number>, group: string) => (figures[group] ?? 0).toFixed(3);
  for (const read of report.cases) {
    const { gateway, raw } = read.figures;
    lines.push(
      `| ${read.name} | ${cpu(gateway.cpuPerRun, 'gateway')} | ${cpu(gateway.cpuPerRun, 'ferretdb')} | ${cpu(gateway.cpuPerRun, 'postgres')} | ${cpu(raw.cpuPerRun, 'bench')} | ${cpu(raw.cpuPerRun, 'ferretdb')} | ${cpu(raw.cpuPerRun, 'postgres')} |`,
    );
  }
  lines.push('\nThe store alone (plain driver):');
  for (const [collection, scan] of Object.entries(rates.scan)) {
    lines.push(`- whole-collection find of ${collection}: ${thousands(scan.docs)} documents at ${thousands(scan.docsPerSecond)} documents/s`);
  }
  lines.push(`- empty indexed equalities: ${thousands(rates.emptyEqualityPerSecond)}/s; _id lookups: ${thousands(rates.idLookupsPerSecond)}/s (16 at once)`);
  for (const read of report.cases) {
    const scanned = rates.scan[read.documentsOf]?.docsPerSecond ?? NaN;
    const estimate = (read.raw.finds / rates.emptyEqualityPerSecond + read.raw.docs / scanned) * 1000;
    lines.push(`- ${read.name}: finds at the empty-equality rate + documents at the scan rate ≈ ${ms(estimate)} ms (raw p50 ${ms(read.figures.raw.p50)} ms)`);
  }
  console.log(lines.join('\n'));
}
