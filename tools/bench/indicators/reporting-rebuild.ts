import type { ChildProcess } from 'node:child_process';
import type { Kafka } from 'kafkajs';
import { sleep } from '../bench-kit';
import { committed, groupsOf, lagOf, messagesIn, topicEnds } from '../national/kafka-progress';
import { cpuSeconds, cpuShares, memoryOf } from '../national/process-stats';

/**
 * The gateway building the indicator facts from the seeded topics: its reporting slice's one
 * consumer group follows all five contexts' topics; timed from that group joining until it has
 * committed every message. The gateway's other slices (registry, campaigns, training, network)
 * project the same topics at the same time, on the same two cores and store: their groups are
 * followed too, and the CPU each process kept busy is taken from /proc.
 */

export interface GroupProgress {
  events: number;
  /** Joined → caught up. */
  ms: number;
  eventsPerSecond: number;
}

export interface ReportingRebuild {
  /** The reporting group: every message of the five topics. */
  reporting: GroupProgress;
  /** The gateway's other projector groups (each its context's topic). */
  others: Record<string, GroupProgress>;
  /** First group joining → the last caught up. */
  allMs: number;
  peakMemoryMb: Record<string, number>;
  cpu: Record<string, string>;
}

export interface RebuildWatch {
  kafka: Kafka;
  /** The run's topic prefix (its groups' too). */
  prefix: string;
  /** Each context's topic. */
  topics: Record<string, string>;
  services: Record<string, { child: ChildProcess; log: string }>;
  timeoutMs: number;
  log: (line: string) => void;
}

const SERVERS = { ferretdb: /^ferretdb$/, postgres: /^postgres/, kafka: /^java$/ };
const thousands = (n: number) => Math.round(n).toLocaleString('en');

/** The gateway's projector groups, by the context whose slice owns them (not its reply groups). */
function sliceOf(groupId: string): string | undefined {
  if (groupId.includes('-replies-')) return undefined;
  return /gateway-(registry|campaigns|training|network|reporting)-v/.exec(groupId)?.[1];
}

export async function watchReportingRebuild(watch: RebuildWatch): Promise<ReportingRebuild> {
  const admin = watch.kafka.admin();
  await admin.connect();
  const allTopics = Object.values(watch.topics);
  const topicsOf = (slice: string) => (slice === 'reporting' ? allTopics : [watch.topics[slice]!]);
  const pids = Object.fromEntries(Object.entries(watch.services).map(([name, service]) => [name, service.child.pid]));
  const started = performance.now();
  const cpuAtStart = cpuSeconds(pids, SERVERS);
  const joinedAt: Record<string, number> = {};
  const caughtUpAt: Record<string, number> = {};
  const events: Record<string, number> = {};
  const groupOf: Record<string, string> = {};
  const peak: Record<string, number> = {};
  let shownAt = 0;
  try {
    for (;;) {
      const now = performance.now();
      if (now - started > watch.timeoutMs) throw new Error(`rebuild not done after ${watch.timeoutMs / 1000}s`);
      for (const [name, service] of Object.entries(watch.services)) {
        if (service.child.exitCode !== null) throw new Error(`${name} exited with ${service.child.exitCode} during the rebuild; see ${service.log}`);
        const memory = memoryOf(service.child.pid!);
        if (memory) peak[name] = Math.max(peak[name] ?? 0, memory.peakMb);
      }
      // Listing groups asks every coordinator: only until the five have joined.
      if (Object.keys(groupOf).length < 5) {
        for (const groupId of await groupsOf(admin, watch.prefix)) {
          const slice = sliceOf(groupId);
          if (slice && !groupOf[slice]) {
            groupOf[slice] = groupId;
            joinedAt[slice] = now;
          }
        }
      }
      const ends = await topicEnds(admin, allTopics);
      const lags: string[] = [];
      for (const [slice, groupId] of Object.entries(groupOf)) {
        const topics = topicsOf(slice);
        events[slice] = topics.reduce((sum, topic) => sum + messagesIn(ends, topic), 0);
        const done = await committed(admin, groupId, topics);
        const lag = lagOf(new Map(topics.map((topic) => [topic, ends.get(topic) ?? new Map<number, number>()])), done);
        if (lag === 0 && caughtUpAt[slice] === undefined) caughtUpAt[slice] = now;
        lags.push(`${slice} lag ${thousands(lag)}`);
      }
      if (now - shownAt > 10_000) {
        shownAt = now;
        watch.log(`rebuild: ${lags.join(', ') || 'no projector group yet'}`);
      }
      if (Object.keys(groupOf).length >= 5 && Object.keys(caughtUpAt).length >= 5) break;
      await sleep(250);
    }
  } finally {
    await admin.disconnect();
  }
  const progressOf = (slice: string): GroupProgress => {
    const ms = caughtUpAt[slice]! - joinedAt[slice]!;
    return { events: events[slice]!, ms: Math.round(ms), eventsPerSecond: Math.round((events[slice]! / ms) * 1000) };
  };
  const slices = Object.keys(groupOf);
  return {
    reporting: progressOf('reporting'),
    others: Object.fromEntries(slices.filter((slice) => slice !== 'reporting').map((slice) => [slice, progressOf(slice)])),
    allMs: Math.round(Math.max(...slices.map((slice) => caughtUpAt[slice]!)) - Math.min(...slices.map((slice) => joinedAt[slice]!))),
    peakMemoryMb: peak,
    cpu: cpuShares(cpuAtStart, cpuSeconds(pids, SERVERS), performance.now() - started),
  };
}
