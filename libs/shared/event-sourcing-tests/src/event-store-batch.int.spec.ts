import { randomUUID } from 'node:crypto';
import { ConcurrencyConflictError } from '@tn/shared-event-store';
import { isolatedSuite } from '@tn/shared-testing';
import { counterEventTypes } from './fixtures/counter';
import { metadata, openStore, type StoreFixture } from './fixtures/store-fixture';
import { volunteerEventTypes } from './fixtures/volunteer';

const increment = (streamId: string, expectedVersion: number, count = 1, commandId: string = randomUUID()) => ({
  streamId,
  streamType: 'counter',
  expectedVersion,
  commandId,
  events: Array.from({ length: count }, () => ({ type: 'CounterIncremented', data: { counterId: streamId, by: 1 } })),
  metadata: metadata(),
});
const minuteOf = (position: number) => Math.floor(position / 60_000_000);

describe('MongoDB event store: batch appends (real MongoDB-wire server)', () => {
  const suite = isolatedSuite('event store batch');
  let fixture: StoreFixture;

  beforeAll(async () => {
    fixture = await openStore(suite, [...counterEventTypes, ...volunteerEventTypes]);
  });
  afterAll(async () => {
    await fixture.close();
    await suite.cleanUp();
  });

  it('writes new streams and one stream chunked into consecutive commits, readable as if appended one by one', async () => {
    const outcomes = await fixture.store.appendBatch([
      increment('counter-batch-a', 0),
      increment('counter-batch-long', 0, 3),
      increment('counter-batch-b', 0),
      increment('counter-batch-long', 3, 2),
      increment('counter-batch-long', 5, 4),
    ]);
    expect(outcomes.map((o) => ('appended' in o ? [o.appended.streamId, o.appended.fromVersion, o.appended.toVersion, o.appended.duplicate] : o))).toEqual([
      ['counter-batch-a', 1, 1, false],
      ['counter-batch-long', 1, 3, false],
      ['counter-batch-b', 1, 1, false],
      ['counter-batch-long', 4, 5, false],
      ['counter-batch-long', 6, 9, false],
    ]);
    const read = await fixture.store.readStream('counter-batch-long');
    expect(read.version).toBe(9);
    expect(read.events.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const commits = await fixture.store.commits.find({ stream: 'counter-batch-long' }).sort({ fromVersion: 1 }).toArray();
    expect(commits.map((c) => c.previousCommitId)).toEqual([null, 'counter-batch-long@1', 'counter-batch-long@4']);
    const positions = commits.map((c) => c.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(3);
  });

  it('gives every commit, single or batched, the minute of its position, found by equality on its index', async () => {
    const single = await fixture.store.append(increment('counter-minute-single', 0));
    const [batched] = await fixture.store.appendBatch([increment('counter-minute-batch', 0)]);
    const batchedPosition = batched && 'appended' in batched ? batched.appended.position : NaN;
    for (const [stream, position] of [
      ['counter-minute-single', single.position],
      ['counter-minute-batch', batchedPosition],
    ] as const) {
      const commit = await fixture.store.commits.findOne({ stream });
      expect(commit?.positionMinute).toBe(minuteOf(position));
      const sameMinute = await fixture.store.commits.find({ positionMinute: minuteOf(position) }, { projection: { _id: 1 } }).toArray();
      expect(sameMinute.map((c) => c._id)).toContain(`${stream}@1`);
    }
    const indexes = await fixture.store.commits.listIndexes().toArray();
    expect(indexes.find((index) => index['name'] === 'position_minute')?.['key']).toEqual({ positionMinute: 1 });
  });

  it('encrypts personal data and records subjects as a single append does', async () => {
    const hoa = { volunteerId: 'vol-hoa', fullName: 'Giàng Thị Hoa', phone: '0977123456', homeUnitId: 'unit-bac-ha' };
    await fixture.store.appendBatch([
      {
        streamId: 'volunteer-vol-hoa',
        streamType: 'volunteer',
        expectedVersion: 0,
        commandId: randomUUID(),
        events: [{ type: 'VolunteerRegistered', data: hoa }],
        metadata: metadata(),
      },
    ]);
    const raw = await fixture.store.commits.findOne({ stream: 'volunteer-vol-hoa' });
    expect(JSON.stringify(raw)).not.toContain(hoa.fullName);
    expect(JSON.stringify(raw)).not.toContain(hoa.phone);
    expect(raw?.subjects).toEqual(['vol-hoa']);
    expect((await fixture.store.readStream('volunteer-vol-hoa')).events[0]?.data).toEqual(hoa);
  });

  it('refuses invalid data, or a stream it would have to look up, before writing anything', async () => {
    const invalid = fixture.store.appendBatch([
      increment('counter-refused-1', 0),
      { ...increment('counter-refused-2', 0), events: [{ type: 'CounterIncremented', data: { counterId: '', by: 1 } }] },
    ]);
    await expect(invalid).rejects.toThrow('invalid CounterIncremented');
    const unknownPredecessor = fixture.store.appendBatch([increment('counter-refused-3', 0), increment('counter-batch-a', 1)]);
    await expect(unknownPredecessor).rejects.toThrow('counter-batch-a after version 1 needs its previousCommitId');
    expect(await fixture.store.commits.countDocuments({ stream: { $in: ['counter-refused-1', 'counter-refused-2', 'counter-refused-3'] } })).toBe(0);
  });

  it('answers a batch sent again with its first commits, reports a taken version as a conflict, and writes the rest', async () => {
    const batch = [increment('counter-again-a', 0, 1, 'again-a'), increment('counter-again-b', 0, 2, 'again-b')];
    const first = await fixture.store.appendBatch(batch);
    const announced: string[] = [];
    const stop = fixture.store.onAppended((_, commit) => announced.push(commit._id));
    const again = await fixture.store.appendBatch([...batch, increment('counter-again-a', 0, 1, 'another-command'), increment('counter-again-c', 0)]);
    stop();
    expect(again.slice(0, 2)).toEqual(first.map((o) => ('appended' in o ? { appended: { ...o.appended, duplicate: true } } : o)));
    expect(again[2]).toEqual({ conflict: expect.any(ConcurrencyConflictError) });
    expect(again[3]).toMatchObject({ appended: { streamId: 'counter-again-c', duplicate: false } });
    expect(announced).toEqual(['counter-again-c@1']); // the relay hears of new commits only
    expect(await fixture.store.commits.countDocuments({ stream: 'counter-again-a' })).toBe(1);
  });

  it('continues a stream appended before, from the commit and position the caller names', async () => {
    const earlier = await fixture.store.append(increment('counter-continued', 0));
    const [outcome] = await fixture.store.appendBatch([
      { ...increment('counter-continued', 1), previousCommitId: earlier.commitId, afterPosition: earlier.position },
    ]);
    expect(outcome).toMatchObject({ appended: { fromVersion: 2, duplicate: false } });
    const second = await fixture.store.commits.findOne({ _id: 'counter-continued@2' });
    expect(second?.previousCommitId).toBe(earlier.commitId);
    expect(second!.position).toBeGreaterThan(earlier.position);
  });
});
