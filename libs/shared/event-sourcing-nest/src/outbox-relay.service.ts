import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { OutboxRelay } from '@tn/shared-event-bus';
import { PublicEventCatalog } from '@tn/shared-event-contracts';
import { MongoEventStore } from '@tn/shared-event-store';
import { HealthIndicators, KafkaConnection, MetricsService, MongoConnection } from '@tn/shared-service-kit';
import type { EventSourcingOptions } from './event-sourcing-options';
import { EVENT_SOURCING_OPTIONS } from './tokens';

/**
 * Runs the context's outbox relay for the life of the service. It starts in the background
 * once MongoDB and Kafka answer, so the service boots even when they come up later; readiness
 * waits for it; the backlog is a Prometheus gauge.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private relay?: OutboxRelay;
  private starting?: Promise<void>;
  private closing = false;
  private readonly backlog: Gauge;
  private lastBacklog = 0;

  constructor(
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
    private readonly store: MongoEventStore,
    private readonly mongo: MongoConnection,
    private readonly kafka: KafkaConnection,
    metrics: MetricsService,
    indicators: HealthIndicators,
  ) {
    this.backlog = new Gauge({
      name: 'tn_outbox_backlog',
      help: 'Commits appended but not yet published to Kafka.',
      registers: [metrics.registry],
    });
    indicators.register('outbox-relay', () =>
      this.relay ? { up: true, detail: `backlog ${String(this.lastBacklog)}` } : { up: false, detail: 'relay not started yet' },
    );
  }

  onApplicationBootstrap(): void {
    this.starting = this.startWhenPossible();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.starting;
    await this.relay?.stop();
  }

  private async startWhenPossible(): Promise<void> {
    await this.mongo.connected();
    for (let attempt = 0; !this.closing; attempt++) {
      const relay = new OutboxRelay({
        context: this.options.context,
        store: this.store,
        connection: this.mongo.connection,
        kafka: this.kafka.kafka,
        partitions: this.options.partitions ?? 3,
        ...(this.options.publicEvents
          ? {
              publicCatalog: new PublicEventCatalog(this.options.publicEvents, (type) => this.store.registry.get(type).personalData?.fields ?? []),
            }
          : {}),
        onBacklog: (backlog) => {
          this.lastBacklog = backlog;
          this.backlog.set(backlog);
        },
        onError: (error) => this.logger.warn(`outbox relay pass failed (will retry): ${error.message}`),
      });
      try {
        await this.store.ensureIndexes();
        await relay.start();
        this.relay = relay;
        return;
      } catch (error) {
        if (attempt % 10 === 0) this.logger.warn(`outbox relay not started yet: ${(error as Error).message}`);
        await relay.stop().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** Math.min(attempt, 5))).unref());
      }
    }
  }
}
