import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { SERVICE_NAME } from '../tokens';

/**
 * The service's Prometheus registry. One registry per application instance (not the global
 * one), so several services can run in one process during tests without clashing.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly dependencyUp = new Gauge({
    name: 'tn_dependency_up',
    help: 'Whether the last readiness probe reached the dependency (1) or not (0).',
    labelNames: ['dependency'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'tn_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  /** Per projector (a service may run several), labelled by its consumer group. */
  readonly projectorLag = new Gauge({
    name: 'tn_projector_lag',
    help: 'Events on the topics not yet projected (high watermark minus committed offset).',
    labelNames: ['group'] as const,
    registers: [this.registry],
  });

  readonly projectorGroupMember = new Gauge({
    name: 'tn_projector_group_member',
    help: 'Whether the projector is in its Kafka consumer group (1) or not (0): out of it, no read model moves.',
    labelNames: ['group'] as const,
    registers: [this.registry],
  });

  /** Alert on `> 0`: a partition a projector has failed on `stuckAfterAttempts` times in a row. */
  readonly projectorStuckPartitions = new Gauge({
    name: 'tn_projector_stuck_partitions',
    help: 'Partitions a projector has not moved past for its bounded number of attempts.',
    labelNames: ['group'] as const,
    registers: [this.registry],
  });

  readonly projectorPartitionAttempts = new Gauge({
    name: 'tn_projector_partition_failed_attempts',
    help: 'Failed attempts in a row at the current offset of a partition (0 once it moves on).',
    labelNames: ['group', 'topic', 'partition'] as const,
    registers: [this.registry],
  });

  readonly projectorDeadLetters = new Counter({
    name: 'tn_projector_dead_letters_total',
    help: 'Events a projector sent to its dead-letter topic.',
    labelNames: ['group', 'topic'] as const,
    registers: [this.registry],
  });

  /** Commands dropped unexecuted because they arrived after their sender stopped waiting. */
  readonly commandsExpired = new Counter({
    name: 'tn_commands_expired_total',
    help: 'Commands dropped without being executed because they arrived past their deadline.',
    labelNames: ['context', 'type'] as const,
    registers: [this.registry],
  });

  /** Gateway load shedding (ADR 0013), per backend service. */
  readonly commandAdmissionLimit = new Gauge({
    name: 'tn_command_admission_limit',
    help: 'How many commands the gateway lets wait on the service at once now (adapts to its latency).',
    labelNames: ['backend'] as const,
    registers: [this.registry],
  });

  readonly commandsInFlight = new Gauge({
    name: 'tn_commands_in_flight',
    help: 'Commands the gateway has sent to the service and still waits on.',
    labelNames: ['backend'] as const,
    registers: [this.registry],
  });

  readonly commandsShed = new Counter({
    name: 'tn_commands_shed_total',
    help: 'Commands the gateway refused as GATEWAY.BUSY without sending them (alert on a sustained rate).',
    labelNames: ['backend'] as const,
    registers: [this.registry],
  });

  /** Alert on any: a kafkajs rejection nobody handled, which the service outlived (see bootstrap). */
  readonly unhandledKafkaRejections = new Counter({
    name: 'tn_unhandled_kafka_rejections_total',
    help: 'Rejections by a kafkajs error that no code handled; the service logged them and carried on.',
    registers: [this.registry],
  });

  constructor(@Inject(SERVICE_NAME) service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'tn_' });
  }
}
