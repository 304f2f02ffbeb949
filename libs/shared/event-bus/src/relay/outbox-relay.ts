import { randomUUID } from 'node:crypto';
import type { Kafka, Message, Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { PublicEventCatalog } from '@tn/shared-event-contracts';
import type { CommitDocument, MongoEventStore } from '@tn/shared-event-store';
import { encodeEvent, eventTopicOf, publicTopicOf } from '../event-message';
import { RelayLease } from './relay-lease';
import { ensureEventTopics } from './topics';

export interface OutboxRelayOptions {
  /** Bounded context: events go to `<context>.events`, public events to `<context>.public`. */
  context: string;
  store: MongoEventStore;
  connection: Connection;
  kafka: Kafka;
  /** Maps internal events to public, personal-data-free ones (none published when unset). */
  publicCatalog?: PublicEventCatalog;
  instanceId?: string;
  batchSize?: number;
  /** Recovery sweep for commits whose wake-up was missed (crash, other instance). */
  sweepIntervalMs?: number;
  leaseTtlMs?: number;
  partitions?: number;
  /** Reports the number of commits not yet published, after each pass. */
  onBacklog?: (backlog: number) => void;
  onError?: (error: Error) => void;
  /** Fault-injection seam for crash tests: runs between publishing and marking dispatched. */
  afterPublish?: (commits: readonly CommitDocument[]) => Promise<void> | void;
}

/**
 * The transactional outbox, publishing side: commits not yet dispatched are sent to Kafka in
 * position order (key = stream id, so each stream stays ordered in its partition) by an
 * idempotent producer with acks from all in-sync replicas, then marked dispatched. A crash
 * between the two publishes again on restart; it never loses. Woken right after each append,
 * with a periodic sweep for recovery; a lease keeps to one publisher per service.
 */
export class OutboxRelay {
  private readonly producer: Producer;
  private readonly lease: RelayLease;
  private readonly eventTopic: string;
  private readonly publicTopic: string;
  private sweepTimer?: NodeJS.Timeout;
  private unsubscribe?: () => void;
  private draining?: Promise<void>;
  private again = false;
  private stopped = true;

  constructor(private readonly options: OutboxRelayOptions) {
    this.eventTopic = eventTopicOf(options.context);
    this.publicTopic = publicTopicOf(options.context);
    this.producer = options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5000 },
    });
    this.lease = new RelayLease(
      options.connection,
      `relay:${options.context}`,
      options.instanceId ?? randomUUID(),
      options.leaseTtlMs ?? 10_000,
    );
  }

  async start(): Promise<void> {
    await ensureEventTopics(this.options.kafka, [this.eventTopic, this.publicTopic], this.options.partitions ?? 3);
    await this.producer.connect();
    this.stopped = false;
    this.unsubscribe = this.options.store.onAppended(() => this.wake());
    this.sweepTimer = setInterval(() => this.wake(), this.options.sweepIntervalMs ?? 1000);
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.sweepTimer);
    this.unsubscribe?.();
    await this.draining;
    await this.lease.release().catch(() => undefined);
    await this.producer.disconnect();
  }

  /** Publish what is pending now; concurrent wake-ups fold into one more pass. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: Error) => this.options.onError?.(error))
      .finally(() => {
        this.draining = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Resolves when everything appended so far has been published (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  async backlog(): Promise<number> {
    return this.options.store.commits.countDocuments({ dispatchedAt: null });
  }

  private async drain(): Promise<void> {
    // Renew only when the lease nears its end: a write per wake-up would halve append throughput.
    if (!this.lease.isHeld() && !(await this.lease.acquire())) return;
    const batchSize = this.options.batchSize ?? 500;
    for (;;) {
      if (this.stopped || !this.lease.isHeld()) return;
      const commits = await this.options.store.commits
        .find({ dispatchedAt: null })
        .sort({ position: 1 })
        .limit(batchSize)
        .toArray();
      if (commits.length > 0) await this.publish(commits);
      if (commits.length < batchSize) break;
    }
    this.options.onBacklog?.(await this.backlog());
  }

  private async publish(commits: CommitDocument[]): Promise<void> {
    const events = commits.flatMap((commit) => this.options.store.storedEnvelopesOf(commit));
    const topicMessages: { topic: string; messages: Message[] }[] = [
      { topic: this.eventTopic, messages: events.map(encodeEvent) },
    ];
    const catalog = this.options.publicCatalog;
    if (catalog) {
      const publicEvents = events.flatMap((event) => catalog.toPublic(event) ?? []);
      if (publicEvents.length > 0) {
        topicMessages.push({
          topic: this.publicTopic,
          messages: publicEvents.map((event) => ({ key: event.streamId, value: JSON.stringify(event), headers: { 'event-type': event.type } })),
        });
      }
    }
    await this.producer.sendBatch({ topicMessages, acks: -1 });
    await this.options.afterPublish?.(commits);
    await this.options.store.commits.updateMany(
      { _id: { $in: commits.map((commit) => commit._id) } },
      { $set: { dispatchedAt: new Date() } },
    );
  }
}
