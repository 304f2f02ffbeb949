/** How tests reach Kafka and MongoDB. */
export interface InfraUrls {
  kafkaBrokers: string;
  mongoUrl: string;
}

export type InfraSource = 'environment' | 'testcontainers' | 'local-servers';

/** Read what the Jest global setup placed in the environment for the test workers. */
export function testInfraUrls(): InfraUrls {
  const kafkaBrokers = process.env['KAFKA_BROKERS'];
  const mongoUrl = process.env['MONGO_URL'];
  if (!kafkaBrokers || !mongoUrl) {
    throw new Error(
      'KAFKA_BROKERS and MONGO_URL are not set: integration tests need the Jest global setup of ' +
        '@tn/shared-testing (projectConfig(..., { integration: true })) or both variables in the environment.',
    );
  }
  return { kafkaBrokers, mongoUrl };
}
