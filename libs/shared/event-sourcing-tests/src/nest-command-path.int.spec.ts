import { randomBytes, randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { loadConfig, ServiceConfig } from '@tn/shared-config';
import { commandTopicOf, type CommandReply } from '@tn/shared-event-contracts';
import { eventTopicOf } from '@tn/shared-event-bus';
import { CommandClient, connectCommandTransport, EventSourcingModule, ProjectionsModule, routesOf } from '@tn/shared-event-sourcing-nest';
import { MongoConnection, type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { isolatedSuite, type RunningService, startServiceUnderTest, waitUntilReady } from '@tn/shared-testing';
import { counterCommandTypes, counterDecider, counterEventTypes } from './fixtures/counter';
import { counterTotals, eventually } from './fixtures/projection-fixtures';

// The command path a service offers: Kafka request/reply → generic handler → event store →
// outbox relay, wired by EventSourcingModule in a real Nest application.
describe('Nest command path (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('nest command path');
  const context = `${suite.topicPrefix}counter`;
  // Commands are sealed with a secret the service and its clients share.
  const sealingSecret = randomBytes(32);
  let service: RunningService;
  let client: CommandClient;

  const counterRoutes = routesOf(counterCommandTypes, { streamType: 'counter', decider: counterDecider });

  @Module({})
  class CounterServiceModule {
    static register(config: ServiceConfig): DynamicModule {
      return {
        module: CounterServiceModule,
        imports: [
          ServiceKitModule.forRoot({ service: 'counter', config }),
          EventSourcingModule.forRoot({
            context,
            eventTypes: counterEventTypes,
            commands: counterRoutes,
            keyEncryptionKey: randomBytes(32),
            sealingSecret,
            partitions: 1,
          }),
          ProjectionsModule.forRoot({
            groupId: `${context}-totals`,
            topics: [eventTopicOf(context)],
            projections: [counterTotals('counter_totals')],
            lagIntervalMs: 200,
          }),
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

  beforeAll(async () => {
    service = await startServiceUnderTest(definition, { MONGO_DATABASE: suite.databaseName });
    client = new CommandClient([context], {
      clientId: 'gateway-test',
      brokers: suite.kafkaBrokers,
      sealingSecret,
      replyGroupId: `${suite.topicPrefix}gateway-replies`,
    });
    await client.connect();
  }, 90_000);

  afterAll(async () => {
    await client?.close();
    await service?.stop();
    await suite.cleanUp();
  });

  const send = (payload: Record<string, unknown>, commandId?: string, type = 'IncrementCounter'): Promise<CommandReply> =>
    client.send(context, { type, payload, actor: { kind: 'account', id: 'cadre-1' }, ...(commandId ? { commandId } : {}) });

  it('is ready only with its outbox relay, projector and command transport running', async () => {
    const report = await waitUntilReady(service.baseUrl);
    expect(report.dependencies.map((d) => d.name).sort()).toEqual(
      ['command-transport', 'kafka', 'mongodb', 'outbox-relay', `projector:${context}-totals`].sort(),
    );
  });

  it('decides a command sent over Kafka and replies with the new version and position', async () => {
    const reply = await send({ counterId: 'c1', by: 2 });
    expect(reply).toMatchObject({ ok: true, streamId: 'counter-c1', version: 1, eventTypes: ['CounterIncremented'], duplicate: false });
    expect(reply.ok && reply.position).toBeGreaterThan(0);
    expect(await send({ counterId: 'c1', by: 3 })).toMatchObject({ ok: true, version: 2 });
  }, 30_000);

  it('answers a repeated command id with the first decision', async () => {
    const commandId = randomUUID();
    const first = await send({ counterId: 'c2', by: 1 }, commandId);
    const again = await send({ counterId: 'c2', by: 1 }, commandId);
    expect(again).toEqual({ ...first, duplicate: true });
  }, 30_000);

  it('replies with a typed error naming the field, and writes nothing', async () => {
    expect(await send({ counterId: 'c3', by: 0 })).toEqual({
      ok: false,
      error: { kind: 'validation', code: 'COUNTER.NOT_POSITIVE', field: 'by', message: 'must be positive' },
    });
    expect(await send({ counterId: 'c3' })).toMatchObject({ ok: false, error: { code: 'COMMAND.FIELD_REQUIRED', field: 'by' } });
    expect(await send({ counterId: 'c3', by: 1 }, undefined, 'DeleteEverything')).toMatchObject({
      ok: false,
      error: { code: 'COMMAND.UNKNOWN_TYPE', field: 'type' },
    });
    expect(await send({ counterId: 'c3', by: 1 })).toMatchObject({ ok: true, version: 1 });
  }, 30_000);

  it('projects the decided events into the read model registered with ProjectionsModule', async () => {
    const totals = () =>
      service.app
        .get(MongoConnection)
        .connection.collection('counter_totals')
        .findOne({ _id: 'counter-c1' as never });
    await eventually('the projection of c1', async () => (await totals())?.['total'] === 5);
    expect(await totals()).toMatchObject({ total: 5, increments: 2, _versions: { 'counter-c1': 2 } });
  });

  it('publishes the decided events and exposes the outbox backlog and projector lag as metrics', async () => {
    const deadline = Date.now() + 15_000;
    let metrics = '';
    while (Date.now() < deadline) {
      metrics = await (await fetch(`${service.metricsUrl}/metrics`)).text();
      if (/tn_outbox_backlog\{[^}]*\} 0/.test(metrics)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(metrics).toMatch(/tn_outbox_backlog\{[^}]*\} 0/);
    await eventually('the lag metric', async () =>
      /tn_projector_lag\{[^}]*group="[^"]+-totals"[^}]*\} 0/.test(await (await fetch(`${service.metricsUrl}/metrics`)).text()),
    );
    expect(commandTopicOf(context)).toBe(`${context}.commands`);
  });
});
