export { CommandClient, type SendCommandInput } from './command-client';
export { CommandDispatcher } from './command-dispatcher';
export { type CommandRoute, commandRoute } from './command-route';
export * from './payload-fields';
export { CommandTransportState, connectCommandTransport } from './command-transport';
export type { EventSourcingOptions } from './event-sourcing-options';
export { EventSourcingModule } from './event-sourcing.module';
export { OutboxRelayService } from './outbox-relay.service';
export { ProjectionsModule, type ProjectionsOptions, ProjectorService } from './projections.module';
