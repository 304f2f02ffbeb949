/**
 * What the suite kills and how it comes back. Services and the gateway: kill -9 of the process in
 * the services' .pid file, then the supervisor (scripts/supervise.sh) starts a new one and
 * rewrites the file; nothing here restarts them. Kafka and FerretDB: kill -9, a pause, then
 * deploy/local/up.sh on the same run folder (data kept), as an operator or compose would.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Kind } from './workload';

export const SERVICES = ['registry', 'training', 'campaigns', 'network', 'reporting', 'gateway'] as const;
export const ALL_TARGETS = ['registry', 'training', 'campaigns', 'network', 'reporting', 'gateway', 'kafka', 'store'] as const;

export interface Target {
  name: string;
  /** Recovered when a mutation of each kind succeeds after the restart; or, for services without mutations, when /health/ready answers 200. */
  recovery: { kinds: readonly Kind[] } | { healthUrl: string };
  /** Kills the process; returns its pid and when. */
  kill(): Promise<{ pid: number; killedAt: number }>;
  /** Waits until it is back (a new supervised pid, or up.sh returned); returns when that was (epoch ms). */
  restarted(killed: { pid: number; killedAt: number }, timeoutMs: number): Promise<number>;
}

export interface TargetSettings {
  repoRoot: string;
  /** The services' run folder (TN_SERVICES_RUN_DIR): pid files and logs. */
  servicesRunDir: string;
  /** The servers' run folder (TN_RUN_DIR): kafka/kafka.pid, ferretdb/ferretdb.pid. */
  serversRunDir: string;
  portOf: (service: string) => number;
  /** How long Kafka or FerretDB stays down before up.sh brings it back. */
  serverDownMs: number;
  /** Where up.sh's output goes. */
  log: (line: string) => void;
}

/** up.sh runs in progress, stopped if the suite is interrupted (a server started after the shut-down would be left running). */
const running = new Set<ReturnType<typeof spawn>>();
export function stopChildren(): void {
  for (const child of running) child.kill('SIGTERM');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function killPidFile(file: string): { pid: number; killedAt: number } {
  const pid = readPid(file);
  if (pid === undefined || !alive(pid)) throw new Error(`nothing to kill: no live process in ${path.basename(file)}`);
  process.kill(pid, 'SIGKILL');
  return { pid, killedAt: Date.now() };
}

const RECOVERY_KINDS: Record<string, readonly Kind[]> = {
  registry: ['unit'],
  campaigns: ['activity'],
  gateway: ['unit', 'activity'],
  kafka: ['unit', 'activity'],
  store: ['unit', 'activity'],
};

function serviceTarget(name: string, settings: TargetSettings): Target {
  const pidFile = path.join(settings.servicesRunDir, `${name}.pid`);
  return {
    name,
    recovery: RECOVERY_KINDS[name] ? { kinds: RECOVERY_KINDS[name] } : { healthUrl: `http://127.0.0.1:${settings.portOf(name)}/health/ready` },
    kill: async () => killPidFile(pidFile),
    async restarted(killed, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const pid = readPid(pidFile);
        if (pid !== undefined && pid !== killed.pid && alive(pid)) {
          // The supervisor writes the file right after starting the process: its time is the restart's.
          return Math.max(killed.killedAt, statSync(pidFile).mtimeMs);
        }
        if (existsSync(path.join(settings.servicesRunDir, `${name}.failed`)))
          throw new Error(`the supervisor of ${name} gave up (crash loop); see ${name}.failed in the services' run folder`);
        await sleep(50);
      }
      throw new Error(`${name} was not restarted within ${timeoutMs / 1000} s`);
    },
  };
}

function serverTarget(name: 'kafka' | 'store', settings: TargetSettings): Target {
  const pidFile = path.join(settings.serversRunDir, name === 'kafka' ? 'kafka/kafka.pid' : 'ferretdb/ferretdb.pid');
  return {
    name,
    recovery: { kinds: RECOVERY_KINDS[name] ?? [] },
    kill: async () => killPidFile(pidFile),
    async restarted(killed, timeoutMs) {
      while (alive(killed.pid)) await sleep(50);
      await sleep(Math.max(0, killed.killedAt + settings.serverDownMs - Date.now()));
      const code = await new Promise<number | null>((resolve, reject) => {
        // Same environment, so the same run folder and ports (TN_RUN_DIR, TN_KAFKA_PORT, TN_MONGO_PORT …).
        const child = spawn('bash', [path.join(settings.repoRoot, 'deploy/local/up.sh')], {
          cwd: settings.repoRoot,
          env: process.env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        running.add(child);
        const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
        const forward = (chunk: Buffer) =>
          chunk
            .toString()
            .split('\n')
            .filter((line) => line && !line.includes('='))
            .forEach((line) => settings.log(`  ${line}`));
        child.stdout.on('data', forward);
        child.stderr.on('data', forward);
        child.on('error', reject);
        child.on('exit', (exitCode) => {
          running.delete(child);
          clearTimeout(timer);
          resolve(exitCode);
        });
      });
      if (code !== 0) throw new Error(`deploy/local/up.sh could not bring ${name} back (exit ${code})`);
      return Date.now();
    },
  };
}

export function targetOf(name: string, settings: TargetSettings): Target {
  if (name === 'kafka' || name === 'store') return serverTarget(name, settings);
  if ((SERVICES as readonly string[]).includes(name)) return serviceTarget(name, settings);
  throw new Error(`unknown chaos target ${name} (known: ${ALL_TARGETS.join(', ')})`);
}

/** How many restarts each service's supervisor has made so far (its log has one line per restart). */
export function restartCounts(servicesRunDir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const service of SERVICES) {
    try {
      counts[service] = readFileSync(path.join(servicesRunDir, `${service}.supervisor.log`), 'utf8')
        .split('\n')
        .filter((line) => line.includes('restart attempt')).length;
    } catch {
      counts[service] = 0;
    }
  }
  return counts;
}

/** Services whose supervisor has exited (gave up, or was stopped). */
export function deadSupervisors(servicesRunDir: string): string[] {
  return SERVICES.filter((service) => {
    const pid = readPid(path.join(servicesRunDir, `${service}.supervisor.pid`));
    return pid === undefined || !alive(pid);
  });
}
