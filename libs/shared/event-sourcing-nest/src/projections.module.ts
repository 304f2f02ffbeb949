import {
  type DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Type,
} from '@nestjs/common';
import {
  deadLetterReason,
  DEFAULT_GROUP_GRACE_MS,
  describeError,
  type GroupMembershipState,
  membershipTrouble,
  type PartitionStall,
  type Projection,
  Projector,
} from '@tn/shared-event-bus';
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
  /**
   * Failed attempts in a row at one offset after which a partition is reported stuck (readiness
   * down, `tn_projector_stuck_partitions`, an error log line). kafkajs retries about every 5 s,
   * so the default (5) reports a stall within half a minute.
   */
  stuckAfterAttempts?: number;
  /**
   * Consumer session timeout (ms, default 30 000): Kafka evicts a member silent for longer. The
   * projector heartbeats between the events of a batch, so only one event's work must fit.
   */
  sessionTimeoutMs?: number;
  /** How often the consumer heartbeats (ms, default 3 000; well under the session timeout). */
  heartbeatIntervalMs?: number;
  /** How long the projector may be out of its consumer group before readiness reports it (ms, default 60 000). */
  groupGraceMs?: number;
}

const PROJECTIONS_OPTIONS = Symbol('PROJECTIONS_OPTIONS');

/**
 * Runs a service's projectors for its life: starts once MongoDB and Kafka answer (retrying),
 * reports readiness as `projector:<group>` (down while a partition is stuck, naming it, or while
 * it has been out of its consumer group past `groupGraceMs`: "not in its consumer group"),
 * consumer lag as `tn_projector_lag` and membership as `tn_projector_group_member` (1 or 0).
 * Every failed batch logs `projector batch failed` with its cause (`deadLetterReason`: class,
 * code, projection, cause; never a message, which may quote event data). Each failed attempt sets
 * `tn_projector_partition_failed_attempts`; a partition that reaches the bound logs one error line
 * `projector partition stuck` with projector, topic, partition, offset, attempts and error (class
 * and code only, never event data), repeated every further bound of attempts.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProjectorService.name);
  private projector?: Projector;
  private starting?: Promise<void>;
  private closing = false;
  private lagTimer?: NodeJS.Timeout;
  private lastLag?: number;

  constructor(
    @Inject(PROJECTIONS_OPTIONS) private readonly options: ProjectionsOptions,
    private readonly mongo: MongoConnection,
    private readonly kafka: KafkaConnection,
    private readonly metrics: MetricsService,
    indicators: HealthIndicators,
  ) {
    metrics.projectorStuckPartitions.set({ group: options.groupId }, 0); // a series to alert on from the start
    metrics.projectorGroupMember.set({ group: options.groupId }, 0);
    indicators.register(`projector:${options.groupId}`, () => {
      if (!this.projector?.isRunning) return { up: false, detail: 'projector not running yet' };
      const membership = this.projector.groupMembership();
      const outOfGroup = membershipTrouble(membership, new Date(), options.groupGraceMs ?? DEFAULT_GROUP_GRACE_MS);
      const lag = this.lastLag === undefined ? {} : { lag: this.lastLag };
      if (outOfGroup) return { up: false, detail: outOfGroup, groupMember: false, ...lag };
      const stuck = this.projector.stuckPartitions();
      if (stuck.length > 0) {
        return {
          up: false,
          detail: stuck.map((s) => `stuck at ${s.topic}[${s.partition}]@${s.offset} after ${s.attempts} attempts: ${s.error}`).join('; '),
          stuckPartitions: stuck.map(({ topic, partition, offset, attempts, since }) => ({
            projector: options.groupId,
            topic,
            partition,
            offset,
            attempts,
            since,
          })),
          groupMember: membership.member,
          ...lag,
        };
      }
      // In its group, or out of it for less than the grace (a rebalance): said as it is, still up.
      return { up: true, groupMember: membership.member, ...lag, ...(this.lastLag === undefined ? {} : { detail: `lag ${this.lastLag}` }) };
    });
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
        stuckAfterAttempts: this.stuckAfterAttempts,
        ...(this.options.sessionTimeoutMs ? { sessionTimeoutMs: this.options.sessionTimeoutMs } : {}),
        ...(this.options.heartbeatIntervalMs ? { heartbeatIntervalMs: this.options.heartbeatIntervalMs } : {}),
        onMembershipChanged: (state) => this.membershipChanged(state),
        onDeadLetter: (error, { topic, partition, offset }) => {
          this.metrics.projectorDeadLetters.inc({ group: this.options.groupId, topic });
          this.logger.error({ msg: 'event dead-lettered', projector: this.options.groupId, topic, partition, offset, error: describeError(error) });
        },
        onPartitionFailed: (stall, error) => this.partitionFailed(stall, error),
        onPartitionRecovered: (stall) => this.partitionRecovered(stall),
      });
      try {
        await projector.start();
        if (this.closing) {
          await projector.stop(); // shut down while starting: no lag timer after the shutdown
          return;
        }
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

  private get stuckAfterAttempts(): number {
    return this.options.stuckAfterAttempts ?? 5;
  }

  private membershipChanged(state: GroupMembershipState): void {
    const group = this.options.groupId;
    this.metrics.projectorGroupMember.set({ group }, state.member ? 1 : 0);
    if (state.member && state.joins > 1) this.logger.warn({ msg: 'projector joined its consumer group again', projector: group, joins: state.joins });
    else if (state.member) this.logger.log({ msg: 'projector joined its consumer group', projector: group });
    else if (state.reason !== 'stopped' && state.reason !== 'disconnected')
      this.logger.warn({ msg: 'projector left its consumer group', projector: group, reason: state.reason });
  }

  private partitionFailed(stall: PartitionStall, error: unknown): void {
    const group = this.options.groupId;
    const { topic, partition, offset, attempts, since } = stall;
    const cause = deadLetterReason(error);
    // kafkajs logs "Error when calling eachBatch" without a usable cause: this line carries it.
    this.logger.warn({ msg: 'projector batch failed', projector: group, topic, partition, offset, attempts, error: cause });
    this.metrics.projectorPartitionAttempts.set({ group, topic, partition: String(partition) }, attempts);
    this.metrics.projectorStuckPartitions.set({ group }, this.projector?.stuckPartitions().length ?? (stall.stuck ? 1 : 0));
    if (stall.stuck && attempts % this.stuckAfterAttempts === 0) {
      this.logger.error({ msg: 'projector partition stuck', projector: group, topic, partition, offset, attempts, since, error: cause });
    }
  }

  private partitionRecovered(stall: PartitionStall): void {
    const group = this.options.groupId;
    this.metrics.projectorPartitionAttempts.set({ group, topic: stall.topic, partition: String(stall.partition) }, 0);
    this.metrics.projectorStuckPartitions.set({ group }, this.projector?.stuckPartitions().length ?? 0);
    if (stall.stuck) {
      const { topic, partition, offset, attempts } = stall;
      this.logger.log({ msg: 'projector partition moved on', projector: group, topic, partition, offset, attempts });
    }
  }

  private async measureLag(): Promise<void> {
    try {
      this.lastLag = await this.projector!.lag();
      this.metrics.projectorLag.set({ group: this.options.groupId }, this.lastLag);
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

  /** When the options need other providers (a reveal client, checkpoints), from `imports` or global modules. */
  static forRootAsync(factory: {
    imports?: ModuleMetadata['imports'];
    inject: (string | symbol | Type)[];
    useFactory: (...deps: never[]) => ProjectionsOptions;
  }): DynamicModule {
    return {
      module: ProjectionsModule,
      imports: factory.imports ?? [],
      providers: [{ provide: PROJECTIONS_OPTIONS, inject: factory.inject, useFactory: factory.useFactory }, ProjectorService],
      exports: [ProjectorService],
    };
  }
}
