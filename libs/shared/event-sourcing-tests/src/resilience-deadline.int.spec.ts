import { randomBytes, randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { loadConfig, ServiceConfig } from '@tn/shared-config';
import type { CommandReply } from '@tn/shared-event-contracts';
import { MongoEventStore } from '@tn/shared-event-store';
import { CommandClient, connectCommandTransport, EventSourcingModule, routesOf } from '@tn/shared-event-sourcing-nest';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { isolatedSuite, type RunningService, startServiceUnderTest, waitUntilReady } from '@tn/shared-testing';
import { counterCommandTypes, counterDecider, counterEventTypes } from './fixtures/counter';
import { eventually } from './fixtures/projection-fixtures';

// Issue 11: after a restart a service must not work through commands whose senders gave up
// (each carries its deadline, bound by the seal); it drops them unexecuted and counts them,
// while fresh commands, and a retry of a dropped one with the same id, are executed.
describe('Command deadlines across a restart (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('resilience deadline');
  const context = `${suite.topicPrefix}counter`;
  const sealingSecret = randomBytes(32);
  const keyEncryptionKey = randomBytes(32);
  let service: RunningService | undefined;
  let patient: CommandClient;
  let hasty: CommandClient;

  const routes = routesOf(counterCommandTypes, { streamType: 'counter', decider: counterDecider });

  @Module({})
  class CounterServiceModule {
    static register(config: ServiceConfig): DynamicModule {
      return {
        module: CounterServiceModule,
        imports: [
          ServiceKitModule.forRoot({ service: 'counter', config }),
          EventSourcingModule.forRoot({ context, eventTypes: counterEventTypes, commands: routes, keyEncryptionKey, sealingSecret, partitions: 1 }),
        ],
      };
    }
  }

  const definition: ServiceDefinition<ServiceConfig> = {
    service: 'counter',
    loadConfig: (env) => loadConfig('counter', ServiceConfig, { HTTP_PORT: '1', ...env }),
    rootModule: (config) => CounterServiceModule.register(config),
    beforeListen: (app, config) => connectCommandTransport(app, { context, brokers: config.KAFKA_BROKERS, partitions: 1 }),
  };
  const start = async () => {
    service = await startServiceUnderTest(definition, { MONGO_DATABASE: suite.databaseName });
    await waitUntilReady(service.baseUrl);
  };
  const clientOf = (name: string, timeoutMs: number) =>
    new CommandClient([context], {
      clientId: name,
      brokers: suite.kafkaBrokers,
      sealingSecret,
      replyGroupId: `${suite.topicPrefix}${name}-replies`,
      timeoutMs,
    });
  const increment = (client: CommandClient, counterId: string, commandId: string = randomUUID()): Promise<CommandReply> =>
    client.send(context, { type: 'IncrementCounter', payload: { counterId, by: 1 }, actor: { kind: 'account', id: 'cadre-1' }, commandId });
  const expiredCount = async (): Promise<number> => {
    const metrics = await (await fetch(`${service!.metricsUrl}/metrics`)).text();
    const line = metrics
      .split('\n')
      .find((l) => l.startsWith('tn_commands_expired_total{') && l.includes(`context="${context}"`) && l.includes('type="IncrementCounter"'));
    return line ? Number(line.split(' ').at(-1)) : 0;
  };
  const versionOf = async (counterId: string) => (await service!.app.get(MongoEventStore).readStream(`counter-${counterId}`)).version;

  beforeAll(async () => {
    patient = clientOf('patient', 20_000);
    hasty = clientOf('hasty', 1_000);
    await Promise.all([patient.connect(), hasty.connect()]);
    // A first run, so the service's consumer group has an offset to resume from after the restart.
    await start();
    expect(await increment(patient, 'warm-up')).toMatchObject({ ok: true, version: 1 });
    await service!.stop();
    service = undefined;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([patient?.close(), hasty?.close()]);
    await service?.stop();
    await suite.cleanUp();
  });

  it('drops commands that arrive past their deadline, counted and unexecuted, while a fresh one and a retry with the same id are executed', async () => {
    // While the service is down: the senders give up after 1 s.
    const lateIds = [randomUUID(), randomUUID()];
    const late = await Promise.allSettled([increment(hasty, 'late-1', lateIds[0]), increment(hasty, 'late-2', lateIds[1])]);
    expect(late.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    // Past the deadline plus the 2 s clock-skew tolerance.
    await new Promise((resolve) => setTimeout(resolve, 3_500));

    await start();
    expect(await increment(patient, 'fresh')).toMatchObject({ ok: true, version: 1, duplicate: false });
    // The backlog was read before the fresh command (one partition, in order): both were dropped by then.
    await eventually('both late commands counted', async () => (await expiredCount()) === 2);
    expect(await versionOf('late-1')).toBe(0);
    expect(await versionOf('late-2')).toBe(0);
    expect(await service!.app.get(MongoEventStore).findCommit(lateIds[0]!)).toBeUndefined();

    // The store is idempotent by command id: the dropped attempt wrote nothing, so a retry with its id is executed once.
    expect(await increment(patient, 'late-1', lateIds[0])).toMatchObject({ ok: true, version: 1, duplicate: false });
    expect(await increment(patient, 'late-1', lateIds[0])).toMatchObject({ ok: true, version: 1, duplicate: true });
    expect(await expiredCount()).toBe(2);
  }, 90_000);
});
