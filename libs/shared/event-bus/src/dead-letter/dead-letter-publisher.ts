import type { Kafka, Producer } from 'kafkajs';
import type { CapturedMessage } from '../projection/captured-message';
import { ensureTopics } from '../relay/topics';
import { deadLetterHeaders, deadLetterTopicOf } from './dead-letter-format';

/** Sends a projector's poison messages, unchanged, to its dead-letter topic. */
export class DeadLetterPublisher {
  readonly topic: string;
  private readonly producer: Producer;

  constructor(
    private readonly kafka: Kafka,
    groupId: string,
    private readonly projector: string,
  ) {
    this.topic = deadLetterTopicOf(groupId);
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }

  async start(): Promise<void> {
    // One partition is plenty; kept forever, since a dead letter waits for a person.
    await ensureTopics(this.kafka, [this.topic], { partitions: 1, keepForever: true });
    await this.producer.connect();
  }

  /** Resolves once the broker has the dead letter, so that the original's offset may be committed. */
  async publish(message: CapturedMessage, error: Error): Promise<void> {
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers: deadLetterHeaders(message, error, this.projector, new Date()) }],
    });
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
  }
}
