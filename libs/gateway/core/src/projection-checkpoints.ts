import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { MongoConnection } from '@tn/shared-service-kit';

/**
 * Where every slice's projector records its progress (`gw_<context>_<model>`, the core's own).
 * Renamed with the read models (`gw_checkpoints` before): read models renamed are replayed from
 * the first event, and checkpoints kept from before would let a token of an earlier write pass
 * before the new read models show it.
 */
const CHECKPOINTS_COLLECTION = 'gw_core_checkpoints';

/**
 * How far the gateway's read models have got, per stream. The projector records a batch only
 * after its writes, in MongoDB, so every gateway instance sees every partition's progress.
 */
@Injectable()
export class ProjectionCheckpoints {
  private readonly seen = new Map<string, number>();
  /** A slice that records apart (its read models lag the others by design) names its own collection. */
  protected readonly collectionName: string = CHECKPOINTS_COLLECTION;

  constructor(private readonly mongo: MongoConnection) {}

  private get collection() {
    return this.mongo.connection.collection<{ _id: string; version: number }>(this.collectionName);
  }

  /** Called by the projector after a batch's writes. */
  async record(envelopes: EventEnvelope[]): Promise<void> {
    const latest = new Map<string, number>();
    for (const { streamId, streamVersion } of envelopes) {
      // A stream id holding NUL came from a dead-lettered event (no command can name one) and cannot be stored.
      if (!streamId.includes('\u0000')) latest.set(streamId, Math.max(latest.get(streamId) ?? 0, streamVersion));
    }
    for (const [streamId, version] of latest) {
      if ((this.seen.get(streamId) ?? 0) >= version) continue;
      await this.collection.updateOne({ _id: streamId }, { $max: { version } }, { upsert: true });
      this.seen.set(streamId, version);
    }
  }

  async reached(streamId: string, version: number): Promise<boolean> {
    if ((this.seen.get(streamId) ?? 0) >= version) return true;
    const doc = await this.collection.findOne({ _id: streamId });
    if (doc) this.seen.set(streamId, Math.max(this.seen.get(streamId) ?? 0, doc.version));
    return (doc?.version ?? 0) >= version;
  }

  /** Wait until the read models reflect the token's write; false on timeout. */
  async waitFor(streamId: string, version: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
      if (await this.reached(streamId, version)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
