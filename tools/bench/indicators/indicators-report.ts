import type { SideFigures } from '../network/timed-sides';
import type { RawFactWrites } from './raw-fact-writes';
import type { ReportingRebuild } from './reporting-rebuild';
import type { IndicatorSeedResult } from './seed-indicators';
import type { ValueLatency } from './value-latency';
import type { ValueRow } from './indicator-requests';

/** The indicator benchmark's figures, and the table docs/benchmarks.md shows. */

export type CountrySide = 'graphql' | 'function' | 'raw' | 'rawEveryFact';

export interface CountryValue {
  indicatorId: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export interface CountryFigures {
  period: string;
  structureDate: string;
  roots: number;
  requests: number;
  /** Units whose facts the roots read (attributed to their subtrees). */
  unitsRead: number;
  /** The raw side's finds and the documents they returned, per country evaluation. */
  finds: number;
  documents: number;
  everyFactDocuments: number;
  values: CountryValue[];
  figures: Record<CountrySide, SideFigures>;
  /** The function's time spent reading and evaluating, summed over the roots (mean per run). */
  functionSplit: { readsMs: number; evaluateMs: number; activities: number };
}

type Memory = { rssMb: number; peakMb: number } | undefined;

export interface IndicatorReport {
  scale: number;
  store: string;
  loadAverage: Record<string, number[]>;
  uptime: { start: string; end?: string };
  shape: Record<string, number>;
  seed: IndicatorSeedResult;
  registryReadyMs?: number;
  rebuild?: ReportingRebuild & { raw: { consume: { events: number; eventsPerSecond: number }; facts: RawFactWrites } };
  country?: CountryFigures;
  latency?: ValueLatency;
  memory?: Record<string, Memory>;
  runs: number;
  warmUp: number;
}

const thousands = (n: number) => Math.round(n).toLocaleString('en');
const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${thousands(ms)} ms`);
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
const load = (values: number[] | undefined) => values?.map((value) => value.toFixed(2)).join(' / ') ?? '?';

/** The country's value of each indicator from the provinces' rows: ratios and coverage from summed parts, counts summed. */
export function countryTotals(rows: readonly ValueRow[], indicatorIds: readonly string[]): CountryValue[] {
  return indicatorIds.map((indicatorId) => {
    const mine = rows.filter((row) => row.indicatorId === indicatorId);
    if (mine.every((row) => row.denominator === null)) return { indicatorId, value: mine.reduce((sum, row) => sum + (row.value ?? 0), 0) };
    const numerator = mine.reduce((sum, row) => sum + (row.numerator ?? 0), 0);
    const denominator = mine.reduce((sum, row) => sum + (row.denominator ?? 0), 0);
    return { indicatorId, value: denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null, numerator, denominator };
  });
}

export function printReport(report: IndicatorReport): void {
  const lines: string[] = [];
  const { shape, seed } = report;
  lines.push(`\nIndicator engine on ${report.store}, BENCH_SCALE ${report.scale}`);
  lines.push(
    `load average (1 / 5 / 15 min): ${Object.entries(report.loadAverage)
      .map(([when, values]) => `${when} ${load(values)}`)
      .join('; ')}`,
  );
  lines.push(`uptime at the start: ${report.uptime.start}`);
  lines.push(`uptime at the end:   ${report.uptime.end ?? '?'}`);
  lines.push(
    `Dataset: ${Object.entries(shape)
      .map(([name, n]) => `${thousands(n)} ${name}`)
      .join(', ')}.`,
  );
  lines.push(
    `Seeded ${thousands(seed.events)} events in ${thousands(seed.commits)} commits (${seed.parts.map((part) => `${part.name} ${thousands(part.events)}`).join(', ')}) in ${seconds(seed.ms)}, all published after ${seconds(seed.publishedMs)} (${thousands((seed.events / seed.publishedMs) * 1000)} events/s).`,
  );
  const rows: string[][] = [];
  const rebuild = report.rebuild;
  if (rebuild) {
    const { reporting, raw } = rebuild;
    rows.push([
      'rebuild of the facts (reporting group, five topics)',
      `${thousands(reporting.eventsPerSecond)} events/s (${thousands(reporting.events)} in ${seconds(reporting.ms)})`,
      `${thousands(raw.consume.eventsPerSecond)} events/s (kafkajs + one upsert per event, ${thousands(raw.consume.events)} events); ${thousands(raw.facts.insertPerSecond)} documents/s (insertMany of the ${thousands(raw.facts.documents)} fact documents)`,
      `${ratio(reporting.eventsPerSecond, raw.consume.eventsPerSecond)} of the consume limit`,
      '–',
    ]);
  }
  const country = report.country;
  if (country) {
    const { graphql, function: fn, raw, rawEveryFact } = country.figures;
    rows.push([
      `K1–K5 (9 ids) for the country, ${country.period}: GraphQL, ${country.requests} requests at once`,
      `p50 ${seconds(graphql.p50)}, p99 ${seconds(graphql.p99)}`,
      `raw, the same ${thousands(country.finds)} finds: p50 ${seconds(raw.p50)}, p99 ${seconds(raw.p99)}`,
      `${ratio(graphql.p50, raw.p50)} / ${ratio(graphql.p99, raw.p99)}`,
      '< 5 s',
    ]);
    rows.push([
      '… the resolver body in the bench process (function)',
      `p50 ${seconds(fn.p50)}, p99 ${seconds(fn.p99)}`,
      `raw, every fact document (${thousands(country.everyFactDocuments)}, ${country.figures.rawEveryFact.runs} runs): p50 ${seconds(rawEveryFact.p50)}, p99 ${seconds(rawEveryFact.p99)}`,
      `${ratio(fn.p50, raw.p50)} / ${ratio(fn.p99, raw.p99)} of raw`,
      '',
    ]);
  }
  const latency = report.latency;
  if (latency) {
    rows.push([
      `one new activity → its commune's K2/K3 updated (${latency.samples} samples)`,
      `p50 ${thousands(latency.total.p50)} ms, p99 ${thousands(latency.total.p99)} ms (max ${thousands(latency.total.max)})`,
      `append p50 ${latency.append.p50} ms, p99 ${latency.append.p99} ms; one commune request p50 ${latency.request.p50} ms, p99 ${latency.request.p99} ms`,
      '',
      'p99 < 1 s',
    ]);
  }
  lines.push('\n| measure | TinhNguyen | raw on the same store | ratio | goal |');
  lines.push('|---|---:|---|---:|---|');
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  if (rebuild) {
    lines.push(
      `\nThe gateway's other projector groups at the same time: ${Object.entries(rebuild.others)
        .map(([slice, group]) => `${slice} ${thousands(group.events)} events in ${seconds(group.ms)} (${thousands(group.eventsPerSecond)}/s)`)
        .join(', ')}; all caught up ${seconds(rebuild.allMs)} after the first joined. CPU during the rebuild: ${Object.entries(rebuild.cpu)
        .map(([name, share]) => `${name} ${share}`)
        .join(', ')}. Peak memory: ${Object.entries(rebuild.peakMemoryMb)
        .map(([name, mb]) => `${name} ${mb} MB`)
        .join(', ')}.`,
    );
    lines.push(
      `Fact documents: ${Object.entries(rebuild.raw.facts.byCollection)
        .map(([name, n]) => `${name} ${thousands(n)}`)
        .join(', ')}; read back whole in ${seconds(rebuild.raw.facts.readMs)}.`,
    );
  }
  if (country) {
    lines.push(
      `\nCountry values (${country.roots} provinces, ${thousands(country.unitsRead)} units' facts read, ${thousands(country.documents)} documents per evaluation): ${country.values
        .map(
          (value) =>
            `${value.indicatorId} ${value.value ?? 'null'}${value.denominator === undefined ? '' : ` (${thousands(value.numerator!)}/${thousands(value.denominator)})`}`,
        )
        .join(', ')}.`,
    );
    lines.push(
      `Function split (mean per run, summed over the roots of ${country.requests} concurrent requests): reads ${seconds(country.functionSplit.readsMs)}, evaluation ${seconds(country.functionSplit.evaluateMs)} over ${thousands(country.functionSplit.activities)} activity documents.`,
    );
    const cpu = (side: SideFigures, group: string) => `${(side.cpuPerRun[group] ?? 0).toFixed(1)} s`;
    lines.push('\n| CPU per run | gateway | bench | FerretDB | PostgreSQL |');
    lines.push('|---|---:|---:|---:|---:|');
    for (const [name, side] of Object.entries(country.figures))
      lines.push(`| ${name} | ${cpu(side, 'gateway')} | ${cpu(side, 'bench')} | ${cpu(side, 'ferretdb')} | ${cpu(side, 'postgres')} |`);
    lines.push(
      `(Each side ran once for the check that GraphQL answers what the function does, then ${report.warmUp} more warm-up run(s), then ${report.runs} runs of each in turn.)`,
    );
  }
  if (latency)
    lines.push(
      `\nLatency: requests per sample until the value moved p50 ${latency.polls.p50}, max ${latency.polls.max} (1: the first answer after the append already showed it); timed out ${latency.timedOut}.`,
    );
  if (report.memory) {
    lines.push(
      `Memory: ${Object.entries(report.memory)
        .map(([name, m]) => `${name} ${m ? `${m.rssMb} MB resident (peak ${m.peakMb} MB)` : 'gone'}`)
        .join(', ')}.`,
    );
  }
  console.log(lines.join('\n'));
}
