import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { ServiceConfig } from '@tn/shared-config';
import type { ServiceDefinition } from '@tn/shared-service-kit';
import { workspaceRoot } from '../infra/paths';
import { isolatedSuite } from './isolation';
import { startServiceUnderTest, waitUntilReady } from './service-harness';

/**
 * What every app must do (issue: foundation): boot against real Kafka and MongoDB, report
 * ready, expose Prometheus metrics, and refuse to start on a bad environment.
 */
export async function expectServiceBootsReadyWithMetrics<C extends ServiceConfig>(definition: ServiceDefinition<C>): Promise<void> {
  // Its own topics and consumer groups: under the platform's own names the check would move the
  // groups of a running `./dev up` (e.g. a service's registry feed) past events it never stored.
  const suite = isolatedSuite(`boot ${definition.service}`);
  const service = await startServiceUnderTest(definition, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
  try {
    const live = await fetch(`${service.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await waitUntilReady(service.baseUrl);
    expect(ready.dependencies.slice(0, 2).map((d) => [d.name, d.up])).toEqual([
      ['kafka', true],
      ['mongodb', true],
    ]);
    // Alone, a gateway sees no service behind it: those entries only degrade it (they are checked end to end).
    expect(ready.dependencies.filter((d) => !d.degradesOnly).every((d) => d.up)).toBe(true);
    // Metrics are served on their own port only.
    expect((await fetch(`${service.baseUrl}/metrics`)).status).toBe(404);
    const metrics = await (await fetch(`${service.metricsUrl}/metrics`)).text();
    expect(metrics).toContain(`tn_dependency_up{dependency="kafka",service="${definition.service}"} 1`);
    expect(metrics).toContain(`tn_dependency_up{dependency="mongodb",service="${definition.service}"} 1`);
    expect(metrics).toMatch(/tn_http_request_duration_seconds_count\{[^}]*route="\/health\/ready"/);
    expect(metrics).toContain('tn_process_cpu_seconds_total');
  } finally {
    await service.stop();
    await suite.cleanUp();
  }
}

/**
 * Run the app's real entry point (`node -r @swc-node/register src/main.ts`) with `env` and
 * return how it ended. Used to show that a bad environment stops start-up with a clear message.
 */
export function runMainWith(appName: string, env: Record<string, string>): { exitCode: number | null; stderr: string } {
  const root = workspaceRoot();
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(root, 'apps', appName, 'src', 'main.ts')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
  });
  return { exitCode: result.status, stderr: result.stderr };
}

export function expectStartupRefused(appName: string, env: Record<string, string>, variable: string): void {
  const { exitCode, stderr } = runMainWith(appName, env);
  expect(exitCode).toBe(1);
  const line = JSON.parse(stderr.trim().split('\n').pop() ?? '{}') as { level: number; msg: string; problems: { variable: string }[] };
  expect(line.level).toBe(60); // pino "fatal"
  expect(line.msg).toContain(`${appName}: invalid configuration`);
  expect(line.problems.map((p) => p.variable)).toContain(variable);
}
