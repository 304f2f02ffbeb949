import { Controller, type Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DomainError } from '@tn/shared-decider';
import type { CommandEnvelope, CommandReply } from '@tn/shared-event-contracts';
import { openedEnvelope } from './command-credentials';
import { CommandDispatcher } from './command-dispatcher';

/**
 * The one Kafka request/reply adapter of a context: `@MessagePattern` needs its topic at
 * decoration time, so the controller class is made per context.
 */
export function createCommandController(topic: string, sealingSecret: Buffer): Type<unknown> {
  @Controller()
  class CommandController {
    constructor(private readonly dispatcher: CommandDispatcher) {}

    @MessagePattern(topic)
    async handle(@Payload() envelope: CommandEnvelope): Promise<CommandReply> {
      let opened: CommandEnvelope;
      try {
        opened = openedEnvelope(envelope, sealingSecret);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return { ok: false, error: { kind: error.kind, code: error.code, message: error.message } };
      }
      return this.dispatcher.dispatch(opened);
    }
  }
  return CommandController;
}
