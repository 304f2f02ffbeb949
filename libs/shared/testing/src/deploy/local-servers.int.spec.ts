import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from '../infra/paths';

const script = (name: string, env: Record<string, string>) =>
  spawnSync('bash', [path.join(workspaceRoot(), 'deploy/local', `${name}.sh`)], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });

async function listen(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
const portOf = (server: Server) => (server.address() as { port: number }).port;
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// deploy/local's promises, on a second pair of servers with their own ports and run folder:
// up starts and waits; a second up notices them; down stops both by pid; a taken port is named.
describe('deploy/local scripts', () => {
  it('starts, notices running servers, and stops them leaving no process behind', async () => {
    const reserved = await Promise.all([listen(), listen(), listen(), listen()]);
    const [kafka, controller, mongo, postgres] = reserved.map(portOf);
    await Promise.all(reserved.map(close));
    const runDir = mkdtempSync(path.join(tmpdir(), 'tn-run-'));
    const env = {
      TN_RUN_DIR: runDir,
      TN_KAFKA_PORT: String(kafka),
      TN_KAFKA_CONTROLLER_PORT: String(controller),
      TN_MONGO_PORT: String(mongo),
      TN_POSTGRES_PORT: String(postgres),
    };
    try {
      const first = script('up', env);
      expect(first.status).toBe(0);
      expect(first.stdout).toContain(`KAFKA_BROKERS=127.0.0.1:${kafka}`);
      expect(first.stdout).toContain(`MONGO_URL=mongodb://127.0.0.1:${mongo}/`);
      // FerretDB on its default backend, PostgreSQL from the npm package, run by the scripts too.
      expect(first.stdout).toContain('(postgresql backend)');
      const pids = ['kafka/kafka.pid', 'ferretdb/ferretdb.pid', 'postgres/postgres.pid'].map((f) => Number(readFileSync(path.join(runDir, f), 'utf8')));
      expect(pids.every(alive)).toBe(true);

      const second = script('up', env);
      expect(second.status).toBe(0);
      expect(second.stdout).toContain(`FerretDB is already running (pid ${pids[1]}, port ${mongo})`);
      expect(second.stdout).toContain(`Kafka is already running (pid ${pids[0]}, port ${kafka})`);
      expect(second.stdout).toContain(`PostgreSQL is already running (pid ${pids[2]}, port ${postgres})`);

      expect(script('down', env).status).toBe(0);
      expect(pids.some(alive)).toBe(false);
      expect(script('status', env).status).not.toBe(0);
    } finally {
      script('down', env);
    }
  }, 180_000);

  it('refuses to start on a port another process holds, naming the port', async () => {
    const blocker = await listen();
    const port = portOf(blocker);
    const env = { TN_MONGO_PORT: String(port), TN_RUN_DIR: mkdtempSync(path.join(tmpdir(), 'tn-run-')) };
    try {
      const up = script('up', env);
      expect(up.status).not.toBe(0);
      expect(up.stderr).toContain(`port ${port} is taken by another process; set TN_MONGO_PORT to use another port.`);
      // Checked before anything started: no PostgreSQL left behind.
      expect(existsSync(path.join(env.TN_RUN_DIR, 'postgres', 'postgres.pid'))).toBe(false);
    } finally {
      script('down', env); // nothing should be running; in case it is
      await close(blocker);
    }
  });
});
