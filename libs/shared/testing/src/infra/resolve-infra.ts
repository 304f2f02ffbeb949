import { startContainers } from './containers';
import { dockerEngineAnswers } from './docker';
import type { InfraSource, InfraUrls } from './infra-urls';
import { acquireLocalServers, releaseLocalServers } from './local-servers';

export interface ResolvedInfra {
  source: InfraSource;
  urls: InfraUrls;
  release(): Promise<void>;
}

/**
 * Where integration tests find Kafka and MongoDB, in this order:
 * 1. KAFKA_BROKERS and MONGO_URL from the environment (nothing is started or stopped);
 * 2. testcontainers, when a Docker engine answers;
 * 3. the real local servers of deploy/local (Kafka on the JDK, FerretDB), started once per run.
 */
export async function resolveInfra(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedInfra> {
  const kafkaBrokers = env['KAFKA_BROKERS'];
  const mongoUrl = env['MONGO_URL'];
  if (kafkaBrokers && mongoUrl) {
    return { source: 'environment', urls: { kafkaBrokers, mongoUrl }, release: async () => undefined };
  }
  if (kafkaBrokers || mongoUrl) {
    throw new Error('set both KAFKA_BROKERS and MONGO_URL, or neither (then tests provide the servers)');
  }
  if (env['TN_TEST_NO_DOCKER'] !== 'true' && (await dockerEngineAnswers())) {
    const { urls, containers } = await startContainers();
    return {
      source: 'testcontainers',
      urls,
      release: async () => {
        await Promise.all(containers.map((c) => c.stop()));
      },
    };
  }
  const urls = acquireLocalServers();
  return { source: 'local-servers', urls, release: async () => releaseLocalServers() };
}
