import { readdirSync, readFileSync } from 'node:fs';

/** Memory and CPU of processes, from /proc (Linux): what each service holds, and who was busy. */

/** Resident memory now and at its peak, in MB (VmRSS, VmHWM); undefined once the process is gone. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return undefined;
  }
}

const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by each process of a group: the named pids, and processes by command name (FerretDB, PostgreSQL, Kafka's JVM). */
export function cpuSeconds(pids: Record<string, number | undefined>, commands: Record<string, RegExp>): Map<number, { group: string; seconds: number }> {
  const sample = new Map<number, { group: string; seconds: number }>();
  const byPid = new Map(Object.entries(pids).flatMap(([name, pid]) => (pid ? [[pid, name] as const] : [])));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime
    const group = byPid.get(Number(entry)) ?? Object.entries(commands).find(([, pattern]) => pattern.test(comm))?.[0];
    if (group) sample.set(Number(entry), { group, seconds });
  }
  return sample;
}

/**
 * CPU seconds each group used between two samples, with the wall time: the share of a core each
 * kept busy. A process that started in between counts whole; one that ended in between is missed
 * (PostgreSQL ends a backend when its connection closes), so a group's figure is a lower bound.
 */
export function cpuShares(
  before: Map<number, { seconds: number }>,
  after: Map<number, { group: string; seconds: number }>,
  wallMs: number,
): Record<string, string> {
  const used: Record<string, number> = {};
  for (const [pid, { group, seconds }] of after) used[group] = (used[group] ?? 0) + seconds - (before.get(pid)?.seconds ?? 0);
  return Object.fromEntries(
    Object.entries(used).map(([group, seconds]) => [group, `${Math.round(seconds)} s (${Math.round((seconds / (wallMs / 1000)) * 100)} % of a core)`]),
  );
}
