// The supervisor `./dev up` runs each service under: restarts what dies, gives up on a crash loop,
// and stops without restarting when asked. Driven with a tiny stand-in for a service.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { workspaceRoot } from '../infra/paths';

const supervise = (runDir: string, command: string[], env: Record<string, string> = {}): ChildProcess =>
  spawn('bash', [path.join(workspaceRoot(), 'scripts/supervise.sh'), runDir, 'demo', '--', ...command], {
    env: { ...process.env, TN_RESTART_MAX_DELAY: '1', ...env },
    stdio: 'ignore',
  });
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
async function until<T>(probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const pidIn = (runDir: string) => Number(read(path.join(runDir, 'demo.pid')).trim()) || undefined;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('scripts/supervise.sh', () => {
  it('restarts a killed service, logs the signal and attempt, and stops both on TERM', async () => {
    const runDir = mkdtempSync(path.join(tmpdir(), 'tn-supervise-'));
    const supervisor = supervise(runDir, ['sleep', '60']);
    const first = await until(() => pidIn(runDir));
    process.kill(first, 'SIGKILL');
    const second = await until(() => {
      const pid = pidIn(runDir);
      return pid && pid !== first ? pid : undefined;
    });
    expect(alive(second)).toBe(true);
    expect(read(path.join(runDir, 'demo.log'))).toMatch(/demo: killed by signal SIGKILL; restart attempt 1 in 1s/);

    supervisor.kill('SIGTERM');
    expect(await exited(supervisor)).toBe(0);
    expect(alive(second)).toBe(false);
    expect(read(path.join(runDir, 'demo.log'))).not.toMatch(/restart attempt 2/);
  }, 30_000);

  it('gives up on a crash loop, keeping the log tail in the .failed file', async () => {
    const runDir = mkdtempSync(path.join(tmpdir(), 'tn-supervise-'));
    const supervisor = supervise(runDir, ['bash', '-c', 'echo boom-$RANDOM; exit 3'], { TN_RESTART_LIMIT: '2' });
    expect(await exited(supervisor)).toBe(1);
    const log = read(path.join(runDir, 'demo.log'));
    expect(log.match(/^boom-/gm)).toHaveLength(3);
    expect(log).toMatch(/demo: exit code 3; 2 restarts within 300s: crash loop, giving up/);
    expect(read(path.join(runDir, 'demo.failed'))).toMatch(/boom-/);
    expect(read(path.join(runDir, 'demo.state'))).toMatch(/^failed after 2 restarts \(exit code 3\)/);
    expect(existsSync(path.join(runDir, 'demo.pid'))).toBe(false);
  }, 30_000);
});

describe('docker-compose.yml', () => {
  it('restarts every service and server that stops unexpectedly', () => {
    // `merge: true` resolves the `<<: *service` keys as docker compose does.
    const compose = parse(readFileSync(path.join(workspaceRoot(), 'docker-compose.yml'), 'utf8'), { merge: true });
    const services = compose.services as Record<string, { restart?: string }>;
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['kafka', 'mongo', 'gateway', 'registry']));
    for (const [name, definition] of Object.entries(services)) {
      expect([name, definition.restart]).toEqual([name, expect.stringMatching(/^(unless-stopped|on-failure|always)/)]);
    }
  });
});
