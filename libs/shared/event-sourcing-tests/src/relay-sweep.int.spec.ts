import { randomUUID } from 'node:crypto';
import { DispatchLog } from '@tn/shared-event-bus';
import { isolatedSuite } from '@tn/shared-testing';
import { counterEventTypes } from './fixtures/counter';
import { metadata, openStore, type StoreFixture } from './fixtures/store-fixture';

// The outbox relay's recovery sweep reads minute buckets by equality (an index serves it on any
// store) instead of a position range over every commit; its first sweep reads everything once.
describe('the relay recovery sweep (real MongoDB-wire server)', () => {
  const suite = isolatedSuite('relay sweep');
  let fixture: StoreFixture;

  beforeAll(async () => {
    fixture = await openStore(suite, counterEventTypes);
  });
  afterAll(async () => {
    await fixture.close();
    await suite.cleanUp();
  });

  const append = (stream: string) =>
    fixture.store.append({
      streamId: stream,
      streamType: 'counter',
      expectedVersion: 0,
      commandId: randomUUID(),
      events: [{ type: 'CounterIncremented', data: { counterId: stream, by: 1 } }],
      metadata: metadata(),
    });
  const checkpoint = async () => (await fixture.connection.collection('outbox_checkpoints').findOne({ _id: 'sweep:minutes' as never }))?.['position'] as number;

  it('finds a commit from before the buckets once, then unpublished commits by bucket, and moves its checkpoint with the clock when idle', async () => {
    const log = new DispatchLog(fixture.connection, fixture.store.commits, 'sweep');
    await log.ensureIndexes();
    const now = Date.now();
    // Written before commits had a minute bucket, ten minutes ago, never published.
    const legacy = { _id: 'legacy@1', stream: 'legacy', fromVersion: 1, toVersion: 1, position: (now - 600_000) * 1000, events: [], subjects: [] };
    await fixture.store.commits.insertOne(legacy as never);
    expect((await log.undispatched(now)).map((c) => c._id)).toEqual(['legacy@1']);
    await log.record([legacy as never]);

    const fresh = await append('counter-fresh');
    expect((await log.undispatched(now)).map((c) => c._id)).toEqual([fresh.commitId]);
    await log.record([(await fixture.store.commits.findOne({ _id: fresh.commitId }))!]);
    expect(await log.undispatched(now)).toEqual([]);

    // A day later with nothing new (that sweep reads the day's buckets once), the checkpoint follows the clock.
    const dayLater = now + 86_400_000;
    expect(await log.undispatched(dayLater)).toEqual([]);
    expect(await checkpoint()).toBeGreaterThanOrEqual((dayLater - 60_000) * 1000);
  });

  it('finds a commit that became visible late, within the window below its checkpoint', async () => {
    const log = new DispatchLog(fixture.connection, fixture.store.commits, 'sweep-late');
    await log.ensureIndexes();
    const first = await append('counter-a');
    await log.record([(await fixture.store.commits.findOne({ _id: first.commitId }))!]);
    await log.undispatched(); // checkpoint set
    const late = await append('counter-b'); // appended, not yet published (its relay crashed)
    expect((await log.undispatched()).map((c) => c._id)).toContain(late.commitId);
  });
});
