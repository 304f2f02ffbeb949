import { randomUUID } from 'node:crypto';
import type { Kafka, Message, Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { PublicEventCatalog } from '@tn/shared-event-contracts';
import type { CommitDocument, MongoEventStore } from '@tn/shared-event-store';
import { encodeEvent, eventTopicOf, publicTopicOf } from '../event-message';
import { DispatchLog } from './dispatch-log';
import { produceChunksOf } from './produce-chunks';
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
  /** Recovery sweep for commits appended elsewhere or before a crash (it scans: keep it rare). */
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
 * The transactional outbox, publishing side: pending commits are sent to Kafka in position
 * order (key = stream id, so each stream stays ordered in its partition) by an idempotent
 * producer with acks from all in-sync replicas, then recorded as dispatched. A crash between
 * the two publishes again on restart; it never loses. Commits appended in this process are
 * handed over right after the append (no polling delay); a periodic sweep finds the rest
 * (other instances, crashes). A commit is published only after its stream's previous commit,
 * so order holds even when the two reach the relay by different paths. A lease keeps to one
 * publisher per service.
 */
export class OutboxRelay {
  private readonly producer: Producer;
  private readonly lease: RelayLease;
  private readonly log: DispatchLog;
  /** Commits waiting to be published, by id. */
  private readonly pending = new Map<string, CommitDocument>();
  private sweepDue = true;
  /** When the last sweep ended and how long it took (ms): a sweep costly for the store waits longer. */
  private lastSweep = { endedAt: 0, tookMs: 0 };
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
    this.lease = new RelayLease(options.connection, `relay:${options.context}`, options.instanceId ?? randomUUID(), options.leaseTtlMs ?? 10_000);
    this.log = new DispatchLog(options.connection, options.store.commits, options.context);
  }

  async start(): Promise<void> {
    await ensureEventTopics(this.options.kafka, [this.eventTopic, this.publicTopic], this.options.partitions ?? 3);
    await this.log.ensureIndexes();
    await this.producer.connect();
    this.stopped = false;
    this.unsubscribe = this.options.store.onAppended((_, commit) => {
      this.pending.set(commit._id, commit);
      this.wake();
    });
    const interval = this.options.sweepIntervalMs ?? 5000;
    this.sweepTimer = setInterval(() => {
      // A sweep re-reads the last minutes' commits whole: megabytes after bulk imports, seconds
      // on FerretDB. At most a tenth of the time goes to sweeping; the rest publishes.
      if (Date.now() - this.lastSweep.endedAt < Math.max(interval, 9 * this.lastSweep.tookMs)) return;
      this.sweepDue = true;
      this.wake();
    }, interval);
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

  /** Exact number of unpublished commits of the store (scans on FerretDB: not for hot paths). */
  backlog(): Promise<number> {
    return this.log.backlog();
  }

  /** Commits this relay knows are waiting (cheap). */
  get pendingCount(): number {
    return this.pending.size;
  }

  private async drain(): Promise<void> {
    // Renew only when the lease nears its end: a write per wake-up would halve append throughput.
    if (!this.lease.isHeld() && !(await this.lease.acquire())) return;
    if (this.sweepDue) {
      this.sweepDue = false;
      const started = Date.now();
      for (const commit of await this.log.undispatched()) this.pending.set(commit._id, commit);
      this.lastSweep = { endedAt: Date.now(), tookMs: Date.now() - started };
    }
    const batchSize = this.options.batchSize ?? 500;
    while (this.pending.size > 0) {
      if (this.stopped) return;
      // A long pass outlasts the lease: renew it between batches, and stop only if another took it.
      if (!this.lease.isHeld() && !(await this.lease.acquire())) return;
      const batch = [...this.pending.values()].sort((a, b) => a.position - b.position).slice(0, batchSize);
      const ready = await this.withUnpublishedPredecessors(batch);
      await this.publish(ready);
      for (const commit of ready) this.pending.delete(commit._id);
    }
    this.options.onBacklog?.(this.pending.size);
  }

  /**
   * The batch plus any earlier commit of the same streams not yet published (found through
   * `previousCommitId`), in position order: a stream's commits never go out of order.
   */
  private async withUnpublishedPredecessors(batch: CommitDocument[]): Promise<CommitDocument[]> {
    const chosen = new Map(batch.map((commit) => [commit._id, commit]));
    let frontier = batch;
    while (frontier.length > 0) {
      const next: CommitDocument[] = [];
      for (const commit of frontier) {
        const previous = commit.previousCommitId;
        if (!previous || chosen.has(previous) || (await this.log.isDispatched(previous))) continue;
        const earlier = this.pending.get(previous) ?? (await this.options.store.commits.findOne({ _id: previous }));
        if (earlier) {
          chosen.set(earlier._id, earlier);
          next.push(earlier);
        }
      }
      frontier = next;
    }
    return [...chosen.values()].sort((a, b) => a.position - b.position);
  }

  private async publish(commits: CommitDocument[]): Promise<void> {
    const events = commits.flatMap((commit) => this.options.store.storedEnvelopesOf(commit));
    const topicMessages: { topic: string; messages: Message[] }[] = [{ topic: this.eventTopic, messages: events.map(encodeEvent) }];
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
    for (const chunk of produceChunksOf(topicMessages)) await this.producer.sendBatch({ topicMessages: chunk, acks: -1 });
    await this.options.afterPublish?.(commits);
    await this.log.record(commits);
  }
}
