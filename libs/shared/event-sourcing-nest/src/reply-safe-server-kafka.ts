import { Logger } from '@nestjs/common';
import { ServerKafka } from '@nestjs/microservices';
import type { Consumer, RecordMetadata } from 'kafkajs';
import { errorKindOf } from '@tn/shared-service-kit';

/**
 * Nest's Kafka server sends each reply from a `process.nextTick(async …)` without a catch, so a
 * reply that cannot be sent (the broker just went away: the producer gives up after its retries
 * with a KafkaJSNonRetriableError) is an unhandled rejection, and Node exits on it: the registry
 * died about 5 s after the broker under load (issue 11). Here a failed reply is logged and
 * dropped. The sender times out with an unknown outcome and may retry under the same command id,
 * which the event store answers with the first result.
 */
export class ReplySafeServerKafka extends ServerKafka {
  private readonly replyLogger = new Logger('CommandTransport');
  private readonly consumerListeners: ((consumer: Consumer) => void)[] = [];

  /** Hears of each consumer the server creates, before it connects (so no event of its start is missed). */
  onConsumerCreated(listener: (consumer: Consumer) => void): void {
    this.consumerListeners.push(listener);
  }

  override registerConsumerEventListeners(): void {
    super.registerConsumerEventListeners();
    const consumer = this.consumer;
    if (consumer) this.consumerListeners.forEach((listener) => listener(consumer));
  }

  override async sendMessage(...args: Parameters<ServerKafka['sendMessage']>): Promise<RecordMetadata[]> {
    try {
      return await super.sendMessage(...args);
    } catch (error) {
      // Only Kafka's refusal is expected here; a bug (the serializer, a header) must still surface.
      if (!(error instanceof Error && error.name.startsWith('KafkaJS'))) throw error;
      this.replyLogger.warn(`reply not sent (${errorKindOf(error) ?? 'unknown error'}); its sender will time out and may retry under the same command id`);
      return [];
    }
  }
}
