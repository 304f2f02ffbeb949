import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Consumer, EachMessagePayload, Producer } from 'kafkajs';
import { deadLetterOf, deadLetterTopicOf, decodeEvent, describeError } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, RouteRunner, TopicProgress } from '@tn/shared-event-sourcing-nest';
import { MongoEventStore } from '@tn/shared-event-store';
import { HealthIndicators, KafkaConnection, MetricsService, MongoConnection } from '@tn/shared-service-kit';
import type { TrainingLookups } from '../lookups';
import { CourseCompletionHandler } from './course-completion-handler';

export interface CompletionReactorOptions {
  /** The training service's own event topic. */
  topic: string;
  /** The reactor's consumer group (its offsets say which completions are done). */
  groupId: string;
  /** The consumer group of the kinds' projection, which the reactor waits for before reading it. */
  kindsGroupId: string;
  /** The service's routes: the reactor's commands take the same ones. */
  routes: readonly CommandRoute[];
  lookups: TrainingLookups;
}

export const COMPLETION_REACTOR_OPTIONS = Symbol('COMPLETION_REACTOR_OPTIONS');

/** Readiness name of the reactor. */
export const COMPLETION_REACTOR_INDICATOR = 'training-completions';

/** How long a completion waits for the kinds' projection to reach it before it is tried again. */
const KINDS_CATCH_UP_MS = 10_000;
/** kafkajs heartbeats between messages only: a completion of a large course takes a while. */
const HEARTBEAT_WHILE_HANDLING_MS = 3_000;
const LAG_INTERVAL_MS = 5_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * The completion reactor (ADR 0018 §4): a consumer of the service's own topic that turns each
 * CourseCompleted into commands on the trainees' streams, through the service's routes and
 * command handler, each under an id derived from the course, the person and the kind.
 *
 * Its offset moves past a completion only once every command of it is stored (or refused for a
 * business reason, which is logged): a crash in between hands the completion over again, and
 * the commands stored before are found by their ids and store nothing twice. A store failure
 * throws, and kafkajs tries the message again. Before reading the kinds' projection it waits
 * until that projection has consumed everything the topic held, so a kind defined before the
 * course completed is not missed. Readiness (`training-completions`) is down until the consumer
 * runs and reports its lag, which is also `tn_projector_lag{group}`.
 */
@Injectable()
export class CompletionReactor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CompletionReactor.name);
  private readonly progress: TopicProgress;
  private consumer?: Consumer;
  /** Made on the first dead letter only. */
  private producer?: Producer;
  private handler?: CourseCompletionHandler;
  private running = false;
  private closing = false;
  private starting?: Promise<void>;
  private lagTimer?: NodeJS.Timeout;
  private lastLag?: number;

  constructor(
    @Inject(COMPLETION_REACTOR_OPTIONS) private readonly options: CompletionReactorOptions,
    private readonly store: MongoEventStore,
    private readonly mongo: MongoConnection,
    private readonly kafka: KafkaConnection,
    private readonly metrics: MetricsService,
    indicators: HealthIndicators,
  ) {
    this.progress = new TopicProgress(kafka.kafka, options.topic);
    indicators.register(COMPLETION_REACTOR_INDICATOR, () => {
      if (!this.running) return { up: false, detail: 'completion reactor not running yet' };
      return this.lastLag === undefined ? { up: true } : { up: true, lag: this.lastLag, detail: `lag ${this.lastLag}` };
    });
  }

  onApplicationBootstrap(): void {
    this.handler = new CourseCompletionHandler(
      this.options.lookups,
      new RouteRunner(this.store, this.options.routes, ['RecordCourseCompletion', 'RecordCourseLed']),
    );
    this.starting = this.startWhenPossible();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.lagTimer);
    await this.starting;
    this.running = false;
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    await this.progress.close();
  }

  private async startWhenPossible(): Promise<void> {
    await this.mongo.connected();
    for (let attempt = 0; !this.closing; attempt++) {
      const consumer = this.kafka.kafka.consumer({
        groupId: this.options.groupId,
        sessionTimeout: 30_000,
        heartbeatInterval: HEARTBEAT_WHILE_HANDLING_MS,
        // A completion that cannot be stored yet is tried again, however long the store is away.
        retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5_000 },
      });
      try {
        await consumer.connect();
        await consumer.subscribe({ topics: [this.options.topic], fromBeginning: true });
        await consumer.run({ eachMessage: (payload) => this.react(payload) });
        this.consumer = consumer;
        if (this.closing) return;
        this.running = true;
        this.lagTimer = setInterval(() => void this.measureLag(), LAG_INTERVAL_MS);
        return;
      } catch (error) {
        if (attempt % 10 === 0) this.logger.warn(`completion reactor not started yet: ${describeError(error)}`);
        await consumer.disconnect().catch(() => undefined);
        await pause(Math.min(5_000, 250 * 2 ** Math.min(attempt, 5)));
      }
    }
  }

  private async react({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    if (message.headers?.['event-type']?.toString() !== 'CourseCompleted') return;
    let event: EventEnvelope;
    try {
      event = decodeEvent(message.value);
    } catch (error) {
      // Trying it again would not make it readable: dead-lettered, so its grants are not lost unseen.
      await this.deadLetter(topic, partition, message, error as Error);
      this.logger.error({ msg: 'course completion unreadable, dead-lettered', offset: message.offset, error: describeError(error) });
      return;
    }
    if (!(await this.progress.waitUntilPastNow(this.options.kindsGroupId, KINDS_CATCH_UP_MS))) {
      throw new Error('the qualification kinds projection has not caught up yet');
    }
    const handler = this.handler;
    if (!handler) throw new Error('completion reactor handled a message before bootstrap');
    const beating = setInterval(() => void heartbeat().catch(() => undefined), HEARTBEAT_WHILE_HANDLING_MS);
    try {
      const tally = await handler.handle(event);
      this.logger.log({ msg: 'course completion handled', courseId: String(event.data['courseId']), ...tally });
    } finally {
      clearInterval(beating);
    }
  }

  private async deadLetter(topic: string, partition: number, message: EachMessagePayload['message'], error: Error): Promise<void> {
    if (!this.producer) {
      // Kept only once connected: a failed connect is tried afresh by the next attempt.
      const producer = this.kafka.kafka.producer({ idempotent: true });
      await producer.connect();
      this.producer = producer;
    }
    await this.producer.send({
      topic: deadLetterTopicOf(this.options.groupId),
      acks: -1,
      messages: [deadLetterOf(this.options.groupId, topic, partition, message, error)],
    });
  }

  private async measureLag(): Promise<void> {
    try {
      this.lastLag = await this.progress.lag(this.options.groupId);
      this.metrics.projectorLag.set({ group: this.options.groupId }, this.lastLag);
    } catch {
      this.lastLag = undefined; // Kafka unreachable: the kafka readiness probe says so
    }
  }
}
