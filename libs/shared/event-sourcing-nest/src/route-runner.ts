import type { DomainEvent, EventMetadata } from '@tn/shared-event-contracts';
import { type CommandRoute, payloadOf } from './command-route';
import { CommandHandler, type MongoEventStore } from '@tn/shared-event-store';

/**
 * Runs commands the service gives itself through the path the command topic's commands take
 * after authorisation: the command type's route (its payload checked against the contracts,
 * its facts looked up, the server's date and actor added) and the one generic command handler
 * (load, fold, decide, append with the expected version; a command id stored before answers its
 * first result). There is no token to check: a reactor is its own service.
 */
export class RouteRunner {
  private readonly handlers = new Map<string, { route: CommandRoute; handler: CommandHandler<unknown, DomainEvent, unknown> }>();

  constructor(store: MongoEventStore, routes: readonly CommandRoute[], types: readonly string[]) {
    for (const type of types) {
      const route = routes.find((candidate) => candidate.definition.type === type);
      if (!route) throw new Error(`no route for ${type}`);
      this.handlers.set(type, { route, handler: new CommandHandler(store, { decider: route.decider, streamType: route.streamType }) });
    }
  }

  /** The events stored (none when decided before or deciding nothing); throws what the route or the decider throws (a DomainError for a refusal). */
  async run(
    command: { commandId: string; type: string; payload: object },
    metadata: EventMetadata,
  ): Promise<{ events: readonly unknown[]; duplicate: boolean }> {
    const entry = this.handlers.get(command.type);
    if (!entry) throw new Error(`no route for ${command.type}`);
    const payload = payloadOf(entry.route.definition, command.payload);
    const envelope = {
      commandId: command.commandId,
      type: command.type,
      payload: payload as Record<string, unknown>,
      actor: metadata.actor,
      correlationId: metadata.correlationId,
      issuedAt: metadata.occurredAt,
    };
    return entry.handler.handle({
      streamId: entry.route.definition.streamId(payload),
      command: await entry.route.toCommand(payload, envelope),
      commandId: command.commandId,
      metadata,
    });
  }
}
