import type { Db, Document } from 'mongodb';

/**
 * The plainest way to put the facts in the store: the documents the reporting slice made, read
 * back whole (one find per collection) and inserted again with `insertMany` in batches of 1,000
 * into a scratch collection, no index but `_id`. What the rebuild is measured against: the same
 * number of documents written with no Kafka, no decoding, no fold, no version bookkeeping.
 */

const BATCH = 1_000;
const SCRATCH = 'bench_raw_facts';

export interface RawFactWrites {
  documents: number;
  byCollection: Record<string, number>;
  /** Reading them all (every collection at once). */
  readMs: number;
  insertMs: number;
  insertPerSecond: number;
}

export async function rawFactWrites(db: Db, collections: readonly string[]): Promise<RawFactWrites> {
  const readStarted = performance.now();
  const lists = await Promise.all(collections.map((name) => db.collection(name).find({}).toArray()));
  const readMs = performance.now() - readStarted;
  const documents: Document[] = lists.flat().map(({ _id, ...rest }) => ({ ...rest, source: String(_id) }));
  const scratch = db.collection(SCRATCH);
  await scratch.drop().catch(() => undefined);
  const insertStarted = performance.now();
  for (let start = 0; start < documents.length; start += BATCH) await scratch.insertMany(documents.slice(start, start + BATCH), { ordered: false });
  const insertMs = performance.now() - insertStarted;
  await scratch.drop().catch(() => undefined);
  return {
    documents: documents.length,
    byCollection: Object.fromEntries(collections.map((name, i) => [name, lists[i]!.length])),
    readMs: Math.round(readMs),
    insertMs: Math.round(insertMs),
    insertPerSecond: Math.round((documents.length / insertMs) * 1000),
  };
}
