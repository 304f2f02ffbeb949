import type { ChildProcess } from 'node:child_process';
import type { Kafka } from 'kafkajs';
import { sleep } from '../bench-kit';
import { type CommandTally, tallyLastWindow, toggleRecording } from './command-replay';
import { committed, groupsOf, lagOf, messagesIn, topicEnds } from './kafka-progress';
import { cpuSeconds, cpuShares, memoryOf } from './process-stats';

/**
 * The gateway rebuilding its read models from the seeded topics: from its first projector group
 * joining until both groups have committed every message; the services' peak memory meanwhile,
 * the CPU each process kept busy, and a sample of what the gateway asked of the store.
 */

export interface RebuildFigures {
  events: number;
  /** The gateway's first projector joining its group → the last one caught up. */
  ms: number;
  eventsPerSecond: number;
  /** Each projector group: events of its topic, joined → caught up. */
  groups: Record<string, { events: number; ms: number }>;
  peakMemoryMb: Record<string, number>;
  cpu: Record<string, string>;
  /** What the gateway asked of the store during SAMPLE_MS of the registry projector's work. */
  sample?: { windowMs: number; tallies: CommandTally[] };
}

export interface RebuildWatch {
  kafka: Kafka;
  /** The run's topic prefix (its groups' too). */
  prefix: string;
  topics: { registry: string; campaigns: string };
  services: Record<string, { child: ChildProcess; log: string }>;
  /** The gateway's command log (record-commands.ts). */
  commandLog: string;
  timeoutMs: number;
  log: (line: string) => void;
}

const SAMPLE_MS = 10_000;
/** The processes whose CPU the report shows beside the services: the servers by command name (they serve others too). */
const SERVERS = { ferretdb: /^ferretdb$/, postgres: /^postgres/, kafka: /^java$/ };
const thousands = (n: number) => Math.round(n).toLocaleString('en');

/** The gateway's projector groups (not its reply groups). */
export const isProjectorGroup = (groupId: string) => !groupId.includes('-replies-') && /gateway-(registry|campaigns)/.test(groupId);

/** Records the gateway's store commands for SAMPLE_MS (see record-commands.ts). */
async function sampleCommands(commandLog: string): Promise<{ windowMs: number; tallies: CommandTally[] }> {
  await toggleRecording(commandLog);
  await sleep(SAMPLE_MS);
  await toggleRecording(commandLog);
  const { windowMs, tallies } = tallyLastWindow(commandLog);
  return { windowMs: Math.round(windowMs), tallies: tallies.slice(0, 10).map((t) => ({ ...t, ms: Math.round(t.ms) })) };
}

export async function watchRebuild(watch: RebuildWatch): Promise<RebuildFigures> {
  const { topics, prefix } = watch;
  const topicOf = (groupId: string) => (groupId.includes('registry') ? topics.registry : topics.campaigns);
  const admin = watch.kafka.admin();
  await admin.connect();
  const pids = Object.fromEntries(Object.entries(watch.services).map(([name, service]) => [name, service.child.pid]));
  const started = performance.now();
  const cpuAtStart = cpuSeconds(pids, SERVERS);
  const joinedAt: Record<string, number> = {};
  const caughtUpAt: Record<string, number> = {};
  const events: Record<string, number> = {};
  const peak: Record<string, number> = {};
  let sampling: Promise<RebuildFigures['sample']> | undefined;
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
      const ends = await topicEnds(admin, [topics.registry, topics.campaigns]);
      const lags: string[] = [];
      // Listing groups asks every coordinator: only until both projectors have joined.
      const groups = Object.keys(joinedAt).length >= 2 ? Object.keys(joinedAt) : (await groupsOf(admin, prefix)).filter(isProjectorGroup);
      for (const groupId of groups) {
        const topic = topicOf(groupId);
        joinedAt[groupId] ??= now;
        events[groupId] = messagesIn(ends, topic);
        const done = await committed(admin, groupId, [topic]);
        const lag = lagOf(new Map([[topic, ends.get(topic) ?? new Map<number, number>()]]), done);
        // Once the registry projector is under way, what it asks of the store (it is the slower one).
        const moving = [...(done.get(topic)?.values() ?? [])].some((offset) => offset > 0);
        if (!sampling && groupId.includes('gateway-registry') && moving && lag > 1_000) sampling = sampleCommands(watch.commandLog);
        if (lag === 0 && caughtUpAt[groupId] === undefined) caughtUpAt[groupId] = now;
        lags.push(`${groupId.slice(prefix.length)} lag ${thousands(lag)}`);
      }
      if (now - shownAt > 5_000) {
        shownAt = now;
        watch.log(`rebuild: ${lags.join(', ') || 'no projector group yet'}`);
      }
      if (Object.keys(joinedAt).length >= 2 && Object.keys(caughtUpAt).length >= 2) break;
      await sleep(250);
    }
  } finally {
    await admin.disconnect();
  }
  const sample = await sampling;
  const groups = Object.keys(joinedAt);
  const from = Math.min(...groups.map((groupId) => joinedAt[groupId]!));
  const to = Math.max(...groups.map((groupId) => caughtUpAt[groupId]!));
  const total = groups.reduce((sum, groupId) => sum + events[groupId]!, 0);
  return {
    events: total,
    ms: Math.round(to - from),
    eventsPerSecond: Math.round((total / (to - from)) * 1000),
    groups: Object.fromEntries(
      groups.map((groupId) => [groupId.slice(prefix.length), { events: events[groupId]!, ms: Math.round(caughtUpAt[groupId]! - joinedAt[groupId]!) }]),
    ),
    peakMemoryMb: peak,
    cpu: cpuShares(cpuAtStart, cpuSeconds(pids, SERVERS), performance.now() - started),
    ...(sample ? { sample } : {}),
  };
}
