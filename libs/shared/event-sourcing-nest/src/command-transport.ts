import type { INestApplication } from '@nestjs/common';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { ensureTopics } from '@tn/shared-event-bus';
import { commandTopicOf } from '@tn/shared-event-contracts';
import { KafkaConnection } from '@tn/shared-service-kit';

/**
 * Connect the context's Kafka request/reply transport (called from the app's `beforeListen`).
 * The command topic is created first so the consumer does not depend on broker auto-creation.
 */
export async function connectCommandTransport(
  app: INestApplication,
  { context, brokers, partitions = 3 }: { context: string; brokers: string[]; partitions?: number },
): Promise<void> {
  const topic = commandTopicOf(context);
  await ensureTopics(app.get(KafkaConnection).kafka, [topic], { partitions, keepForever: false });
  app.connectMicroservice<MicroserviceOptions>(
    {
      transport: Transport.KAFKA,
      options: {
        client: { clientId: `${context}-commands`, brokers },
        consumer: { groupId: `${context}-commands`, allowAutoTopicCreation: false },
        producer: { allowAutoTopicCreation: true },
        subscribe: { fromBeginning: false },
      },
    },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
}
