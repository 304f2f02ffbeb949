import 'fake-indexeddb/auto';
import {
  type Batch,
  BATCH_SIZE,
  discardBatch,
  type FieldStore,
  loadRoster,
  nextBatch,
  openFieldStore,
  pruneOld,
  queueStatus,
  type QueuedRecord,
  recordCheck,
  recordsOf,
  retryBatch,
  saveRoster,
  syncOnce,
  type UploadOutcome,
} from './attendance-queue';

const LEADER = 'acc-leader';
let db: FieldStore;
let dbCount = 0;

beforeEach(async () => {
  db = await openFieldStore(`field-test-${++dbCount}`);
});
afterEach(() => db.close());

const tap = (volunteerId: string, kind: 'check-in' | 'check-out' = 'check-in', shiftId = 'shift-1', minute = 0) =>
  recordCheck(db, { accountId: LEADER, shiftId, volunteerId, kind }, new Date(Date.UTC(2026, 11, 8, 1, minute)));

const nth = <T>(list: T[], index: number): T => {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};

/** An upload that answers as told and remembers what it was sent. */
function fakeApi(answers: UploadOutcome[]) {
  const calls: { key: string; records: QueuedRecord[] }[] = [];
  const upload = async (batch: Batch, records: QueuedRecord[]): Promise<UploadOutcome> => {
    calls.push({ key: batch.batchId, records });
    return answers.shift() ?? { kind: 'uploaded' };
  };
  return { calls, upload };
}

describe('the offline attendance queue', () => {
  it('keeps a tap at once, with the device time, queued until it is uploaded', async () => {
    const record = await tap('tnv-1');
    expect(record).toMatchObject({
      shiftId: 'shift-1',
      volunteerId: 'tnv-1',
      kind: 'check-in',
      method: 'team-leader',
      at: '2026-12-08T01:00:00.000Z',
      uploaded: false,
    });
    expect(await recordsOf(db, LEADER, 'shift-1')).toEqual([record]);
    expect(await queueStatus(db, LEADER, 'shift-1')).toEqual({ queued: 1, uploaded: 0, failed: [] });
  });

  it('survives closing the database (a reload)', async () => {
    await tap('tnv-1');
    db.close();
    db = await openFieldStore(`field-test-${dbCount}`);
    expect((await queueStatus(db, LEADER, 'shift-1')).queued).toBe(1);
  });

  it('uploads the records of a shift in one batch and counts them uploaded', async () => {
    await tap('tnv-1');
    await tap('tnv-2', 'check-in', 'shift-1', 1);
    await tap('tnv-1', 'check-out', 'shift-1', 2);
    const api = fakeApi([]);
    expect(await syncOnce(db, LEADER, api.upload)).toEqual({ uploaded: 3, refused: 0, stopped: false });
    expect(api.calls).toHaveLength(1);
    expect(nth(api.calls, 0).records.map((record) => `${record.volunteerId} ${record.kind}`)).toEqual(['tnv-1 check-in', 'tnv-2 check-in', 'tnv-1 check-out']);
    expect(await queueStatus(db, LEADER, 'shift-1')).toEqual({ queued: 0, uploaded: 3, failed: [] });
    // Nothing left: nothing sent again.
    await syncOnce(db, LEADER, api.upload);
    expect(api.calls).toHaveLength(1);
  });

  it('sends the same batch under the same key after a lost reply, and records taken meanwhile in the next one', async () => {
    await tap('tnv-1');
    const api = fakeApi([{ kind: 'offline' }]);
    expect(await syncOnce(db, LEADER, api.upload)).toEqual({ uploaded: 0, refused: 0, stopped: true });
    expect((await queueStatus(db, LEADER, 'shift-1')).queued).toBe(1);
    await tap('tnv-2', 'check-in', 'shift-1', 5);

    await syncOnce(db, LEADER, api.upload);
    expect(api.calls).toHaveLength(3);
    const [lost, retry, later] = [nth(api.calls, 0), nth(api.calls, 1), nth(api.calls, 2)];
    expect(retry.key).toBe(lost.key);
    expect(retry.records).toEqual(lost.records);
    expect(later.key).not.toBe(lost.key);
    expect(later.records.map((record) => record.volunteerId)).toEqual(['tnv-2']);
    expect(await queueStatus(db, LEADER, 'shift-1')).toEqual({ queued: 0, uploaded: 2, failed: [] });
  });

  it('an upload that throws counts as offline: the batch stays for the next try', async () => {
    await tap('tnv-1');
    const summary = await syncOnce(db, LEADER, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(summary.stopped).toBe(true);
    expect((await nextBatch(db, LEADER))?.records).toHaveLength(1);
  });

  it('keeps a retryable error visible and stops until the next sync', async () => {
    await tap('tnv-1');
    const api = fakeApi([{ kind: 'retry', message: 'Hệ thống đang bận.' }]);
    expect((await syncOnce(db, LEADER, api.upload)).stopped).toBe(true);
    expect(await queueStatus(db, LEADER, 'shift-1')).toEqual({ queued: 1, uploaded: 0, failed: [], retryError: 'Hệ thống đang bận.' });
    await syncOnce(db, LEADER, api.upload);
    expect(nth(api.calls, 1).key).toBe(nth(api.calls, 0).key);
    expect(await queueStatus(db, LEADER, 'shift-1')).toEqual({ queued: 0, uploaded: 1, failed: [] });
  });

  it("sets a refused batch aside with the API's message, goes on with the others, and can retry or discard it", async () => {
    await tap('tnv-1', 'check-in', 'shift-1');
    await tap('tnv-9', 'check-in', 'shift-2', 1);
    const api = fakeApi([{ kind: 'refused', message: 'Ngoài giờ của ca.' }]);
    expect(await syncOnce(db, LEADER, api.upload)).toEqual({ uploaded: 1, refused: 1, stopped: false });
    const status = await queueStatus(db, LEADER, 'shift-1');
    expect(status.queued).toBe(0);
    expect(status.failed).toEqual([{ batchId: nth(api.calls, 0).key, records: 1, error: 'Ngoài giờ của ca.' }]);
    expect((await queueStatus(db, LEADER, 'shift-2')).uploaded).toBe(1);

    await retryBatch(db, nth(api.calls, 0).key);
    expect((await queueStatus(db, LEADER, 'shift-1')).queued).toBe(1);
    await syncOnce(db, LEADER, fakeApi([{ kind: 'refused', message: 'Vẫn ngoài giờ.' }]).upload);
    await discardBatch(db, nth(api.calls, 0).key);
    expect(await recordsOf(db, LEADER, 'shift-1')).toEqual([]);
    expect(await queueStatus(db, LEADER, 'shift-1')).toEqual({ queued: 0, uploaded: 0, failed: [] });
  });

  it('uploads at most a batch size at a time, and only the signed-in account’s records', async () => {
    for (let index = 0; index < BATCH_SIZE + 1; index++) await tap(`tnv-${index}`);
    await recordCheck(db, { accountId: 'acc-other', shiftId: 'shift-1', volunteerId: 'tnv-x', kind: 'check-in' });
    const api = fakeApi([]);
    expect((await syncOnce(db, LEADER, api.upload)).uploaded).toBe(BATCH_SIZE + 1);
    expect(api.calls.map((call) => call.records.length)).toEqual([BATCH_SIZE, 1]);
    expect((await queueStatus(db, 'acc-other', 'shift-1')).queued).toBe(1);
  });

  it('keeps the roster for offline use and forgets it a day after the shift', async () => {
    const roster = {
      shiftId: 'shift-1',
      accountId: LEADER,
      activityName: 'Dọn vệ sinh',
      roleName: 'Lao động',
      startsAt: '2026-12-08T00:00:00Z',
      endsAt: '2026-12-08T04:00:00Z',
      volunteers: [{ volunteerId: 'tnv-1', fullName: 'Nguyễn Văn A' }],
      savedAt: '2026-12-08T00:00:00Z',
    };
    await saveRoster(db, roster);
    await tap('tnv-1');
    await syncOnce(db, LEADER, fakeApi([]).upload);
    await pruneOld(db, new Date('2026-12-08T12:00:00Z'));
    expect(await loadRoster(db, LEADER, 'shift-1')).toEqual(roster);
    await pruneOld(db, new Date('2026-12-10T00:00:00Z'));
    expect(await loadRoster(db, LEADER, 'shift-1')).toBeUndefined();
    expect(await recordsOf(db, LEADER, 'shift-1')).toEqual([]);
  });
});
