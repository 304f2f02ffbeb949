import type { LatencyRun } from './latency';
import type { NationalShape } from './national-shape';
import type { ReadFigure } from './reads';
import type { RebuildFigures } from './rebuild-watch';
import type { SeedResult } from './seed-national';

/** The national benchmark's figures, and their tables as docs/benchmarks.md shows them. */

const thousands = (n: number) => Math.round(n).toLocaleString('en');

export interface NationalReport {
  scale: number;
  /** The machine's load average (1, 5, 15 min) when the run started and ended: others' work shares the cores. */
  loadAverage: { start: number[]; end?: number[] };
  shape: NationalShape;
  store: string;
  seed: SeedResult;
  /** Service start → ready (the campaigns service waits for its registry feed to catch up). */
  startup?: { registryReadyMs: number; campaignsReadyMs: number };
  rebuild?: RebuildFigures & { raw: { events: number; eventsPerSecond: number } };
  reads?: ReadFigure[];
  memoryMb?: Record<string, { rssMb: number; peakMb: number } | undefined>;
  latency?: LatencyRun[];
}

export function printReport(report: NationalReport, reads: { connections: number; seconds: number }): void {
  const lines: string[] = [];
  const { seed, shape } = report;
  lines.push(
    `\nNational dataset at scale ${report.scale}: ${shape.provinces} provinces, ${thousands(shape.communes)} communes, ${thousands(shape.grassroots)} grassroots units, ${thousands(shape.volunteers)} volunteers, ${thousands(shape.activities)} activities; store: ${report.store}`,
  );
  const load = (values: number[] | undefined) => values?.map((value) => value.toFixed(2)).join(' / ') ?? '?';
  lines.push(`Load average (1 / 5 / 15 min) at the start ${load(report.loadAverage.start)}, at the end ${load(report.loadAverage.end)}`);
  lines.push('\n| seeding (appendBatch) | commits | events |');
  lines.push('|---|---:|---:|');
  for (const part of seed.parts) lines.push(`| ${part.name} | ${thousands(part.commits)} | ${thousands(part.events)} |`);
  lines.push(
    `| **all, in ${(seed.ms / 1000).toFixed(1)} s** | **${thousands(seed.commits)}** (${thousands((seed.commits / seed.ms) * 1000)}/s) | **${thousands(seed.events)}** (${thousands((seed.events / seed.ms) * 1000)}/s) |`,
  );
  if (seed.publishedMs !== undefined)
    lines.push(
      `| published by the relays (outbox → Kafka) ${(seed.publishedMs / 1000).toFixed(1)} s after the first append | | ${thousands((seed.events / seed.publishedMs) * 1000)}/s |`,
    );
  if (report.startup) {
    lines.push(
      `\nReady after start: registry ${(report.startup.registryReadyMs / 1000).toFixed(1)} s, campaigns ${(report.startup.campaignsReadyMs / 1000).toFixed(1)} s (its registry feed reads the whole registry topic first)`,
    );
  }
  const { rebuild } = report;
  if (rebuild) {
    lines.push('\n| rebuild: the gateway projects the seeded topics | TinhNguyen | limit on the same servers | ratio |');
    lines.push('|---|---:|---:|---:|');
    lines.push(
      `| events/s, first projector joined → both caught up (${thousands(rebuild.events)} events in ${(rebuild.ms / 1000).toFixed(1)} s) | ${thousands(rebuild.eventsPerSecond)} | ${thousands(rebuild.raw.eventsPerSecond)} (raw consume + bulkWrite, ${thousands(rebuild.raw.events)} events) | ${(rebuild.eventsPerSecond / rebuild.raw.eventsPerSecond).toFixed(2)} |`,
    );
    for (const [group, figure] of Object.entries(rebuild.groups)) {
      lines.push(
        `| ${group}: ${thousands(figure.events)} events in ${(figure.ms / 1000).toFixed(1)} s | ${thousands((figure.events / figure.ms) * 1000)} | | |`,
      );
    }
    lines.push(
      `\nCPU during the rebuild: ${Object.entries(rebuild.cpu)
        .map(([group, share]) => `${group} ${share}`)
        .join('; ')}`,
    );
    lines.push(
      `Peak memory during the rebuild (MB): ${Object.entries(rebuild.peakMemoryMb)
        .map(([name, mb]) => `${name} ${mb}`)
        .join(', ')}`,
    );
    if (rebuild.sample) {
      lines.push(
        `The gateway's store commands during ${(rebuild.sample.windowMs / 1000).toFixed(1)} s of the registry projection (count, summed server time):`,
      );
      for (const tally of rebuild.sample.tallies) lines.push(`  ${tally.command}: ${thousands(tally.count)}, ${thousands(tally.ms)} ms`);
    }
  }
  if (report.reads) {
    lines.push(
      `\n| read (${reads.connections} connections × ${reads.seconds} s) | totalCount | reads | gateway req/s | p50 / p99 ms | raw replay req/s | p50 / p99 ms | gateway / raw | slowest read alone |`,
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of report.reads) {
      lines.push(
        `| ${r.name} | ${r.totalCount ?? '-'} | ${r.reads} | ${r.gateway.rps}${r.gateway.bad ? ` (${r.gateway.bad} bad)` : ''} | ${r.gateway.p50} / ${r.gateway.p99} | ${r.raw.rps} | ${r.raw.p50} / ${r.raw.p99} | ${r.raw.rps ? (r.gateway.rps / r.raw.rps).toFixed(2) : '-'} | ${r.slowest ? `${r.slowest.read}: ${r.slowest.ms} ms` : '-'} |`,
      );
    }
  }
  if (report.memoryMb) {
    lines.push(
      `\nMemory after the reads (resident / peak MB): ${Object.entries(report.memoryMb)
        .map(([name, m]) => `${name} ${m ? `${m.rssMb} / ${m.peakMb}` : 'gone'}`)
        .join(', ')}`,
    );
  }
  if (report.latency) {
    lines.push(
      '\n| append → projected (activities proposed, one commit each) | achieved/s | measured | p50 / p99 ms | append p50 / p99 | relay to Kafka p50 / p99 | projection p50 / p99 |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const run of report.latency) {
      lines.push(
        `| ${run.offered} events/s offered | ${run.achieved}${run.late ? ` (${run.late} late)` : ''} | ${run.measured}/${run.events} | **${run.total.p50} / ${run.total.p99}** | ${run.append.p50} / ${run.append.p99} | ${run.relay.p50} / ${run.relay.p99} | ${run.projection.p50} / ${run.projection.p99} |`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
