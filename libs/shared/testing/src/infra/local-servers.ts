import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InfraUrls } from './infra-urls';
import { localRunDir, workspaceRoot } from './paths';

/**
 * The real Kafka and FerretDB servers of deploy/local, shared by every test process of a run.
 * Each Jest process holds a lease (a file named by its pid) while it runs; the servers are
 * stopped after the last lease ends, and only if a test process started them. Servers a
 * developer (or `./dev test`) started stay up.
 */
const leasesDir = () => path.join(localRunDir(), 'test-leases');
const startedByTestsMarker = () => path.join(localRunDir(), 'started-by-tests');

function runScript(script: 'up' | 'down' | 'status'): { ok: boolean; output: string } {
  const result = spawnSync('bash', [path.join(workspaceRoot(), 'deploy', 'local', `${script}.sh`)], {
    encoding: 'utf8',
    env: process.env,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function parseUrls(output: string): InfraUrls {
  const value = (name: string) => {
    const match = new RegExp(`^${name}=(.+)$`, 'm').exec(output);
    if (!match?.[1]) throw new Error(`deploy/local/up.sh did not print ${name}:\n${output}`);
    return match[1].trim();
  };
  return { kafkaBrokers: value('KAFKA_BROKERS'), mongoUrl: value('MONGO_URL') };
}

export function acquireLocalServers(): InfraUrls {
  mkdirSync(leasesDir(), { recursive: true });
  writeFileSync(path.join(leasesDir(), String(process.pid)), '');
  const alreadyRunning = runScript('status').ok;
  const up = runScript('up');
  if (!up.ok) throw new Error(`could not start the local Kafka and FerretDB servers:\n${up.output}`);
  if (!alreadyRunning) writeFileSync(startedByTestsMarker(), String(process.pid));
  return parseUrls(up.output);
}

export function releaseLocalServers(): void {
  rmSync(path.join(leasesDir(), String(process.pid)), { force: true });
  const live = readdirSync(leasesDir()).filter((pid) => isAlive(Number(pid)));
  if (live.length > 0 || !existsSync(startedByTestsMarker())) return;
  rmSync(startedByTestsMarker(), { force: true });
  const down = runScript('down');
  if (!down.ok) throw new Error(`could not stop the local servers:\n${down.output}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
