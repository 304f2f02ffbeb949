import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { eventTopicOf, type Projection } from '@tn/shared-event-bus';
import { ProjectionsModule, type ProjectionsOptions } from '@tn/shared-event-sourcing-nest';
import { GATEWAY_CORE_OPTIONS, type GatewayCoreOptions, prefixedContext } from './core-options';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { ReadModelCipher } from './read-model-cipher';
import { ReadModelIndexes } from './read-model-indexes';
import type { ServiceClient } from './service-client';
import { type ServiceClientClass, ServiceClientModule } from './service-client.module';

/** What a projection factory or a reveal gets from the core. */
export interface SliceServices {
  options: GatewayCoreOptions;
  cipher: ReadModelCipher;
}

/** One context's part of the API, as its module declares it. */
export interface GatewaySliceDefinition<Client extends ServiceClient> {
  /** The slice's Nest module. */
  module: Type;
  /** The context's name without the deployment's prefix: its topics, its client's names, its readiness entries. */
  context: string;
  /** Its service client (the Nest token its resolvers inject), connected by ServiceClientModule. */
  client: ServiceClientClass<Client>;
  /**
   * Consumer group of its read models (one per gateway deployment). A new name replays every
   * event: change it when read models are added or renamed.
   */
  groupId: string;
  /** Its read models, given the core's cipher (for the ones holding personal data); the core creates the indexes they declare. */
  projections: (core: SliceServices) => readonly Projection[];
  /** Opens the personal data sealed in its events before they are projected (the registry's). */
  reveal?: (client: Client, core: SliceServices) => Pick<ProjectionsOptions, 'reveal' | 'revealBatch'>;
  /** Its resolvers and its own providers. */
  providers?: ModuleMetadata['providers'];
  exports?: ModuleMetadata['exports'];
}

/**
 * A context's slice of the gateway: its client (one lifecycle for all, ServiceClientModule), its
 * projector recording into the core's checkpoints, its resolvers. Everything shared (the
 * connection, the cipher, the tokens, the request interceptor) comes by injection from
 * GatewayCoreModule, imported once by the app; the slice registers its read models with the
 * core's ReadModelIndexes, which creates the indexes they declare.
 */
export function gatewaySlice<Client extends ServiceClient>(definition: GatewaySliceDefinition<Client>): DynamicModule {
  const client = ServiceClientModule.forContext(definition.context, definition.client);
  const projections = ProjectionsModule.forRootAsync({
    imports: [client],
    inject: [GATEWAY_CORE_OPTIONS, ProjectionCheckpoints, ReadModelCipher, definition.client],
    useFactory: (options: GatewayCoreOptions, checkpoints: ProjectionCheckpoints, cipher: ReadModelCipher, made: Client): ProjectionsOptions => {
      const core = { options, cipher };
      return {
        groupId: definition.groupId,
        topics: [eventTopicOf(prefixedContext(options, definition.context))],
        projections: definition.projections(core),
        ...definition.reveal?.(made, core),
        onBatchProjected: (envelopes) => checkpoints.record(envelopes),
      };
    },
  });
  // Made while the application is built, so every slice's read models are known on bootstrap.
  const indexRegistration = {
    provide: Symbol(`${definition.context} read-model indexes`),
    inject: [ReadModelIndexes, GATEWAY_CORE_OPTIONS, ReadModelCipher],
    useFactory: (indexes: ReadModelIndexes, options: GatewayCoreOptions, cipher: ReadModelCipher) => {
      indexes.register(definition.projections({ options, cipher }));
      return definition.context;
    },
  };
  return {
    module: definition.module,
    imports: [client, projections],
    providers: [indexRegistration, ...(definition.providers ?? [])],
    exports: [client, ...(definition.exports ?? [])],
  };
}
