import type { AttendanceRecord } from '@tn/campaigns-contracts';

/**
 * For each record id held by a shift, the record's content key (see `contentKeyOf`): all the
 * decisions need (a duplicate upload is a no-op, the same id with other content is refused, a
 * correction voids only its volunteer's own records), without the records themselves.
 *
 * A busy shift holds thousands of records and every upload adds hundreds. A flat map would be
 * copied whole for every record evolved (quadratic per upload) and snapshotted in full; the
 * index is kept in chunks instead, so evolving one record copies one chunk of at most
 * CHUNK_SIZE entries and the list of chunks. Plain objects, so the state snapshots as JSON.
 */
export type RecordIndex = readonly Readonly<Record<string, string>>[];

export const CHUNK_SIZE = 512;

/**
 * What makes two records with one id the same record: volunteer, kind, method and instant (any
 * spelling of the same instant). A QR scan's id is made by the service from the volunteer, the
 * code and the kind, so scanning the same code again is the same record whatever its time: the
 * first scan's time stands. The volunteer id comes last, so it may hold any character.
 */
export function contentKeyOf(record: Pick<AttendanceRecord, 'volunteerId' | 'kind' | 'method' | 'at'>): string {
  const instant = record.method === 'qr-code' ? '' : String(Date.parse(record.at));
  return `${record.kind}|${record.method}|${instant}|${record.volunteerId}`;
}

/** The volunteer of a content key. */
const volunteerOfKey = (key: string): string => key.split('|').slice(3).join('|');

/** The content key of a held record, or undefined when the shift does not hold it (own keys only: `constructor` is a valid id). */
export function contentKeyOfRecord(index: RecordIndex, recordId: string): string | undefined {
  for (const chunk of index) if (Object.hasOwn(chunk, recordId)) return chunk[recordId];
  return undefined;
}

/** The volunteer a record belongs to, or undefined when the shift does not hold it. */
export function volunteerOfRecord(index: RecordIndex, recordId: string): string | undefined {
  const key = contentKeyOfRecord(index, recordId);
  return key === undefined ? undefined : volunteerOfKey(key);
}

/** The index with one more record (the same index when the record is already held). */
export function withRecord(index: RecordIndex, recordId: string, contentKey: string): RecordIndex {
  if (contentKeyOfRecord(index, recordId) !== undefined) return index;
  const last = index[index.length - 1];
  if (last && Object.keys(last).length < CHUNK_SIZE) return [...index.slice(0, -1), { ...last, [recordId]: contentKey }];
  return [...index, { [recordId]: contentKey }];
}
