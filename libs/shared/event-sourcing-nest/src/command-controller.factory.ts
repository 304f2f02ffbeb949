import { Controller, type Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DomainError } from '@tn/shared-decider';
import { type CommandEnvelope, type CommandReply, PING_COMMAND_TYPE } from '@tn/shared-event-contracts';
import { ReadinessService } from '@tn/shared-service-kit';
import { openedEnvelope } from './command-credentials';
import { CommandDispatcher } from './command-dispatcher';

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
    async handle(@Payload() envelope: CommandEnvelope): Promise<CommandReply> {
      let opened: CommandEnvelope;
      try {
        opened = openedEnvelope(envelope, sealingSecret);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return { ok: false, error: { kind: error.kind, code: error.code, message: error.message } };
      }
      // A sealed ping (only holders of the secret can send one) is answered, never decided.
      if (opened.type === PING_COMMAND_TYPE) return this.pong();
      return this.dispatcher.dispatch(opened);
    }

    private async pong(): Promise<CommandReply> {
      const { health } = await this.readiness.check();
      return { ok: true, streamId: '', version: 0, position: 0, eventTypes: [], duplicate: false, serviceHealth: health };
    }
  }
  return CommandController;
}
