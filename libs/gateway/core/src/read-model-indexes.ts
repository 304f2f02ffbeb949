import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Projection, ReadModelIndex } from '@tn/shared-event-bus';
import { MongoConnection } from '@tn/shared-service-kit';

/** One index of one read model's collection. */
export interface DeclaredIndex {
  collection: string;
  index: ReadModelIndex;
}

/**
 * The indexes every slice's read models declare, created once MongoDB answers. Each slice
 * registers its projections as its module is built (see gatewaySlice); the core creates their
 * indexes on bootstrap, in the background: `createIndex` of an existing index changes nothing,
 * and a backend that refuses one is logged and passed over (the reads still answer, scanning).
 */
@Injectable()
export class ReadModelIndexes implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReadModelIndexes.name);
  private readonly projections: Projection[] = [];

  constructor(private readonly mongo: MongoConnection) {}

  /** A slice's read models (called while the application is built, before bootstrap). */
  register(projections: readonly Projection[]): void {
    this.projections.push(...projections);
  }

  /** Every index declared so far, once each. */
  declared(): DeclaredIndex[] {
    const byKey = new Map<string, DeclaredIndex>();
    for (const { collection, indexes = [] } of this.projections) {
      for (const index of indexes) byKey.set(`${collection} ${JSON.stringify(index)}`, { collection, index });
    }
    return [...byKey.values()];
  }

  onApplicationBootstrap(): void {
    void this.create();
  }

  /** Creates every declared index (resolves when all were tried). */
  async create(): Promise<void> {
    await this.mongo.connected();
    for (const { collection, index } of this.declared()) {
      await this.mongo.connection
        .collection(collection)
        .createIndex({ ...index })
        .catch((error: Error) => this.logger.warn(`index ${JSON.stringify(index)} on ${collection} not created: ${error.message}`));
    }
  }
}
