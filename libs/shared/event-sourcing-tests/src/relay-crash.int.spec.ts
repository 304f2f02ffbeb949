import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { endOffsets, eventTopicOf, Projector } from '@tn/shared-event-bus';
import { CommandHandler, DISPATCHED_COLLECTION } from '@tn/shared-event-store';
import { isolatedSuite, workspaceRoot } from '@tn/shared-testing';
import { counterDecider, counterEventTypes } from './fixtures/counter';
import { counterTotals, eventually } from './fixtures/projection-fixtures';
import { metadata, openStore, type StoreFixture } from './fixtures/store-fixture';

/** Run the relay in its own process; resolves with how it ended. */
function runRelayProcess(env: Record<string, string>): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  const script = path.join(workspaceRoot(), 'libs/shared/event-sourcing-tests/src/fixtures/relay-process.ts');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', script], { cwd: workspaceRoot(), env: { ...process.env, ...env } });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout })));
}

// Crash the relay between publishing and marking dispatched: nothing may be lost, and the
// counting read model must not count the re-published events twice.
describe('outbox relay crash (SIGKILL between publish and mark-dispatched)', () => {
  const suite = isolatedSuite('relay crash');
  const context = `${suite.topicPrefix}crash`;
  const kafka = new Kafka({ clientId: 'crash-test', brokers: suite.kafkaBrokers, logLevel: logLevel.NOTHING });
  let fixture: StoreFixture;

  beforeAll(async () => {
    fixture = await openStore(suite, counterEventTypes);
  });
  afterAll(async () => {
    await fixture.close();
    await suite.cleanUp();
  });

  it('delivers every event exactly once into the read model after a crash and restart', async () => {
    const handler = new CommandHandler(fixture.store, { decider: counterDecider, streamType: 'counter' });
    const streams = Array.from({ length: 8 }, (_, i) => `counter-${i}`);
    for (let round = 0; round < 25; round++) {
      await Promise.all(
        streams.map((s) =>
          handler.handle({ streamId: s, commandId: randomUUID(), command: { type: 'IncrementCounter', counterId: s, by: 1 }, metadata: metadata() }),
        ),
      );
    }
    const appended = 200;
    const env = { MONGO_URL: suite.mongoUrl, MONGO_DATABASE: suite.databaseName, KAFKA_BROKERS: suite.kafkaBrokers.join(','), RELAY_CONTEXT: context };

    const crashed = await runRelayProcess({ ...env, CRASH_AFTER_PUBLISH: '1' });
    expect(crashed.signal).toBe('SIGKILL');
    const dispatched = () => fixture.connection.collection(DISPATCHED_COLLECTION).countDocuments({});
    // It published a batch but recorded nothing: all 200 commits are still pending.
    expect(await dispatched()).toBe(0);

    const restarted = await runRelayProcess(env);
    expect(restarted).toMatchObject({ code: 0, stdout: 'idle\n' });
    expect(await dispatched()).toBe(appended);
    // The crashed batch (50 commits) went out twice: the topic holds 250 messages for 200 events.
    expect((await endOffsets(kafka, [eventTopicOf(context)])).total).toBe(appended + 50);

    const projector = new Projector({
      kafka,
      connection: fixture.connection,
      groupId: `${suite.topicPrefix}crash-counter`,
      topics: [eventTopicOf(context)],
      projections: [counterTotals('crash_totals')],
    });
    await projector.start();
    const counted = async () => (await fixture.connection.collection('crash_totals').find({}).toArray()).reduce((sum, d) => sum + Number(d['increments']), 0);
    try {
      await eventually('the read model to catch up', async () => (await projector.lag()) === 0 && (await counted()) >= appended, 30_000);
      expect(await counted()).toBe(appended);
      for (const s of streams) {
        expect(await fixture.connection.collection('crash_totals').findOne({ _id: s as never })).toMatchObject({ total: 25, increments: 25 });
      }
    } finally {
      await projector.stop();
    }
  }, 120_000);
});
