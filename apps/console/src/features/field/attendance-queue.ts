import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The team leader's check-ins and check-outs, kept on the device (IndexedDB) the moment they are
 * tapped, and uploaded later as the batches `recordAttendance` accepts. A batch, once formed, never
 * changes: it is sent again under the same Idempotency-Key until the gateway answers, so a retry
 * after a lost reply is not counted twice (the records' own ids make it doubly safe).
 */
export type AttendanceKind = 'check-in' | 'check-out';

export interface QueuedRecord {
  recordId: string;
  /** The account that took it: only that account uploads it (the key is scoped to the account). */
  accountId: string;
  shiftId: string;
  volunteerId: string;
  kind: AttendanceKind;
  /** The device's time when tapped (ISO). */
  at: string;
  method: 'team-leader';
  /** The batch it was put in, '' while waiting for one. */
  batchId: string;
  uploaded: boolean;
}

export type BatchState = 'pending' | 'failed' | 'uploaded';

export interface Batch {
  /** Also the request's Idempotency-Key. */
  batchId: string;
  accountId: string;
  shiftId: string;
  recordIds: string[];
  state: BatchState;
  /** The API's message for the last failed attempt (a refusal, or a retryable error). */
  error?: string;
  createdAt: string;
}

/** What one upload attempt came to. */
export type UploadOutcome = { kind: 'uploaded' } | { kind: 'offline' } | { kind: 'retry'; message: string } | { kind: 'refused'; message: string };

export interface RosterVolunteer {
  volunteerId: string;
  fullName: string | null;
}

/** A shift's list as last read, so the leader still has it without a connection. */
export interface Roster {
  shiftId: string;
  accountId: string;
  activityName: string;
  roleName: string;
  startsAt: string;
  endsAt: string;
  volunteers: RosterVolunteer[];
  savedAt: string;
}

interface FieldDb extends DBSchema {
  records: { key: string; value: QueuedRecord; indexes: { byShift: [string, string]; byBatch: string } };
  batches: { key: string; value: Batch; indexes: { byAccount: string } };
  rosters: { key: [string, string]; value: Roster };
}

export type FieldStore = IDBPDatabase<FieldDb>;

/** At most this many records per upload. */
export const BATCH_SIZE = 100;
const DB_NAME = 'tn-field';

export function openFieldStore(name = DB_NAME): Promise<FieldStore> {
  return openDB<FieldDb>(name, 1, {
    upgrade(db) {
      const records = db.createObjectStore('records', { keyPath: 'recordId' });
      records.createIndex('byShift', ['accountId', 'shiftId']);
      records.createIndex('byBatch', 'batchId');
      db.createObjectStore('batches', { keyPath: 'batchId' }).createIndex('byAccount', 'accountId');
      db.createObjectStore('rosters', { keyPath: ['accountId', 'shiftId'] });
    },
  });
}

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** A tap: stored at once with the device's time, waiting for a batch. */
export async function recordCheck(
  db: FieldStore,
  entry: { accountId: string; shiftId: string; volunteerId: string; kind: AttendanceKind },
  now = new Date(),
): Promise<QueuedRecord> {
  const record: QueuedRecord = { ...entry, recordId: newId('rec'), at: now.toISOString(), method: 'team-leader', batchId: '', uploaded: false };
  await db.put('records', record);
  return record;
}

/** The shift's records taken on this device by the account, oldest first. */
export async function recordsOf(db: FieldStore, accountId: string, shiftId: string): Promise<QueuedRecord[]> {
  const records = await db.getAllFromIndex('records', 'byShift', [accountId, shiftId]);
  return records.sort((a, b) => a.at.localeCompare(b.at) || a.recordId.localeCompare(b.recordId));
}

export interface QueueStatus {
  /** Waiting to be sent (in no batch yet, or in one not yet answered). */
  queued: number;
  uploaded: number;
  /** Batches the API refused, with its message. */
  failed: { batchId: string; records: number; error: string }[];
  /** The API's message of the last attempt that will be tried again. */
  retryError?: string;
}

export async function queueStatus(db: FieldStore, accountId: string, shiftId: string): Promise<QueueStatus> {
  const records = await recordsOf(db, accountId, shiftId);
  const batches = (await db.getAllFromIndex('batches', 'byAccount', accountId)).filter((batch) => batch.shiftId === shiftId);
  const failedIds = new Set(batches.filter((batch) => batch.state === 'failed').map((batch) => batch.batchId));
  const retry = batches.find((batch) => batch.state === 'pending' && batch.error);
  return {
    queued: records.filter((record) => !record.uploaded && !failedIds.has(record.batchId)).length,
    uploaded: records.filter((record) => record.uploaded).length,
    failed: batches
      .filter((batch) => batch.state === 'failed')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((batch) => ({ batchId: batch.batchId, records: batch.recordIds.length, error: batch.error ?? '' })),
    ...(retry?.error ? { retryError: retry.error } : {}),
  };
}

/**
 * The next batch to send for the account: a pending one first (the same content under the same
 * key, as many times as it takes), else a new one of the records waiting, oldest first, one shift
 * at a time. Formed in one transaction, so two loops never put a record in two batches.
 */
export async function nextBatch(db: FieldStore, accountId: string, now = new Date()): Promise<{ batch: Batch; records: QueuedRecord[] } | undefined> {
  const tx = db.transaction(['records', 'batches'], 'readwrite');
  const records = tx.objectStore('records');
  const batches = tx.objectStore('batches');
  const pending = (await batches.index('byAccount').getAll(accountId))
    .filter((batch) => batch.state === 'pending')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  if (pending) {
    const held = await records.index('byBatch').getAll(pending.batchId);
    await tx.done;
    return { batch: pending, records: pending.recordIds.map((id) => held.find((record) => record.recordId === id)).filter((r): r is QueuedRecord => !!r) };
  }
  const waiting = (await records.index('byBatch').getAll(''))
    .filter((record) => record.accountId === accountId && !record.uploaded)
    .sort((a, b) => a.at.localeCompare(b.at) || a.recordId.localeCompare(b.recordId));
  const first = waiting[0];
  if (!first) {
    await tx.done;
    return undefined;
  }
  const chosen = waiting.filter((record) => record.shiftId === first.shiftId).slice(0, BATCH_SIZE);
  const batch: Batch = {
    batchId: newId('att'),
    accountId,
    shiftId: first.shiftId,
    recordIds: chosen.map((record) => record.recordId),
    state: 'pending',
    createdAt: now.toISOString(),
  };
  const placed = chosen.map((record) => ({ ...record, batchId: batch.batchId }));
  await Promise.all([batches.put(batch), ...placed.map((record) => records.put(record))]);
  await tx.done;
  return { batch, records: placed };
}

async function settle(db: FieldStore, batch: Batch, outcome: UploadOutcome): Promise<void> {
  const tx = db.transaction(['records', 'batches'], 'readwrite');
  if (outcome.kind === 'uploaded') {
    await tx.objectStore('batches').put({ ...batch, state: 'uploaded', error: undefined });
    const held = await tx.objectStore('records').index('byBatch').getAll(batch.batchId);
    await Promise.all(held.map((record) => tx.objectStore('records').put({ ...record, uploaded: true })));
  } else if (outcome.kind === 'refused') {
    await tx.objectStore('batches').put({ ...batch, state: 'failed', error: outcome.message });
  } else if (outcome.kind === 'retry') {
    await tx.objectStore('batches').put({ ...batch, error: outcome.message });
  }
  await tx.done;
}

export interface SyncSummary {
  uploaded: number;
  refused: number;
  /** It stopped because the network or the API was not there (try again later). */
  stopped: boolean;
}

/**
 * Sends the account's batches one after another until none is left, the network is gone, or the
 * API asks to try later. A refused batch is set aside (failed, with the API's message) so that
 * the records after it still go.
 */
export async function syncOnce(
  db: FieldStore,
  accountId: string,
  upload: (batch: Batch, records: QueuedRecord[]) => Promise<UploadOutcome>,
  now = () => new Date(),
): Promise<SyncSummary> {
  const summary: SyncSummary = { uploaded: 0, refused: 0, stopped: false };
  for (;;) {
    const next = await nextBatch(db, accountId, now());
    if (!next) return summary;
    let outcome: UploadOutcome;
    try {
      outcome = await upload(next.batch, next.records);
    } catch {
      outcome = { kind: 'offline' };
    }
    await settle(db, next.batch, outcome);
    if (outcome.kind === 'uploaded') summary.uploaded += next.records.length;
    else if (outcome.kind === 'refused') summary.refused += next.records.length;
    else return { ...summary, stopped: true };
  }
}

/** Send a refused batch again (the same records under the same key), at the next sync. */
export async function retryBatch(db: FieldStore, batchId: string): Promise<void> {
  const batch = await db.get('batches', batchId);
  if (batch?.state === 'failed') await db.put('batches', { ...batch, state: 'pending', error: undefined });
}

/** Give up a refused batch: its records leave the device. */
export async function discardBatch(db: FieldStore, batchId: string): Promise<void> {
  const tx = db.transaction(['records', 'batches'], 'readwrite');
  const held = await tx.objectStore('records').index('byBatch').getAllKeys(batchId);
  await Promise.all([tx.objectStore('batches').delete(batchId), ...held.map((key) => tx.objectStore('records').delete(key))]);
  await tx.done;
}

export async function saveRoster(db: FieldStore, roster: Roster): Promise<void> {
  await db.put('rosters', roster);
}

export async function loadRoster(db: FieldStore, accountId: string, shiftId: string): Promise<Roster | undefined> {
  return db.get('rosters', [accountId, shiftId]);
}

/**
 * Forget what is no longer needed: the lists of shifts ended more than a day ago (names are
 * personal data), and uploaded records and batches of those shifts.
 */
export async function pruneOld(db: FieldStore, now = new Date()): Promise<void> {
  const cutoff = now.getTime() - 24 * 3600_000;
  const tx = db.transaction(['rosters', 'records', 'batches'], 'readwrite');
  const ended = new Set<string>();
  for (const roster of await tx.objectStore('rosters').getAll()) {
    if (Date.parse(roster.endsAt) < cutoff) {
      ended.add(roster.shiftId);
      await tx.objectStore('rosters').delete([roster.accountId, roster.shiftId]);
    }
  }
  for (const record of await tx.objectStore('records').getAll()) {
    if (record.uploaded && (ended.has(record.shiftId) || Date.parse(record.at) < cutoff)) await tx.objectStore('records').delete(record.recordId);
  }
  for (const batch of await tx.objectStore('batches').getAll()) {
    if (batch.state === 'uploaded' && Date.parse(batch.createdAt) < cutoff) await tx.objectStore('batches').delete(batch.batchId);
  }
  await tx.done;
}
