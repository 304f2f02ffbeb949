/**
 * Which volunteer each record id held by a shift belongs to: all the decisions need (duplicate
 * uploads, corrections voiding a volunteer's own records), without the records themselves.
 *
 * A busy shift holds thousands of records and every upload adds hundreds. A flat map would be
 * copied whole for every record evolved (quadratic per upload) and snapshotted in full; the
 * index is kept in chunks instead, so evolving one record copies one chunk of at most
 * CHUNK_SIZE entries and the list of chunks. Plain objects, so the state snapshots as JSON.
 */
export type RecordIndex = readonly Readonly<Record<string, string>>[];

export const CHUNK_SIZE = 512;

/** The volunteer a record belongs to, or undefined when the shift does not hold it (own keys only: `constructor` is a valid id). */
export function volunteerOfRecord(index: RecordIndex, recordId: string): string | undefined {
  for (const chunk of index) if (Object.hasOwn(chunk, recordId)) return chunk[recordId];
  return undefined;
}

/** The index with one more record (the same index when the record is already held). */
export function withRecord(index: RecordIndex, recordId: string, volunteerId: string): RecordIndex {
  if (volunteerOfRecord(index, recordId) !== undefined) return index;
  const last = index[index.length - 1];
  if (last && Object.keys(last).length < CHUNK_SIZE) return [...index.slice(0, -1), { ...last, [recordId]: volunteerId }];
  return [...index, { [recordId]: volunteerId }];
}

export const recordCount = (index: RecordIndex): number => index.reduce((count, chunk) => count + Object.keys(chunk).length, 0);
