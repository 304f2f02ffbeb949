import { randomUUID } from 'node:crypto';
import { CommandHandler, type SnapshotStore } from '@tn/shared-event-store';
import { isolatedSuite } from '@tn/shared-testing';
import { counterDecider, counterEventTypes } from './fixtures/counter';
import { metadata, openStore, type StoreFixture } from './fixtures/store-fixture';

// A snapshot is a shortcut, not part of the command: a state grown past the store's document size
// limit (the national hierarchy) or a failed write must not turn an appended command into an error.
describe('a snapshot that cannot be saved (real MongoDB-wire server)', () => {
  const suite = isolatedSuite('snapshot failure');
  let fixture: StoreFixture;

  beforeAll(async () => {
    fixture = await openStore(suite, counterEventTypes);
  });
  afterAll(async () => {
    await fixture.close();
    await suite.cleanUp();
  });

  it('answers the command as applied, reports the failure, and loads from the commits alone', async () => {
    const failing = { save: async () => Promise.reject(new Error('document too large')), load: async () => undefined } as unknown as SnapshotStore;
    const reported: string[] = [];
    const handler = new CommandHandler(fixture.store, {
      decider: counterDecider,
      streamType: 'counter',
      snapshot: { every: 2, schema: 'counter-v1', store: failing },
      onSnapshotError: (error, streamId) => reported.push(`${streamId}: ${error.message}`),
    });
    const stream = 'counter-no-snapshot';
    for (let i = 0; i < 5; i++) {
      const result = await handler.handle({
        streamId: stream,
        commandId: randomUUID(),
        command: { type: 'IncrementCounter', counterId: stream, by: 1 },
        metadata: metadata(),
      });
      expect(result).toMatchObject({ version: i + 1, duplicate: false });
    }
    await handler.snapshotsSaved();
    expect(reported).toEqual([`${stream}: document too large`, `${stream}: document too large`]);
    expect(await handler.load(stream)).toMatchObject({ version: 5, state: { total: 5 } });
  });
});
