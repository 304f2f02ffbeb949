import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type PrivateServer = 'kafka' | 'ferretdb';

// Not @tn/shared-testing's workspaceRoot: only spec files may import the testing library.
const deployLocal = path.resolve(__dirname, '../../../deploy/local');
const pidFiles: Record<PrivateServer, string> = { kafka: 'kafka/kafka.pid', ferretdb: 'ferretdb/ferretdb.pid' };

/**
 * A Kafka and a FerretDB of deploy/local for one suite alone (own run folder, free ports), so it
 * may kill them without disturbing the shared servers other suites use. The scripts run
 * asynchronously: a service in this process keeps running (and reconnecting) meanwhile.
 */
export class PrivateServers {
  private constructor(
    private readonly env: Record<string, string>,
    readonly kafkaBrokers: string,
    readonly mongoUrl: string,
  ) {}

  static async start(): Promise<PrivateServers> {
    const reserved = await Promise.all([listen(), listen(), listen(), listen()]);
    const [kafka, controller, mongo, postgres] = reserved.map((server) => (server.address() as { port: number }).port);
    await Promise.all(reserved.map(close));
    const servers = new PrivateServers(
      {
        TN_RUN_DIR: mkdtempSync(path.join(tmpdir(), 'tn-resilience-')),
        TN_KAFKA_PORT: String(kafka),
        TN_KAFKA_CONTROLLER_PORT: String(controller),
        TN_MONGO_PORT: String(mongo),
        TN_POSTGRES_PORT: String(postgres),
      },
      `127.0.0.1:${kafka}`,
      `mongodb://127.0.0.1:${mongo}/`,
    );
    await servers.up();
    return servers;
  }

  /** Start whichever server is not running (data kept); resolves once both answer. */
  up(): Promise<void> {
    return this.script('up');
  }

  /** kill -9 one server by its recorded pid, and wait until it is gone. */
  async kill(server: PrivateServer): Promise<void> {
    const pid = Number(readFileSync(path.join(this.env['TN_RUN_DIR'] ?? '', pidFiles[server]), 'utf8'));
    process.kill(pid, 'SIGKILL');
    for (const deadline = Date.now() + 10_000; alive(pid);) {
      if (Date.now() > deadline) throw new Error(`${server} (pid ${pid}) still alive 10 s after SIGKILL`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stop both servers and remove their run folder. */
  async stop(): Promise<void> {
    await this.script('down');
    rmSync(this.env['TN_RUN_DIR'] ?? '', { recursive: true, force: true });
  }

  private script(name: 'up' | 'down'): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn('bash', [path.join(deployLocal, `${name}.sh`)], {
        env: { ...process.env, ...this.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`deploy/local/${name}.sh failed (exit ${String(code)}):\n${output}`));
      });
    });
  }
}

function listen(): Promise<Server> {
  const server = createServer();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
