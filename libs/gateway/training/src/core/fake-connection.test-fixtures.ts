import type { Connection } from 'mongoose';

/** A connection whose collections answer from lists of documents by plain equality, recording every filter. */
export function fakeConnection(docs: Record<string, Record<string, unknown>[]>) {
  const filters: { collection: string; filter: Record<string, unknown> }[] = [];
  const matching = (collection: string, filter: Record<string, unknown>) => {
    filters.push({ collection, filter });
    return (docs[collection] ?? []).filter((doc) =>
      Object.entries(filter).every(([field, value]) => (Array.isArray(doc[field]) ? (doc[field] as unknown[]).includes(value) : doc[field] === value)),
    );
  };
  const connection = {
    collection: (name: string) => ({
      findOne: async (filter: Record<string, unknown>) => matching(name, filter)[0] ?? null,
      find: (filter: Record<string, unknown>) => ({ toArray: async () => matching(name, filter) }),
    }),
  } as unknown as Connection;
  return { connection, filters };
}

/** Whether a filter is what the store serves from an index: top-level equalities on strings (ADR 0017). */
export const isPlainEquality = (filter: Record<string, unknown>): boolean =>
  Object.entries(filter).every(([field, value]) => !field.startsWith('$') && !field.includes('.') && typeof value === 'string');
