import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { ServiceConfig } from '@tn/shared-config';
import { createService, MetricsServer, type ServiceDefinition } from '@tn/shared-service-kit';
import { testInfraUrls } from '../infra/infra-urls';

/** The auth secret of services started by this test process (for tests that sign tokens themselves). */
export const TEST_AUTH_TOKEN_SECRET = randomBytes(32).toString('base64');
export const TEST_CERTIFICATE_KEYS = ((pair) => ({
  CERTIFICATE_SIGNING_KEY: pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  CERTIFICATE_VERIFY_KEY: pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
}))(generateKeyPairSync('ed25519'));

export interface RunningService {
  app: INestApplication;
  baseUrl: string;
  /** The metrics port's URL (`${metricsUrl}/metrics`): not the public one. */
  metricsUrl: string;
  stop(): Promise<void>;
}

/**
 * Start a service in-process the way `main.ts` does (same definition, config validated from an
 * environment), on a free port. `env` overrides the test infrastructure's URLs and defaults.
 */
export async function startServiceUnderTest<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  env: Record<string, string | undefined> = {},
): Promise<RunningService> {
  const { kafkaBrokers, mongoUrl } = testInfraUrls();
  const config = definition.loadConfig({
    KAFKA_BROKERS: kafkaBrokers,
    MONGO_URL: mongoUrl,
    LOG_LEVEL: process.env['TN_TEST_LOG_LEVEL'] ?? 'warn',
    NODE_ENV: 'test',
    READINESS_TIMEOUT_MS: '1500',
    // Any free port: suites start several services in one process.
    METRICS_PORT: '0',
    // Services that write events need a key-encryption key; others ignore it.
    DATA_KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    // Shared by every service this test process starts (the gateway verifies what the registry signs).
    AUTH_TOKEN_SECRET: TEST_AUTH_TOKEN_SECRET,
    ...TEST_CERTIFICATE_KEYS,
    ...env,
  });
  const app = await createService(definition, config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, baseUrl, metricsUrl: app.get(MetricsServer).url, stop: () => app.close() };
}

export interface ReadinessBody {
  status: string;
  ready: boolean;
  dependencies: { name: string; up: boolean; error?: string; degradesOnly?: boolean }[];
}

export async function fetchReadiness(baseUrl: string): Promise<{ httpStatus: number; body: ReadinessBody }> {
  const res = await fetch(`${baseUrl}/health/ready`);
  return { httpStatus: res.status, body: (await res.json()) as ReadinessBody };
}

/** Poll readiness until it reports ready, or fail with the last report after `timeoutMs`. */
export async function waitUntilReady(baseUrl: string, timeoutMs = 30_000): Promise<ReadinessBody> {
  const deadline = Date.now() + timeoutMs;
  let last: ReadinessBody | undefined;
  while (Date.now() < deadline) {
    const { httpStatus, body } = await fetchReadiness(baseUrl);
    if (httpStatus === 200 && body.ready) return body;
    last = body;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`service at ${baseUrl} not ready after ${timeoutMs} ms: ${JSON.stringify(last)}`);
}
