import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { type Admin, Kafka, logLevel, type LogEntry, Partitioners, type Producer } from 'kafkajs';
import type { ServiceConfig } from '@tn/shared-config';
import { backoffDelay, sleep, withDeadline } from '../deadline';
import { SERVICE_CONFIG, SERVICE_NAME } from '../tokens';
import { kafkaLogText } from './kafka-log-text';

/**
 * The service's Kafka client and its idempotent producer. Like MongoDB, Kafka may come up
 * after the service: the producer connects in the background and readiness reports it.
 */
@Injectable()
export class KafkaConnection implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(KafkaConnection.name);
  readonly kafka: Kafka;
  readonly producer: Producer;
  /** A separate client for probes: no retries, so a readiness check answers within its deadline. */
  private readonly probeClient: Kafka;
  private probe?: Admin;
  private closing = false;
  private everConnected = false;
  private connecting?: Promise<void>;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(SERVICE_NAME) service: string,
  ) {
    const logCreator = () => (entry: LogEntry) => this.log(entry);
    this.kafka = new Kafka({
      clientId: service,
      brokers: config.KAFKA_BROKERS,
      logLevel: logLevel.WARN,
      logCreator,
      // Short connect attempts: the background loop below keeps retrying, and shutdown never
      // waits long for an attempt in flight.
      retry: { initialRetryTime: 300, maxRetryTime: 2000, retries: 3 },
    });
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      // Sends of an idempotent producer retry without limit (kafkajs warns otherwise); the
      // connect attempts above stay short because they use the client's retry.
      retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5000 },
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.probeClient = new Kafka({
      clientId: `${service}-probe`,
      brokers: config.KAFKA_BROKERS,
      connectionTimeout: config.READINESS_TIMEOUT_MS,
      requestTimeout: config.READINESS_TIMEOUT_MS,
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
    });
  }

  onModuleInit(): void {
    this.connecting = this.connectUntilClosed();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.connecting; // let an attempt in flight end, or it would reconnect after disconnect
    await Promise.allSettled([this.producer.disconnect(), this.probe?.disconnect()]);
  }

  /** Resolves once the producer is connected (or when the service is shutting down). */
  async connected(): Promise<void> {
    await this.connecting;
  }

  /** Asks the cluster for its brokers; throws when it does not answer in time. */
  async ping(): Promise<void> {
    const attempt = async () => {
      this.probe ??= this.probeClient.admin();
      await this.probe.connect();
      const cluster = await this.probe.describeCluster();
      if (cluster.brokers.length === 0) throw new Error('Kafka cluster reports no brokers');
    };
    try {
      await withDeadline(attempt(), this.config.READINESS_TIMEOUT_MS, 'Kafka');
    } catch (error) {
      // Start from a fresh admin client next time rather than a half-open one.
      const stale = this.probe;
      this.probe = undefined;
      await stale?.disconnect().catch(() => undefined);
      throw error;
    }
  }

  private async connectUntilClosed(): Promise<void> {
    for (let attempt = 0; !this.closing; attempt++) {
      try {
        await this.producer.connect();
        this.everConnected = true;
        this.logger.log(`connected to Kafka (${this.config.KAFKA_BROKERS.length} bootstrap broker(s))`);
        return;
      } catch (error) {
        if (attempt === 0 || attempt % 10 === 0) {
          this.logger.warn(`Kafka not reachable yet (${(error as Error).message}); retrying`);
        }
        await sleep(backoffDelay(attempt));
      }
    }
  }

  private log({ level, log }: LogEntry): void {
    const text = kafkaLogText({ log });
    // Until the first connection, refused connections are expected and summarised by the
    // connect loop's own warning; afterwards they are real errors.
    if (!this.everConnected && /Connection error|seed broker|Connection timeout/.test(log.message)) {
      this.logger.debug(text);
    } else if (level === logLevel.ERROR) this.logger.error(text);
    else if (level === logLevel.WARN) this.logger.warn(text);
    else this.logger.debug(text);
  }
}
