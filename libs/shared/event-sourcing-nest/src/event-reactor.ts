import { Logger } from '@nestjs/common';
import type { Consumer, EachMessagePayload, Producer } from 'kafkajs';
import { DomainError } from '@tn/shared-decider';
import { deadLetterOf, deadLetterTopicOf, decodeEvent, describeError } from '@tn/shared-event-bus';
import type { EventEnvelope, EventMetadata } from '@tn/shared-event-contracts';
import type { MongoEventStore } from '@tn/shared-event-store';
import type { HealthIndicators, KafkaConnection, MetricsService, MongoConnection } from '@tn/shared-service-kit';
import type { CommandRoute } from './command-route';
import { RouteRunner } from './route-runner';
import { TopicProgress } from './topic-progress';

/** One command a reaction gives its own service, under an id derived from what it reacts to (a replay stores nothing twice). */
export interface ReactionCommand {
  commandId: string;
  type: string;
  payload: object;
}

/**
 * What a service does when an event arrives on a topic: the commands it gives itself. A command
 * refused for a business reason is logged and skipped, unless `onRefused` answers follow-up
 * commands (a compensation, such as releasing what could not be booked).
 */
export interface Reaction {
  /** Readiness indicator and log name, and the actor the commands are recorded as (`system`). */
  name: string;
  topic: string;
  /** Its consumer group: the offsets say which events are done. */
  groupId: string;
  /** Event types it reacts to (by the message's `event-type` header); others are passed over unread. */
  eventTypes: readonly string[];
  /** The command types it may give (each must have a route). */
  commandTypes: readonly string[];
  react(event: EventEnvelope): Promise<ReactionCommand[]>;
  onRefused?(command: ReactionCommand, refusal: DomainError, event: EventEnvelope): Promise<ReactionCommand[]>;
}

/** What every reactor shares: the service's store, routes and connections. */
export interface ReactorDeps {
  store: MongoEventStore;
  routes: readonly CommandRoute[];
  mongo: MongoConnection;
  kafka: KafkaConnection;
  metrics: MetricsService;
  indicators: HealthIndicators;
}

const LAG_INTERVAL_MS = 5_000;
const HEARTBEAT_MS = 3_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * A consumer that turns events into commands on the service's own streams, through its routes
 * and the one command handler (as training's completion reactor does, ADR 0018 §4). Its offset
 * moves past an event only once every command of it is stored or refused for a business
 * reason: a crash in between hands the event over again, and commands stored before are found
 * by their ids. A store failure throws and kafkajs tries the message again; an unreadable event
 * is dead-lettered, never retried for ever. Readiness (`name`) is down until the consumer runs;
 * its lag is reported, and is `tn_projector_lag{group}`.
 */
export class EventReactor {
  private readonly logger: Logger;
  private readonly progress: TopicProgress;
  private readonly runner: RouteRunner;
  private consumer?: Consumer;
  private producer?: Producer;
  private running = false;
  private closing = false;
  private starting?: Promise<void>;
  private lagTimer?: NodeJS.Timeout;
  private lastLag?: number;

  constructor(
    private readonly reaction: Reaction,
    private readonly deps: ReactorDeps,
  ) {
    this.logger = new Logger(`Reactor:${reaction.name}`);
    this.progress = new TopicProgress(deps.kafka.kafka, reaction.topic);
    this.runner = new RouteRunner(deps.store, deps.routes, reaction.commandTypes);
    deps.indicators.register(reaction.name, () => {
      if (!this.running) return { up: false, detail: `${reaction.name} reactor not running yet` };
      return this.lastLag === undefined ? { up: true } : { up: true, lag: this.lastLag, detail: `lag ${this.lastLag}` };
    });
  }

  start(): void {
    this.starting = this.startWhenPossible();
  }

  async stop(): Promise<void> {
    this.closing = true;
    clearInterval(this.lagTimer);
    await this.starting;
    this.running = false;
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    await this.progress.close();
  }

  /** One event's commands, run in order (exposed for tests that run a reaction without Kafka). */
  async handle(event: EventEnvelope): Promise<{ stored: number; refused: number }> {
    const tally = { stored: 0, refused: 0 };
    const queue = await this.reaction.react(event);
    // Dated by the event: a replay decides on the same date as the first run.
    const metadata: EventMetadata = {
      actor: { kind: 'system', id: this.reaction.name },
      correlationId: event.correlationId,
      causationId: event.eventId,
      occurredAt: event.occurredAt,
    };
    for (let command = queue.shift(); command; command = queue.shift()) {
      try {
        const { events, duplicate } = await this.runner.run(command, metadata);
        if (!duplicate) tally.stored += events.length;
      } catch (error) {
        // A store failure or a lost race (the handler's retries used up) is tried again by kafkajs: only a business refusal is final.
        if (!(error instanceof DomainError) || error.kind === 'concurrency') throw error;
        tally.refused++;
        this.logger.warn({ msg: 'reaction command refused', type: command.type, code: error.code, eventId: event.eventId });
        queue.push(...((await this.reaction.onRefused?.(command, error, event)) ?? []));
      }
    }
    return tally;
  }

  private async startWhenPossible(): Promise<void> {
    await this.deps.mongo.connected();
    for (let attempt = 0; !this.closing; attempt++) {
      const consumer = this.deps.kafka.kafka.consumer({
        groupId: this.reaction.groupId,
        sessionTimeout: 30_000,
        heartbeatInterval: HEARTBEAT_MS,
        retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5_000 },
      });
      try {
        await consumer.connect();
        await consumer.subscribe({ topics: [this.reaction.topic], fromBeginning: true });
        await consumer.run({ eachMessage: (payload) => this.react(payload) });
        this.consumer = consumer;
        if (this.closing) return;
        this.running = true;
        this.lagTimer = setInterval(() => void this.measureLag(), LAG_INTERVAL_MS);
        return;
      } catch (error) {
        if (attempt % 10 === 0) this.logger.warn(`${this.reaction.name} reactor not started yet: ${describeError(error)}`);
        await consumer.disconnect().catch(() => undefined);
        await pause(Math.min(5_000, 250 * 2 ** Math.min(attempt, 5)));
      }
    }
  }

  private async react({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const type = message.headers?.['event-type']?.toString();
    if (!type || !this.reaction.eventTypes.includes(type)) return;
    let event: EventEnvelope;
    try {
      event = decodeEvent(message.value);
    } catch (error) {
      // Trying it again would not make it readable: dead-lettered, so what it meant is not lost unseen.
      await this.deadLetter(topic, partition, message, error as Error);
      this.logger.error({ msg: 'event unreadable, dead-lettered', offset: message.offset, error: describeError(error) });
      return;
    }
    // kafkajs heartbeats between messages only: an event with many commands (a large course) takes a while.
    const beating = setInterval(() => void heartbeat().catch(() => undefined), HEARTBEAT_MS);
    try {
      await this.handle(event);
    } finally {
      clearInterval(beating);
    }
  }

  private async deadLetter(topic: string, partition: number, message: EachMessagePayload['message'], error: Error): Promise<void> {
    if (!this.producer) {
      const producer = this.deps.kafka.kafka.producer({ idempotent: true });
      await producer.connect();
      this.producer = producer;
    }
    await this.producer.send({
      topic: deadLetterTopicOf(this.reaction.groupId),
      acks: -1,
      messages: [deadLetterOf(this.reaction.groupId, topic, partition, message, error)],
    });
  }

  private async measureLag(): Promise<void> {
    try {
      this.lastLag = await this.progress.lag(this.reaction.groupId);
      this.deps.metrics.projectorLag.set({ group: this.reaction.groupId }, this.lastLag);
    } catch {
      this.lastLag = undefined;
    }
  }
}
