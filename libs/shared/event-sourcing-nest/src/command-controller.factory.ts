import { Controller, type Type } from '@nestjs/common';
import { Ctx, type KafkaContext, MessagePattern, Payload } from '@nestjs/microservices';
import { DomainError } from '@tn/shared-decider';
import { type CommandEnvelope, type CommandReply, PING_COMMAND_TYPE } from '@tn/shared-event-contracts';
import { ReadinessService } from '@tn/shared-service-kit';
import { openedEnvelope } from './command-credentials';
import { DEADLINE_EXCEEDED, deadlineCheckOf } from './command-deadline';
import { CommandDispatcher } from './command-dispatcher';

/** How often the consumer heartbeats while a command runs (well inside its 10 s session). */
const HEARTBEAT_WHILE_HANDLING_MS = 3_000;

/**
 * The one Kafka request/reply adapter of a context: `@MessagePattern` needs its topic at
 * decoration time, so the controller class is made per context.
 */
export function createCommandController(topic: string, sealingSecret: Buffer): Type<unknown> {
  @Controller()
  class CommandController {
    constructor(
      private readonly dispatcher: CommandDispatcher,
      private readonly readiness: ReadinessService,
    ) {}

    @MessagePattern(topic)
    async handle(@Payload() envelope: CommandEnvelope, @Ctx() context?: KafkaContext): Promise<CommandReply> {
      let opened: CommandEnvelope;
      try {
        opened = openedEnvelope(envelope, sealingSecret);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return { ok: false, error: { kind: error.kind, code: error.code, message: error.message } };
      }
      // A sealed ping (only holders of the secret can send one) is answered, never decided; a
      // stale one (from a backlog) is not worth a readiness check: nobody waits for it.
      if (opened.type === PING_COMMAND_TYPE) {
        return deadlineCheckOf(opened, new Date()) === 'expired' ? { ok: false, error: { ...DEADLINE_EXCEEDED } } : this.pong();
      }
      // kafkajs heartbeats between messages only: a long command (an attendance batch takes
      // 15–28 s) would otherwise cost the consumer its group and stall every other command.
      const heartbeat = context
        ? setInterval(
            () =>
              void context
                .getHeartbeat()()
                .catch(() => undefined),
            HEARTBEAT_WHILE_HANDLING_MS,
          )
        : undefined;
      try {
        return await this.dispatcher.dispatch(opened);
      } finally {
        clearInterval(heartbeat);
      }
    }

    private async pong(): Promise<CommandReply> {
      const { health } = await this.readiness.check();
      return { ok: true, streamId: '', version: 0, position: 0, eventTypes: [], duplicate: false, serviceHealth: health };
    }
  }
  return CommandController;
}
