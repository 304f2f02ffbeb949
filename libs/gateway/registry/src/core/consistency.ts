import type { Connection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';

const CHECKPOINTS = 'gw_checkpoints';

/** `<streamId>@<version>`: what a mutation returns and a query may wait for. */
export const consistencyTokenOf = (streamId: string, version: number) => `${streamId}@${version}`;

export function parseConsistencyToken(token: string): { streamId: string; version: number } | undefined {
  const at = token.lastIndexOf('@');
  const version = Number(token.slice(at + 1));
  return at > 0 && Number.isInteger(version) && version >= 0 ? { streamId: token.slice(0, at), version } : undefined;
}

/**
 * How far the gateway's read models have got, per stream. The projector records a batch only
 * after its writes, in MongoDB, so every gateway instance sees every partition's progress.
 */
export class ProjectionCheckpoints {
  private readonly seen = new Map<string, number>();

  constructor(private readonly connection: () => Connection) {}

  private get collection() {
    return this.connection().collection<{ _id: string; version: number }>(CHECKPOINTS);
  }

  /** Called by the projector after a batch's writes. */
  async record(envelopes: EventEnvelope[]): Promise<void> {
    const latest = new Map<string, number>();
    for (const { streamId, streamVersion } of envelopes) latest.set(streamId, Math.max(latest.get(streamId) ?? 0, streamVersion));
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
