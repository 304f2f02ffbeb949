import { resolveInfra, type ResolvedInfra } from '../infra/resolve-infra';

declare global {
  // Handed from the global setup to the global teardown (same process).
  var __tnInfra: ResolvedInfra | undefined;
}

/** Jest global setup of integration projects: find or start Kafka and MongoDB for the workers. */
export default async function globalSetup(): Promise<void> {
  const infra = await resolveInfra();
  globalThis.__tnInfra = infra;
  // Workers start after this and inherit the environment.
  process.env['KAFKA_BROKERS'] = infra.urls.kafkaBrokers;
  process.env['MONGO_URL'] = infra.urls.mongoUrl;
  process.env['TN_TEST_INFRA'] = infra.source;
  process.env['KAFKAJS_NO_PARTITIONER_WARNING'] = '1';
}
