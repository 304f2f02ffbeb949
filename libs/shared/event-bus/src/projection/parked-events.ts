import type { Collection, Connection } from 'mongoose';
import type { CapturedMessage } from './captured-message';

export const PARKED_EVENTS_COLLECTION = 'projection_parked_events';

interface ParkedEventDocument {
  _id: string;
  collection: string;
  streamId: string;
  version: number;
  message: CapturedMessage;
  parkedAt: Date;
}

/**
 * Events that arrived before their predecessor, kept per read model until it arrives. Parking
 * is durable so that the message's offset can be committed without losing the event. The
 * message is kept as it came (personal data encrypted), so erasure shreds parked copies too.
 */
export class ParkedEvents {
  private readonly parked: Collection<ParkedEventDocument>;

  constructor(connection: Connection) {
    this.parked = connection.collection<ParkedEventDocument>(PARKED_EVENTS_COLLECTION);
  }

  async park(collection: string, streamId: string, version: number, message: CapturedMessage): Promise<void> {
    await this.parked.updateOne(
      { _id: parkedId(collection, streamId, version) },
      { $set: { collection, streamId, version, message, parkedAt: new Date() } },
      { upsert: true },
    );
  }

  async find(collection: string, streamId: string, version: number): Promise<CapturedMessage | null> {
    return (await this.parked.findOne({ _id: parkedId(collection, streamId, version) }))?.message ?? null;
  }

  async remove(collection: string, streamId: string, version: number): Promise<void> {
    await this.parked.deleteOne({ _id: parkedId(collection, streamId, version) });
  }

  async count(collection: string): Promise<number> {
    return this.parked.countDocuments({ collection });
  }

  async forget(collection: string): Promise<void> {
    await this.parked.deleteMany({ collection });
  }
}

const parkedId = (collection: string, streamId: string, version: number) => `${collection}|${streamId}|${version}`;
