import type { Connection } from 'mongoose';

type Stored<T> = T & { _id: string; _deleted?: boolean };
/** The projector's bookkeeping, never read by a resolver. */
const projection = { _versions: 0, _purges: 0 };

/**
 * A filter the store serves from an index: top-level equalities on string values only (ADR
 * 0017). An equality on an array field matches the documents whose array holds the value.
 */
export type EqualityFilter = Readonly<Record<string, string>>;

/** Reads of a slice's read models: one document by `_id`, or the documents matching equalities. */
export class ReadModelReads {
  constructor(private readonly connection: Connection) {}

  async one<T>(collection: string, id: string): Promise<T | undefined> {
    const doc = await this.connection.collection<Stored<T>>(collection).findOne({ _id: id } as never, { projection });
    return doc && !doc._deleted ? (doc as T) : undefined;
  }

  /** The live documents matching the filter, without the bookkeeping nor the fields in `leaveOut` (a query's own tokens). */
  async where<T>(collection: string, filter: EqualityFilter, leaveOut: Readonly<Record<string, 0>> = {}): Promise<T[]> {
    const docs = await this.connection
      .collection<Stored<T>>(collection)
      .find(filter as never, { projection: { ...projection, ...leaveOut } })
      .toArray();
    return docs.filter((doc) => !doc._deleted) as T[];
  }
}
