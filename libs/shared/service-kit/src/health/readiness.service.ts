import { Injectable } from '@nestjs/common';
import { HealthIndicators, type IndicatorStatus, type StuckPartition } from './health-indicators';
import { KafkaConnection } from '../kafka/kafka-connection';
import { MetricsService } from '../metrics/metrics.service';
import { MongoConnection } from '../mongo/mongo-connection';

/** 'kafka', 'mongodb', or a feature's indicator such as 'outbox-relay'. */
export type DependencyName = string;

export interface DependencyStatus {
  name: DependencyName;
  up: boolean;
  /** Why it is down; never holds connection strings or credentials. */
  error?: string;
  /** A feature indicator's short figure, for example an outbox backlog. */
  detail?: string;
  /** A projector's partitions that do not move (see `StuckPartition`). */
  stuckPartitions?: StuckPartition[];
  /** A projector's consumer-group membership (see `IndicatorStatus.groupMember`). */
  groupMember?: boolean;
  /** See `IndicatorStatus.degradesOnly`. */
  degradesOnly?: boolean;
  /** See `IndicatorStatus.lag`. */
  lag?: number;
  latencyMs: number;
}

export interface ReadinessReport {
  /** Whether to take traffic: false only when a dependency is down, not for stuck partitions. */
  ready: boolean;
  /**
   * 'up' when nothing is wrong; 'degraded' when the only trouble is stuck projector partitions,
   * a projector out of its consumer group (the servers answer, some read models stop moving) or a
   * `degradesOnly` dependency such as a backend service: still ready, HTTP 200; 'down' otherwise.
   */
  health: 'up' | 'degraded' | 'down';
  dependencies: DependencyStatus[];
}

/** Checks, on each call, that the service's Kafka and MongoDB answer. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly kafka: KafkaConnection,
    private readonly mongo: MongoConnection,
    private readonly metrics: MetricsService,
    private readonly indicators: HealthIndicators,
  ) {}

  async check(): Promise<ReadinessReport> {
    const dependencies = await Promise.all([
      this.probe('kafka', () => this.kafka.ping()),
      this.probe('mongodb', () => this.mongo.ping()),
      ...this.indicators.entries().map(([name, check]) => this.indicator(name, check)),
    ]);
    const troubled = dependencies.filter((d) => !d.up);
    // A stuck partition leaves the service ready: taking the only instance out of the load
    // balancer for it would stop every request, not just the read models behind it (ADR 0010).
    const down = troubled.filter((d) => !d.stuckPartitions?.length && d.groupMember !== false && !d.degradesOnly);
    const health = troubled.length === 0 ? 'up' : down.length === 0 ? 'degraded' : 'down';
    return { ready: down.length === 0, health, dependencies };
  }

  private async indicator(name: string, check: () => Promise<IndicatorStatus> | IndicatorStatus): Promise<DependencyStatus> {
    const started = performance.now();
    const status = await Promise.resolve()
      .then(check)
      .catch((error: Error): IndicatorStatus => ({ up: false, detail: error.message }));
    return {
      name,
      up: status.up,
      ...(status.up ? { detail: status.detail } : { error: status.detail ?? 'down' }),
      ...(status.stuckPartitions?.length ? { stuckPartitions: status.stuckPartitions } : {}),
      ...(status.groupMember === undefined ? {} : { groupMember: status.groupMember }),
      ...(status.degradesOnly ? { degradesOnly: true } : {}),
      ...(status.lag === undefined ? {} : { lag: status.lag }),
      latencyMs: Math.round(performance.now() - started),
    };
  }

  private async probe(name: DependencyName, ping: () => Promise<void>): Promise<DependencyStatus> {
    const started = performance.now();
    let status: DependencyStatus;
    try {
      await ping();
      status = { name, up: true, latencyMs: 0 };
    } catch (error) {
      status = { name, up: false, error: (error as Error).message, latencyMs: 0 };
    }
    status.latencyMs = Math.round(performance.now() - started);
    this.metrics.dependencyUp.set({ dependency: name }, status.up ? 1 : 0);
    return status;
  }
}
