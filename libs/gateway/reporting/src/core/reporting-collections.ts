import type { Connection } from 'mongoose';
import { type EqualityFilter, ReadModelReads } from '@tn/gateway-core';
import { type Projection, ReadModelAliases } from '@tn/shared-event-bus';

/** A read model as its alias is looked up: its name, and the collection it has until a rebuild swaps it. */
export type ReadModelRef = Pick<Projection, 'name' | 'collection'>;

/** One alias cache per gateway process and connection (readers are made per request; the cache must outlive them). */
const aliasesByConnection = new WeakMap<Connection, ReadModelAliases>();

/**
 * The collection serving one of the slice's read models now. A rebuild (rebuildIndicatorFacts)
 * fills a new collection and swaps the alias; a lookup is cached for a second, as the live
 * projector's is, and the rebuild waits that out before it drops the old collection.
 */
export function servingCollectionOf(connection: Connection, model: ReadModelRef): Promise<string> {
  let aliases = aliasesByConnection.get(connection);
  if (aliases === undefined) {
    aliases = new ReadModelAliases(connection);
    aliasesByConnection.set(connection, aliases);
  }
  return aliases.resolve(model.name, model.collection);
}

/** ReadModelReads by read model instead of collection name: each read goes to the collection serving it now. */
export class ReportingReads {
  private readonly reads: ReadModelReads;

  constructor(private readonly connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  async one<T>(model: ReadModelRef, id: string): Promise<T | undefined> {
    return this.reads.one<T>(await servingCollectionOf(this.connection, model), id);
  }

  async where<T>(model: ReadModelRef, filter: EqualityFilter, leaveOut: Readonly<Record<string, 0>> = {}): Promise<T[]> {
    return this.reads.where<T>(await servingCollectionOf(this.connection, model), filter, leaveOut);
  }
}
