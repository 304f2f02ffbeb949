import { randomBytes } from 'node:crypto';
import type { KafkaContext } from '@nestjs/microservices';
import { type CommandEnvelope, type CommandReply, PING_COMMAND_TYPE } from '@tn/shared-event-contracts';
import type { ReadinessService } from '@tn/shared-service-kit';
import { createCommandController } from './command-controller.factory';
import { sealedEnvelope } from './command-credentials';
import type { CommandDispatcher } from './command-dispatcher';

type Handler = { handle(envelope: CommandEnvelope, context?: KafkaContext): Promise<CommandReply> };

// Issue 11: with a 10 s Kafka session, a command that runs longer must keep its consumer in the
// group; a ping is answered without deciding anything, and a stale one not at all.
describe('the command controller', () => {
  const secret = randomBytes(32);
  const envelopeOf = (type: string, deadline = new Date(Date.now() + 15_000).toISOString()): CommandEnvelope =>
    sealedEnvelope(
      { commandId: 'c-1', type, payload: {}, actor: { kind: 'system', id: 'test' }, correlationId: 'k-1', issuedAt: new Date().toISOString(), deadline },
      secret,
    );
  const ok: CommandReply = { ok: true, streamId: 's', version: 1, position: 1, eventTypes: [], duplicate: false };
  const controllerWith = (dispatch: () => Promise<CommandReply>, health: 'up' | 'degraded' = 'up') => {
    const Controller = createCommandController('test.commands', secret) as unknown as new (
      dispatcher: CommandDispatcher,
      readiness: ReadinessService,
    ) => Handler;
    const dispatcher = { dispatch: jest.fn(dispatch) } as unknown as CommandDispatcher;
    const readiness = { check: jest.fn(async () => ({ ready: true, health, dependencies: [] })) } as unknown as ReadinessService;
    return { controller: new Controller(dispatcher, readiness), dispatcher, readiness };
  };

  afterEach(() => jest.useRealTimers());

  it('heartbeats every 3 s while a long command runs, and stops when it ends', async () => {
    jest.useFakeTimers();
    let finish: (reply: CommandReply) => void = () => undefined;
    const { controller } = controllerWith(() => new Promise((resolve) => (finish = resolve)));
    const heartbeat = jest.fn(async () => undefined);
    const context = { getHeartbeat: () => heartbeat } as unknown as KafkaContext;
    const handled = controller.handle(envelopeOf('RecordAttendance'), context);
    await jest.advanceTimersByTimeAsync(20_000);
    expect(heartbeat).toHaveBeenCalledTimes(6);
    finish(ok);
    await expect(handled).resolves.toEqual(ok);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(heartbeat).toHaveBeenCalledTimes(6);
  });

  it('answers a ping with the service readiness and decides nothing', async () => {
    const { controller, dispatcher } = controllerWith(async () => ok, 'degraded');
    await expect(controller.handle(envelopeOf(PING_COMMAND_TYPE))).resolves.toMatchObject({ ok: true, serviceHealth: 'degraded' });
    expect(dispatcher.dispatch).not.toHaveBeenCalled();
  });

  it('drops a ping past its deadline without checking readiness', async () => {
    const { controller, readiness } = controllerWith(async () => ok);
    const stale = envelopeOf(PING_COMMAND_TYPE, new Date(Date.now() - 60_000).toISOString());
    await expect(controller.handle(stale)).resolves.toMatchObject({ ok: false, error: { code: 'COMMAND.DEADLINE_EXCEEDED' } });
    expect(readiness.check).not.toHaveBeenCalled();
  });
});
