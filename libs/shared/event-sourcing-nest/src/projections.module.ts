import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Type,
} from '@nestjs/common';
import { Gauge } from 'prom-client';
import { type Projection, Projector } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { HealthIndicators, KafkaConnection, MetricsService, MongoConnection } from '@tn/shared-service-kit';

export interface ProjectionsOptions {
  /** Consumer group: one per service and set of read models. */
  groupId: string;
  topics: string[];
  projections: readonly Projection[];
  reveal?: (envelope: EventEnvelope) => Promise<EventEnvelope>;
  revealBatch?: (envelopes: EventEnvelope[]) => Promise<EventEnvelope[]>;
  /** After each batch's writes (consistency checkpoints). */
  onBatchProjected?: (envelopes: EventEnvelope[]) => Promise<void>;
  /** How often consumer lag is measured for the metric (ms). */
  lagIntervalMs?: number;
}

const PROJECTIONS_OPTIONS = Symbol('PROJECTIONS_OPTIONS');

/**
 * Runs a service's projectors for its life: starts once MongoDB and Kafka answer (retrying),
 * reports readiness as `projector:<group>` and consumer lag as `tn_projector_lag`.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectorService.name);
  private projector?: Projector;
  private starting?: Promise<void>;
  private closing = false;
  private lagTimer?: NodeJS.Timeout;
  private lastLag?: number;
  private readonly lagGauge: Gauge;

  constructor(
    @Inject(PROJECTIONS_OPTIONS) private readonly options: ProjectionsOptions,
    private readonly mongo: MongoConnection,
    private readonly kafka: KafkaConnection,
    metrics: MetricsService,
    indicators: HealthIndicators,
  ) {
    // One gauge per service, labelled by group: a service may run several projectors.
    this.lagGauge =
      (metrics.registry.getSingleMetric('tn_projector_lag') as Gauge | undefined) ??
      new Gauge({
        name: 'tn_projector_lag',
        help: 'Events on the topics not yet projected (high watermark minus committed offset).',
        labelNames: ['group'] as const,
        registers: [metrics.registry],
      });
    indicators.register(`projector:${options.groupId}`, () =>
      this.projector?.isRunning
        ? { up: true, ...(this.lastLag === undefined ? {} : { detail: `lag ${this.lastLag}` }) }
        : { up: false, detail: 'projector not running yet' },
    );
  }

  onApplicationBootstrap(): void {
    this.starting = this.startWhenPossible();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.lagTimer);
    await this.starting;
    await this.projector?.stop();
  }

  private async startWhenPossible(): Promise<void> {
    await this.mongo.connected();
    for (let attempt = 0; !this.closing; attempt++) {
      const projector = new Projector({
        kafka: this.kafka.kafka,
        connection: this.mongo.connection,
        groupId: this.options.groupId,
        topics: this.options.topics,
        projections: this.options.projections,
        ...(this.options.reveal ? { reveal: this.options.reveal } : {}),
        ...(this.options.revealBatch ? { revealBatch: this.options.revealBatch } : {}),
        ...(this.options.onBatchProjected ? { onBatchProjected: this.options.onBatchProjected } : {}),
        onDeadLetter: (error) => this.logger.error(`event dead-lettered by ${this.options.groupId}: ${error.message}`),
      });
      try {
        await projector.start();
        this.projector = projector;
        this.lagTimer = setInterval(() => void this.measureLag(), this.options.lagIntervalMs ?? 5000);
        return;
      } catch (error) {
        if (attempt % 10 === 0) this.logger.warn(`projector ${this.options.groupId} not started yet: ${(error as Error).message}`);
        await projector.stop().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** Math.min(attempt, 5))).unref());
      }
    }
  }

  private async measureLag(): Promise<void> {
    try {
      this.lastLag = await this.projector!.lag();
      this.lagGauge.set({ group: this.options.groupId }, this.lastLag);
    } catch {
      this.lastLag = undefined; // Kafka unreachable: the kafka readiness probe says so
    }
  }
}

/** Registers a service's projections (read models) on its event topics. */
@Module({})
export class ProjectionsModule {
  static forRoot(options: ProjectionsOptions): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [{ provide: PROJECTIONS_OPTIONS, useValue: options }, ProjectorService],
      exports: [ProjectorService],
    };
  }

  /** When the options need other providers (a reveal client, checkpoints). */
  static forRootAsync(factory: { inject: (string | symbol | Type)[]; useFactory: (...deps: never[]) => ProjectionsOptions }): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [{ provide: PROJECTIONS_OPTIONS, inject: factory.inject, useFactory: factory.useFactory }, ProjectorService],
      exports: [ProjectorService],
    };
  }
}
