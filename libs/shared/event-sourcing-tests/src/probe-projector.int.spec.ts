import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type DynamicModule, Module } from '@nestjs/common';
import { loadConfig, ServiceConfig } from '@tn/shared-config';
import { Projector, readDeadLetters } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { ProjectionsModule } from '@tn/shared-event-sourcing-nest';
import { MongoConnection, type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { isolatedSuite, type RunningService, startServiceUnderTest } from '@tn/shared-testing';
import { asMessage, counterEvent, counterTotals, eventually } from './fixtures/projection-fixtures';
import { projectorTestBed } from './fixtures/projector-test-bed';

// Issue 10, item 1: one event the read-model store refuses (a stream id with a NUL byte) used
// to stall its partition for ever while readiness said "up". Now such an event is dead-lettered,
// a partition that keeps failing is reported stuck (readiness, metrics), and an operator can skip
// the message with the dead-letter CLI and re-drive it later.
describe('projector: bad events and stuck partitions (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe projector');
  const bed = projectorTestBed(suite, 'probe-projector-test');
  const { kafka, running, topicFor, produce, doc } = bed;
  /** A reveal step that fails (like an unreachable key holder: retriable) for chosen streams. */
  const failingFor = (isBroken: (envelope: EventEnvelope) => boolean) => async (envelope: EventEnvelope) => {
    if (isBroken(envelope)) throw new Error('key holder unreachable');
    return envelope;
  };

  it('dead-letters an event whose read-model key the store refuses (NUL in the stream id) and projects the next one on the partition', async () => {
    const topic = await topicFor('nul');
    const groupId = `${suite.topicPrefix}nul-group`;
    const badStream = 'volunteer-\u0000-bad';
    await produce(topic, [asMessage(counterEvent(badStream, 1, 1)), asMessage(counterEvent('counter-after-nul', 1, 7))]);
    const projector = new Projector({ kafka, connection: bed.connection, groupId, topics: [topic], projections: [counterTotals(`${groupId}_totals`)] });
    running.push(projector);
    await projector.start();

    await eventually('the event after the bad one', async () => (await doc(`${groupId}_totals`, 'counter-after-nul'))?.['total'] === 7);
    const letters = await readDeadLetters(kafka, groupId);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ originalTopic: topic, originalPartition: 0, originalOffset: '0', streamId: badStream, skipped: false });
    // The reason names the event type and the error's class, never its message (it quotes the key): the
    // driver refuses the key (BSONError), or before that FerretDB on PostgreSQL refuses the NUL (code 1).
    expect(letters[0]!.error).toMatch(/^PoisonEventError for CounterIncremented caused by (BSONError|MongoServerError \(code 1\))$/);
    expect(projector.failingPartitions()).toEqual([]);
  }, 60_000);

  describe('a partition that keeps failing on a retriable error', () => {
    let broken = true;
    let service: RunningService;
    const groupOf = () => `${suite.topicPrefix}stuck-group`;

    @Module({})
    class StuckServiceModule {
      static register(config: ServiceConfig, topic: string): DynamicModule {
        return {
          module: StuckServiceModule,
          imports: [
            ServiceKitModule.forRoot({ service: 'stuck', config }),
            ProjectionsModule.forRoot({
              groupId: groupOf(),
              topics: [topic],
              projections: [counterTotals('stuck_totals')],
              reveal: failingFor((envelope) => broken && envelope.streamId === 'counter-flaky'),
              stuckAfterAttempts: 3,
              lagIntervalMs: 500,
            }),
          ],
        };
      }
    }

    afterAll(async () => {
      await service?.stop();
    });

    it('is reported by readiness, naming projector, topic, partition and offset, and in the metrics; both recover once it moves', async () => {
      const topic = await topicFor('stuck');
      const definition: ServiceDefinition<ServiceConfig> = {
        service: 'stuck',
        loadConfig: (env) => loadConfig('stuck', ServiceConfig, { HTTP_PORT: '1', ...env }),
        rootModule: (config) => StuckServiceModule.register(config, topic),
      };
      await produce(topic, [
        asMessage(counterEvent('counter-steady', 1, 1)),
        asMessage(counterEvent('counter-flaky', 1, 2)),
        asMessage(counterEvent('counter-steady', 2, 1)),
      ]);
      // Readiness asks Kafka and MongoDB within READINESS_TIMEOUT_MS (1.5 s in tests): under CPU and broker
      // load a ping can take longer, and the report would then say "down" for a reason this test is not
      // about (a stuck partition next to healthy servers). A wider probe deadline.
      service = await startServiceUnderTest(definition, { MONGO_DATABASE: suite.databaseName, READINESS_TIMEOUT_MS: '10000' });
      const totals = (id: string) =>
        service.app
          .get(MongoConnection)
          .connection.collection('stuck_totals')
          .findOne({ _id: id as never });
      const readiness = async () => {
        const response = await fetch(`${service.baseUrl}/health/ready`);
        return {
          httpStatus: response.status,
          body: (await response.json()) as {
            ready: boolean;
            health: string;
            dependencies: { name: string; up: boolean; error?: string; stuckPartitions?: unknown[] }[];
          },
        };
      };
      const metrics = async () => (await fetch(`${service.metricsUrl}/metrics`)).text();

      const projectorOf = (report: Awaited<ReturnType<typeof readiness>>) => report.body.dependencies.find((d) => d.name === `projector:${groupOf()}`);
      await eventually('the partition reported stuck', async () => (projectorOf(await readiness())?.stuckPartitions?.length ?? 0) > 0, 45_000);
      const report = await readiness();
      const { body } = report;
      // Degraded, yet ready (HTTP 200): one stuck partition must not take the service out of the load balancer.
      expect(report.httpStatus).toBe(200);
      expect(body).toMatchObject({ ready: true, health: 'degraded' });
      const projectorStatus = projectorOf(report);
      expect(projectorStatus).toMatchObject({
        up: false,
        stuckPartitions: [{ projector: groupOf(), topic, partition: 0, offset: '1', attempts: expect.any(Number), since: expect.any(String) }],
      });
      expect(projectorStatus!.error).toMatch(/^stuck at .*\[0\]@1 after \d+ attempts: Error$/); // the error's class, not its text
      // The event before the failing one was projected and its offset kept (not redone for ever).
      expect(await totals('counter-steady')).toMatchObject({ total: 1 });
      const stuckMetrics = await metrics();
      expect(stuckMetrics).toMatch(new RegExp(`tn_projector_stuck_partitions\\{[^}]*group="${groupOf()}"[^}]*\\} 1`));
      // At least stuckAfterAttempts (3): kafkajs keeps retrying meanwhile, so on a slow machine it may be 10 or more.
      expect(stuckMetrics).toMatch(/tn_projector_partition_failed_attempts\{[^}]*partition="0"[^}]*\} ([3-9]|[1-9]\d+)$/m);

      broken = false;
      await eventually('readiness back up', async () => (await readiness()).body.health === 'up', 30_000);
      expect(await readiness()).toMatchObject({ httpStatus: 200, body: { ready: true, health: 'up' } });
      await eventually(
        'the flaky and later events projected',
        async () => (await totals('counter-flaky'))?.['total'] === 2 && (await totals('counter-steady'))?.['total'] === 2,
      );
      const after = await metrics();
      expect(after).toMatch(new RegExp(`tn_projector_stuck_partitions\\{[^}]*group="${groupOf()}"[^}]*\\} 0`));
      expect(after).toMatch(/tn_projector_partition_failed_attempts\{[^}]*partition="0"[^}]*\} 0/);
      expect(await readDeadLetters(kafka, groupOf())).toEqual([]);
    }, 120_000);
  });

  it('the dead-letter CLI skips the message a stuck partition fails on (the partition moves on), and re-drives it once it can be projected', async () => {
    const topic = await topicFor('skip');
    const groupId = `${suite.topicPrefix}skip-group`;
    const collection = `${groupId}_totals`;
    let fixed = false;
    await produce(topic, [asMessage(counterEvent('counter-first', 1, 1)), asMessage(counterEvent('counter-stuck', 1, 5))]);
    const projector = new Projector({
      kafka,
      connection: bed.connection,
      groupId,
      topics: [topic],
      projections: [counterTotals(collection)],
      reveal: failingFor((envelope) => !fixed && envelope.streamId === 'counter-stuck'),
      stuckAfterAttempts: 3,
    });
    running.push(projector);
    await projector.start();
    await eventually('the partition stuck', async () => projector.stuckPartitions().length === 1, 45_000);
    expect(projector.stuckPartitions()[0]).toMatchObject({ topic, partition: 0, offset: '1' });
    await produce(topic, [asMessage(counterEvent('counter-later', 1, 3))]);

    const skipped = await cli('skip', '--group', groupId, '--topic', topic, '--partition', '0');
    expect(skipped).toContain(`skipped ${topic}[0]@1 (CounterIncremented)`);
    // The projector writes the message's document before it counts the partition as moved on (once the
    // batch returns): wait for both, or a poll landing in between sees the document and a stale stall.
    await eventually(
      'the message after the skipped one, and the partition no longer stuck',
      async () => (await doc(collection, 'counter-later'))?.['total'] === 3 && projector.stuckPartitions().length === 0,
      30_000,
    );
    expect(projector.stuckPartitions()).toEqual([]);
    expect(await doc(collection, 'counter-stuck')).toBeNull();
    const listed = await cli('list', '--group', groupId);
    expect(listed).toContain('1 dead letter(s)');
    expect(listed).toContain('skipped by an operator');
    expect(listed).not.toContain('"by"'); // never the event's data

    fixed = true;
    expect(await cli('redrive', '--group', groupId)).toContain('re-published 1 dead letter(s)');
    await eventually('the re-driven message projected', async () => (await doc(collection, 'counter-stuck'))?.['total'] === 5, 30_000);
  }, 150_000);

  async function cli(...args: string[]): Promise<string> {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', '@swc-node/register', join('libs', 'shared', 'event-bus', 'src', 'projector', 'dead-letter-cli.ts'), ...args],
      {
        cwd: join(__dirname, '..', '..', '..', '..'),
        env: { ...process.env, KAFKA_BROKERS: suite.kafkaBrokers.join(',') },
        timeout: 60_000,
      },
    );
    return stdout;
  }
});
