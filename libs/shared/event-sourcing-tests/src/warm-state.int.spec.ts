import { randomUUID } from 'node:crypto';
import { CommandHandler } from '@tn/shared-event-store';
import { isolatedSuite } from '@tn/shared-testing';
import { counterDecider, counterEventTypes } from './fixtures/counter';
import { metadata, openStore, type StoreFixture } from './fixtures/store-fixture';

// A long stream (the national hierarchy) keeps its state in memory between commands: each load
// reads only the commits after it, and still sees what another instance appended meanwhile.
describe('a command handler keeping its stream warm (real MongoDB-wire server)', () => {
  const suite = isolatedSuite('warm state');
  let fixture: StoreFixture;

  beforeAll(async () => {
    fixture = await openStore(suite, counterEventTypes);
  });
  afterAll(async () => {
    await fixture.close();
    await suite.cleanUp();
  });

  const increment = (stream: string) => ({
    streamId: stream,
    commandId: randomUUID(),
    command: { type: 'IncrementCounter' as const, counterId: stream, by: 1 },
    metadata: metadata(),
  });

  it('reads only the commits after the state it keeps', async () => {
    const stream = 'counter-warm';
    const warm = new CommandHandler(fixture.store, { decider: counterDecider, streamType: 'counter', keepWarm: { maxStreams: 4 } });
    for (let i = 0; i < 3; i++) await warm.handle(increment(stream));
    // Proof the warm state is used: the commits it covers are gone, the state is still whole.
    await fixture.store.commits.deleteMany({ stream });
    expect(await warm.load(stream)).toMatchObject({ version: 3, state: { total: 3 } });
    expect(await warm.handle(increment(stream))).toMatchObject({ version: 4 });
    expect(await warm.load(stream)).toMatchObject({ version: 4, state: { total: 4 } });
  });

  it('without keepWarm, a handler reads the stream from the store every time', async () => {
    const stream = 'counter-cold';
    const cold = new CommandHandler(fixture.store, { decider: counterDecider, streamType: 'counter' });
    for (let i = 0; i < 3; i++) await cold.handle(increment(stream));
    await fixture.store.commits.deleteMany({ stream });
    expect(await cold.load(stream)).toMatchObject({ version: 0 });
  });

  it('a warm handler sees commits another instance appended after its last command', async () => {
    const stream = 'counter-shared';
    const warm = new CommandHandler(fixture.store, { decider: counterDecider, streamType: 'counter', keepWarm: { maxStreams: 4 } });
    const other = new CommandHandler(fixture.store, { decider: counterDecider, streamType: 'counter' });
    await warm.handle(increment(stream));
    await other.handle(increment(stream));
    await other.handle(increment(stream));
    const result = await warm.handle(increment(stream));
    expect(result).toMatchObject({ version: 4 });
    expect(await warm.load(stream)).toMatchObject({ version: 4, state: { total: 4 } });
  });
});
