import type { Db } from 'mongodb';
import { READS_IN_FLIGHT } from '../../../libs/gateway/core/src/bounded-reads';
import { percentile } from '../bench-kit';

/**
 * What the store itself gives, with the plain driver, to explain the walks' figures: how fast it
 * hands over documents (one find over a whole collection), and how many indexed equalities it
 * answers per second when they find nothing (the cost of a query alone), READS_IN_FLIGHT at once.
 */

export interface StoreRates {
  /** Documents per second of a whole-collection find, median of 3. */
  scan: Record<string, { docs: number; docsPerSecond: number }>;
  /** Empty `{ field: value }` finds per second on an indexed array field, READS_IN_FLIGHT at once. */
  emptyEqualityPerSecond: number;
  /** `_id` lookups per second, READS_IN_FLIGHT at once. */
  idLookupsPerSecond: number;
}

const projection = { _versions: 0, _purges: 0 };

async function scanRate(db: Db, collection: string): Promise<{ docs: number; docsPerSecond: number }> {
  const rates: number[] = [];
  let docs = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    docs = (await db.collection(collection).find({}, { projection }).toArray()).length;
    rates.push((docs / (performance.now() - started)) * 1000);
  }
  return { docs, docsPerSecond: Math.round(percentile(rates, 50)) };
}

async function queriesPerSecond(count: number, query: (n: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: READS_IN_FLIGHT }, async () => {
      while (next < count) await query(next++);
    }),
  );
  return Math.round((count / (performance.now() - started)) * 1000);
}

export async function storeRates(
  db: Db,
  collections: { scanned: string[]; equality: { collection: string; field: string }; ids: string },
): Promise<StoreRates> {
  const scan: StoreRates['scan'] = {};
  for (const collection of collections.scanned) scan[collection] = await scanRate(db, collection);
  const { collection, field } = collections.equality;
  const emptyEqualityPerSecond = await queriesPerSecond(2000, (n) =>
    db
      .collection(collection)
      .find({ [field]: `bt-absent-${n}` }, { projection })
      .toArray(),
  );
  const idLookupsPerSecond = await queriesPerSecond(2000, (n) => db.collection<{ _id: string }>(collections.ids).findOne({ _id: `bt-absent-${n}` }));
  return { scan, emptyEqualityPerSecond, idLookupsPerSecond };
}
