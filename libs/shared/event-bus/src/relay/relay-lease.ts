import type { Collection, Connection } from 'mongoose';

interface LeaseDocument {
  _id: string;
  holder: string;
  expiresAt: Date;
}

/**
 * A time-limited lease in MongoDB so that only one relay instance of a service publishes at a
 * time. The holder renews it; if the holder dies, the lease lapses after `ttlMs` and another
 * instance takes it over.
 */
export class RelayLease {
  private readonly collection: Collection<LeaseDocument>;
  private heldUntil = 0;

  constructor(
    connection: Connection,
    private readonly name: string,
    readonly holder: string,
    private readonly ttlMs: number,
  ) {
    this.collection = connection.collection<LeaseDocument>('outbox_leases');
  }

  /** Take or renew the lease; false when another live instance holds it. */
  async acquire(): Promise<boolean> {
    const now = Date.now();
    try {
      const taken = await this.collection.findOneAndUpdate(
        { _id: this.name, $or: [{ holder: this.holder }, { expiresAt: { $lt: new Date(now) } }] },
        { $set: { holder: this.holder, expiresAt: new Date(now + this.ttlMs) } },
        { upsert: true, returnDocument: 'after' },
      );
      this.heldUntil = taken?.holder === this.holder ? now + this.ttlMs : 0;
    } catch (error) {
      // The upsert hit the existing document of another holder: not ours.
      if ((error as { code?: number }).code !== 11000) throw error;
      this.heldUntil = 0;
    }
    return this.isHeld();
  }

  /** Held, with a safety margin so that we stop before the lease could lapse mid-publish. */
  isHeld(): boolean {
    return Date.now() < this.heldUntil - this.ttlMs / 4;
  }

  async release(): Promise<void> {
    this.heldUntil = 0;
    await this.collection.deleteOne({ _id: this.name, holder: this.holder });
  }
}
