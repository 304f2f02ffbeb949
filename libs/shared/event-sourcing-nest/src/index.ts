export { CommandClient } from './command-client';
export { claimsOf, openedRequest, sealedReplyResult } from './command-credentials';
export { DEADLINE_EXCEEDED, deadlineCheckOf } from './command-deadline';
export { type CommandRoute, payloadOf, routesOf } from './command-route';
export { connectCommandTransport } from './command-transport';
export { EventSourcingModule } from './event-sourcing.module';
export { ProjectionsModule, type ProjectionsOptions, ProjectorService } from './projections.module';
