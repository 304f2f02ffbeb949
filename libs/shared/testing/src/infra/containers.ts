import type { InfraUrls } from './infra-urls';

interface Stoppable {
  stop(): Promise<unknown>;
}

/** Kafka (KRaft) and MongoDB (single-node replica set) in containers, for machines with Docker. */
export async function startContainers(): Promise<{ urls: InfraUrls; containers: Stoppable[] }> {
  const { KafkaContainer } = await import('@testcontainers/kafka');
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  const [kafka, mongo] = await Promise.all([new KafkaContainer('confluentinc/cp-kafka:7.9.1').withKraft().start(), new MongoDBContainer('mongo:8.0').start()]);
  return {
    urls: {
      kafkaBrokers: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
      mongoUrl: `${mongo.getConnectionString()}/?directConnection=true`,
    },
    containers: [kafka, mongo],
  };
}
