import { Controller, type Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { CommandEnvelope, CommandReply } from '@tn/shared-event-contracts';
import { CommandDispatcher } from './command-dispatcher';

/**
 * The one Kafka request/reply adapter of a context: `@MessagePattern` needs its topic at
 * decoration time, so the controller class is made per context.
 */
export function createCommandController(topic: string): Type<unknown> {
  @Controller()
  class CommandController {
    constructor(private readonly dispatcher: CommandDispatcher) {}

    @MessagePattern(topic)
    handle(@Payload() envelope: CommandEnvelope): Promise<CommandReply> {
      return this.dispatcher.dispatch(envelope);
    }
  }
  return CommandController;
}
