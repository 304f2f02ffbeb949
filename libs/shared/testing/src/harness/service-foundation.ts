import type { ServiceConfig } from '@tn/shared-config';
import type { ServiceDefinition } from '@tn/shared-service-kit';
import { composeEnvironment } from './compose';
import { expectServiceBootsReadyWithMetrics, expectStartupRefused } from './service-checks';
import { TEST_CERTIFICATE_KEYS } from './service-harness';

/**
 * The foundation every app must meet, as one shared suite: it boots against the real servers,
 * reports ready and exposes metrics; a missing variable stops start-up naming it; and
 * docker-compose.yml gives it every variable its config file requires.
 */
/** What a user must export before `docker compose up` (see README). */
const COMPOSE_SECRETS = {
  DATA_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  AUTH_TOKEN_SECRET: Buffer.alloc(32, 9).toString('base64'),
  // The certificate signing pair: the campaigns service signs, the gateway verifies.
  ...TEST_CERTIFICATE_KEYS,
};

export function describeServiceFoundation<C extends ServiceConfig>(definition: ServiceDefinition<C>): void {
  const { service } = definition;
  describe(`${service} service foundation`, () => {
    it('boots against real Kafka and MongoDB, reports ready and exposes Prometheus metrics', () => expectServiceBootsReadyWithMetrics(definition));

    it('refuses to start when MONGO_URL is missing, naming the variable', () =>
      expectStartupRefused(service, { KAFKA_BROKERS: '127.0.0.1:9092' }, 'MONGO_URL'));

    it('refuses to start when KAFKA_BROKERS is malformed, naming the variable', () =>
      expectStartupRefused(service, { KAFKA_BROKERS: 'no-port-here', MONGO_URL: 'mongodb://127.0.0.1:27017' }, 'KAFKA_BROKERS'));

    it('gets every variable its config requires from docker-compose.yml (given the secrets a user exports)', () => {
      const config = definition.loadConfig(composeEnvironment(service, COMPOSE_SECRETS));
      expect(config.KAFKA_BROKERS).toEqual(['kafka:9092']);
      expect(config.MONGO_URL).toMatch(/^mongodb:\/\/mongo:27017\//);
      expect(config.MONGO_DATABASE).toBe(`tn_${service}`);
    });
  });
}
