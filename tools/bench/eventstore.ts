/**
 * Event-sourcing core benchmark: `npm run bench:eventstore` (see docs/benchmarks.md).
 * Each TinhNguyen figure is printed beside its limit measured on the same servers in the same
 * run. Flags: --scale <factor> (default 1) multiplies the sizes; --json <file> writes figures.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { encodeEvent, ensureTopics, eventTopicOf, OutboxRelay, Projector } from '@tn/shared-event-bus';
import { type EventEnvelope, EventTypeRegistry } from '@tn/shared-event-contracts';
import { CommandHandler, type CommitDocument, MongoEventStore, PersonalDataProtector, SnapshotStore, SubjectKeyStore } from '@tn/shared-event-store';
import { counterDecider, counterEventTypes } from '../../libs/shared/event-sourcing-tests/src/fixtures/counter';
import { counterTotals } from '../../libs/shared/event-sourcing-tests/src/fixtures/projection-fixtures';
import { type Figure, percentile, pool, rate, table, timed } from './measure';

const args = process.argv.slice(2);
const flag = (name: string) => args[args.indexOf(name) + 1];
const scale = args.includes('--scale') ? Number(flag('--scale')) : 1;
const n = (count: number) => Math.max(10, Math.round(count * scale));
const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env['MONGO_URL'] ?? 'mongodb://127.0.0.1:27017/';
const run = randomUUID().slice(0, 8);
const kafka = new Kafka({ clientId: 'bench', brokers, logLevel: logLevel.NOTHING });
const CONCURRENCY = 16;
const metadata = () => ({
  actor: { kind: 'system' as const, id: 'bench' },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt: new Date().toISOString(),
});
const counterEvents = (streamId: string, count = 1) =>
  Array.from({ length: count }, () => ({ type: 'CounterIncremented', data: { counterId: streamId, by: 1 } }));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function openDatabase(name: string): Promise<Connection> {
  return mongoose.createConnection(mongoUrl, { dbName: `bench_${run}_${name}`, maxPoolSize: 32, autoIndex: false }).asPromise();
}

function openStore(connection: Connection): MongoEventStore {
  const registry = new EventTypeRegistry(counterEventTypes);
  return new MongoEventStore(connection, { registry, protector: new PersonalDataProtector(registry, new SubjectKeyStore(connection, randomBytes(32))) });
}

/** A commit document like the store writes, for the raw-insert limit. */
function rawCommit(stream: string, version: number): CommitDocument {
  return {
    _id: `${stream}@${version}`,
    commandId: randomUUID(),
    stream,
    streamType: 'counter',
    fromVersion: version,
    toVersion: version,
    position: Date.now() * 1000 + version,
    events: [{ eventId: randomUUID(), type: 'CounterIncremented', schemaVersion: 2, data: { counterId: stream, by: 1 } }],
    ...metadata(),
    recordedAt: new Date(),
    previousCommitId: version > 1 ? `${stream}@${version - 1}` : null,
    subjects: [],
  };
}

async function appendFigures(): Promise<Figure[]> {
  const ours = await openDatabase('appends');
  const raw = await openDatabase('raw');
  const store = openStore(ours);
  await store.ensureIndexes();
  const rawCommits = raw.collection<CommitDocument>('event_commits');
  await rawCommits.createIndex({ commandId: 1 }, { unique: true });
  await rawCommits.createIndex({ position: 1 });
  await rawCommits.createIndex({ subjects: 1 });
  // As the services configure it: a snapshot every 100 events.
  const handler = new CommandHandler(store, {
    decider: counterDecider,
    streamType: 'counter',
    snapshot: { every: 100, schema: 'counter-v1', store: new SnapshotStore(ours) },
  });
  const oneStream = n(300);
  const manyStreams = n(2000);
  log(`appends: ${oneStream} on one stream, ${manyStreams} over 1,000 streams (${CONCURRENCY} in flight)`);

  const handled = await timed(async () => {
    for (let i = 0; i < oneStream; i++) {
      await handler.handle({
        streamId: 'counter-one',
        commandId: randomUUID(),
        command: { type: 'IncrementCounter', counterId: 'one', by: 1 },
        metadata: metadata(),
      });
    }
  });
  const appendedOne = await timed(async () => {
    let previous: { commitId: string; position: number } | undefined;
    for (let v = 1; v <= oneStream; v++) {
      previous = await store.append({
        streamId: 'counter-direct',
        streamType: 'counter',
        expectedVersion: v - 1,
        commandId: randomUUID(),
        events: counterEvents('direct'),
        metadata: metadata(),
        previousCommitId: previous?.commitId ?? null,
        afterPosition: previous?.position ?? 0,
      });
    }
  });
  const rawOne = await timed(async () => {
    for (let v = 1; v <= oneStream; v++) await rawCommits.insertOne(rawCommit('counter-raw', v));
  });
  const versions = new Map<number, number>();
  const nextVersion = (i: number) => {
    const v = (versions.get(i % 1000) ?? 0) + 1;
    versions.set(i % 1000, v);
    return v;
  };
  const lastCommit = new Map<number, { commitId: string; position: number }>();
  const appendedMany = await timed(() =>
    pool(manyStreams, CONCURRENCY, async (i) => {
      const v = nextVersion(i);
      const previous = lastCommit.get(i % 1000);
      const result = await store.append({
        streamId: `counter-${i % 1000}`,
        streamType: 'counter',
        expectedVersion: v - 1,
        commandId: randomUUID(),
        events: counterEvents(`c${i % 1000}`),
        metadata: metadata(),
        previousCommitId: previous?.commitId ?? null,
        afterPosition: previous?.position ?? 0,
      });
      lastCommit.set(i % 1000, result);
    }),
  );
  versions.clear();
  const rawMany = await timed(() => pool(manyStreams, CONCURRENCY, async (i) => rawCommits.insertOne(rawCommit(`counter-${i % 1000}`, nextVersion(i)))));
  const emmett = await emmettFigures(oneStream, manyStreams);
  const figures: Figure[] = [
    {
      name: 'command, one stream, CommandHandler (load+decide+append, snapshot every 100)',
      value: rate(oneStream, handled.ms),
      unit: 'appends/s',
      limit: { name: 'raw insertOne', value: rate(oneStream, rawOne.ms) },
    },
    {
      name: 'append, one stream, event store append',
      value: rate(oneStream, appendedOne.ms),
      unit: 'appends/s',
      limit: { name: 'raw insertOne', value: rate(oneStream, rawOne.ms) },
    },
    {
      name: 'append, 1,000 streams, event store append',
      value: rate(manyStreams, appendedMany.ms),
      unit: 'appends/s',
      limit: { name: 'raw insertOne', value: rate(manyStreams, rawMany.ms) },
    },
    ...emmett.map((e, i) => ({
      ...e,
      limit: { name: 'our event store append', value: i === 0 ? rate(oneStream, appendedOne.ms) : rate(manyStreams, appendedMany.ms) },
    })),
  ];
  await ours.dropDatabase();
  await raw.dropDatabase();
  await Promise.all([ours.close(), raw.close()]);
  return figures;
}

/** Emmett's MongoDB event store, installed apart (tools/bench/emmett); its error if it cannot run. */
async function emmettFigures(oneStream: number, manyStreams: number): Promise<Figure[]> {
  const dbName = `bench_${run}_emmett`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const emmett = require(path.join(__dirname, 'emmett/node_modules/@event-driven-io/emmett-mongodb')) as {
      getMongoDBEventStore(o: { connectionString: string }): {
        appendToStream(stream: string, events: unknown[], options?: { expectedStreamVersion?: bigint }): Promise<unknown>;
        close(): Promise<void>;
      };
    };
    const store = emmett.getMongoDBEventStore({ connectionString: `${mongoUrl.replace(/\/$/, '')}/${dbName}` });
    const event = (id: string) => ({ type: 'CounterIncremented', data: { counterId: id, by: 1 } });
    const one = await timed(async () => {
      for (let v = 0; v < oneStream; v++) await store.appendToStream('counter-emmett', [event('e')], { expectedStreamVersion: BigInt(v) });
    });
    const versions = new Map<number, number>();
    const many = await timed(() =>
      pool(manyStreams, CONCURRENCY, async (i) => {
        const v = versions.get(i % 1000) ?? 0;
        versions.set(i % 1000, v + 1);
        await store.appendToStream(`counter-e${i % 1000}`, [event(`e${i % 1000}`)], { expectedStreamVersion: BigInt(v) });
      }),
    );
    await store.close();
    return [
      { name: 'Emmett appendToStream, one stream', value: rate(oneStream, one.ms), unit: 'appends/s' },
      { name: 'Emmett appendToStream, 1,000 streams', value: rate(manyStreams, many.ms), unit: 'appends/s' },
    ];
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? 'unknown error';
    log(`Emmett did not run: ${reason}`);
    return [{ name: 'Emmett appendToStream', value: 0, unit: 'appends/s', note: `did not run on this server: ${reason}` }];
  } finally {
    const connection = await mongoose.createConnection(mongoUrl, { dbName }).asPromise();
    await connection.dropDatabase();
    await connection.close();
  }
}

async function loadFigures(): Promise<Figure[]> {
  const connection = await openDatabase('load');
  const store = openStore(connection);
  await store.ensureIndexes();
  const snapshots = new SnapshotStore(connection);
  const events = 10_000;
  log(`stream load: one stream of ${events} events (100 commits of 100)`);
  for (let c = 0; c < 100; c++) {
    await store.append({
      streamId: 'counter-long',
      streamType: 'counter',
      expectedVersion: c * 100,
      commandId: randomUUID(),
      events: counterEvents('long', 100),
      metadata: metadata(),
    });
  }
  const plain = new CommandHandler(store, { decider: counterDecider, streamType: 'counter' });
  const withSnapshots = new CommandHandler(store, {
    decider: counterDecider,
    streamType: 'counter',
    snapshot: { every: 1000, schema: 'counter-v1', store: snapshots },
  });
  const state = await plain.load('counter-long');
  await snapshots.save('counter-long', 'counter-v1', { version: state.version, lastPosition: state.lastPosition, state: state.state }, []);
  for (let i = 0; i < 5; i++) {
    await withSnapshots.handle({
      streamId: 'counter-long',
      commandId: randomUUID(),
      command: { type: 'IncrementCounter', counterId: 'long', by: 1 },
      metadata: metadata(),
    });
  }
  const sample = async (handler: typeof plain, times: number) => {
    const ms: number[] = [];
    for (let i = 0; i < times; i++) ms.push((await timed(() => handler.load('counter-long'))).ms);
    return ms;
  };
  const snap = await sample(withSnapshots, 50);
  const full = await sample(plain, 10);
  await connection.dropDatabase();
  await connection.close();
  return [
    {
      name: 'load 10,005-event stream with snapshot, p50',
      value: Number(percentile(snap, 50).toFixed(1)),
      unit: 'ms',
      limit: { name: 'no snapshot p50', value: Number(percentile(full, 50).toFixed(1)) },
    },
    {
      name: 'load 10,005-event stream with snapshot, p99',
      value: Number(percentile(snap, 99).toFixed(1)),
      unit: 'ms',
      limit: { name: 'no snapshot p99', value: Number(percentile(full, 99).toFixed(1)) },
    },
  ];
}

async function pipelineFigures(): Promise<Figure[]> {
  const count = n(5000);
  log(`relay and projection: ${count} events`);
  const connection = await openDatabase('pipeline');
  const store = openStore(connection);
  await store.ensureIndexes();
  const context = `bench.${run}.relay`;
  for (let i = 0; i < count; i += 100) {
    await pool(100, CONCURRENCY, async (j) => {
      const index = i + j;
      await store.append({
        streamId: `counter-${index}`,
        streamType: 'counter',
        expectedVersion: 0,
        commandId: randomUUID(),
        events: counterEvents(`c${index}`),
        metadata: metadata(),
      });
    });
  }
  // Relay: everything pending, then measure how fast it drains.
  const relay = new OutboxRelay({ context, store, connection, kafka, partitions: 3, sweepIntervalMs: 60_000, batchSize: 500 });
  const relayed = await timed(async () => {
    await relay.start(); // its first pass sweeps up everything pending
    await relay.idle();
  });
  await relay.stop();
  // Raw limit: the same messages with kafkajs, same producer settings and batch size.
  const rawTopic = `bench.${run}.raw`;
  await ensureTopics(kafka, [rawTopic], { partitions: 3, keepForever: false });
  const commits = await store.commits.find({}).sort({ position: 1 }).toArray();
  const messages = commits.flatMap((c) => store.storedEnvelopesOf(c)).map(encodeEvent);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const produced = await timed(async () => {
    for (let i = 0; i < messages.length; i += 500) await producer.send({ topic: rawTopic, acks: -1, messages: messages.slice(i, i + 500) });
  });
  await producer.disconnect();

  // Projection: the relay's topic into a read model, vs raw consume + bulkWrite.
  const projection = counterTotals('bench_totals');
  let applied = 0;
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const projector = new Projector({
    kafka,
    connection,
    groupId: `bench.${run}.projector`,
    topics: [eventTopicOf(context)],
    projections: [projection],
    onApplied: () => ++applied >= count && done(),
  });
  const projected = await timed(async () => {
    await projector.start();
    await finished;
  });
  await projector.stop();
  const rawRead = connection.collection('bench_raw_totals');
  let consumed = 0;
  let rawDone!: () => void;
  const rawFinished = new Promise<void>((resolve) => (rawDone = resolve));
  const consumer = kafka.consumer({ groupId: `bench.${run}.raw` });
  const rawProjected = await timed(async () => {
    await consumer.connect();
    await consumer.subscribe({ topic: rawTopic, fromBeginning: true });
    await consumer.run({
      eachBatch: async ({ batch }) => {
        const ops = batch.messages.map((m) => {
          const e = JSON.parse(m.value!.toString()) as EventEnvelope;
          return { updateOne: { filter: { _id: e.streamId as never }, update: { $inc: { total: Number(e.data['by']), increments: 1 } }, upsert: true } };
        });
        if (ops.length > 0) await rawRead.bulkWrite(ops);
        consumed += ops.length;
        if (consumed >= count) rawDone();
      },
    });
    await rawFinished;
  });
  await consumer.disconnect();
  await connection.dropDatabase();
  await connection.close();
  return [
    {
      name: 'relay publish (outbox → Kafka)',
      value: rate(count, relayed.ms),
      unit: 'events/s',
      limit: { name: 'raw kafkajs produce', value: rate(count, produced.ms) },
    },
    {
      name: 'projection (Kafka → read model)',
      value: rate(count, projected.ms),
      unit: 'events/s',
      limit: { name: 'raw consume + bulkWrite', value: rate(count, rawProjected.ms) },
    },
  ];
}

async function latencyFigures(): Promise<Figure[]> {
  const perSecond = 500;
  const seconds = Math.max(4, Math.round(10 * scale));
  const connection = await openDatabase('latency');
  const store = openStore(connection);
  await store.ensureIndexes();
  const context = `bench.${run}.latency`;
  const relay = new OutboxRelay({ context, store, connection, kafka, partitions: 3 });
  await relay.start();
  const appendedAt = new Map<string, number>();
  const latencies: number[] = [];
  const projector = new Projector({
    kafka,
    connection,
    groupId: `bench.${run}.latency`,
    topics: [eventTopicOf(context)],
    projections: [counterTotals('latency_totals')],
    onApplied: (e) => {
      const started = appendedAt.get(`${e.streamId}:${e.streamVersion}`);
      if (started !== undefined) latencies.push(performance.now() - started);
    },
  });
  await projector.start();
  await new Promise((r) => setTimeout(r, 3000)); // let the consumer group settle
  log(`append→projected latency at ${perSecond} events/s for ${seconds}s`);
  const total = perSecond * seconds;
  // Each stream appends one command at a time (as a real aggregate does); 50 streams in turn.
  const tails = new Map<number, Promise<{ commitId: string; position: number; toVersion: number } | undefined>>();
  const begin = performance.now();
  let lagging = 0;
  for (let i = 0; i < total; i++) {
    const due = begin + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    else lagging++;
    const stream = i % 50;
    const scheduledAt = performance.now();
    const previous = tails.get(stream) ?? Promise.resolve(undefined);
    tails.set(
      stream,
      previous.then(async (last) => {
        const version = (last?.toVersion ?? 0) + 1;
        appendedAt.set(`counter-lat-${stream}:${version}`, scheduledAt);
        return store.append({
          streamId: `counter-lat-${stream}`,
          streamType: 'counter',
          expectedVersion: version - 1,
          commandId: randomUUID(),
          events: counterEvents(`l${stream}`),
          metadata: metadata(),
          previousCommitId: last?.commitId ?? null,
          afterPosition: last?.position ?? 0,
        });
      }),
    );
  }
  await Promise.all(tails.values());
  const achieved = rate(total, performance.now() - begin);
  const deadline = Date.now() + 60_000;
  while (latencies.length < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await projector.stop();
  await relay.stop();
  await connection.dropDatabase();
  await connection.close();
  const note = `offered ${perSecond}/s, achieved ${achieved}/s; ${latencies.length}/${total} measured`;
  return [
    { name: 'append → projected latency p50', value: Math.round(percentile(latencies, 50)), unit: 'ms', note },
    {
      name: 'append → projected latency p99',
      value: Math.round(percentile(latencies, 99)),
      unit: 'ms',
      note: `target ≤ 100 ms${lagging > total / 10 ? '; appends fell behind the offered rate' : ''}`,
    },
  ];
}

async function cleanTopics(): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(`bench.${run}.`));
  if (topics.length > 0) await admin.deleteTopics({ topics });
  await admin.disconnect();
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  log(`store: ${process.env['BENCH_STORE'] ?? mongoUrl}`);
  try {
    figures.push(...(await appendFigures()));
    figures.push(...(await loadFigures()));
    figures.push(...(await pipelineFigures()));
    figures.push(...(await latencyFigures()));
  } finally {
    await cleanTopics().catch(() => undefined);
  }
  process.stdout.write(`${table(figures)}\n`);
  if (args.includes('--json')) writeFileSync(flag('--json')!, JSON.stringify(figures, null, 2));
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
