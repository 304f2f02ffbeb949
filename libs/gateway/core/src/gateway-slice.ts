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
  /**
   * Other contexts whose topics its read models also follow (the indicator facts join every context's
   * events). Their progress is recorded in `checkpoints`, which must then be the slice's own.
   */
  alsoFollows?: readonly string[];
  /**
   * Where its projector records progress: the core's (the default), which consistency tokens wait on,
   * or the slice's own, which its resolvers wait on (a slice following other contexts' topics must not
   * let a token pass before those contexts' own read models show the write). With its own, the
   * progress of its context's own events (`ownEventTypes`) is recorded in the core's too: the slice
   * is their only projector, so a token of its own service's write waits on it.
   */
  checkpoints?: Type<ProjectionCheckpoints>;
  ownEventTypes?: readonly string[];
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
  const ownTypes = new Set(definition.ownEventTypes ?? []);
  // The slice's own checkpoints, provided to its projector and its resolvers (the core's are global).
  const ownCheckpoints: DynamicModule[] = definition.checkpoints
    ? [{ module: OwnCheckpointsModule, providers: [definition.checkpoints], exports: [definition.checkpoints] }]
    : [];
  const contexts = [definition.context, ...(definition.alsoFollows ?? [])];
  const projections = ProjectionsModule.forRootAsync({
    imports: [client, ...ownCheckpoints],
    inject: [GATEWAY_CORE_OPTIONS, ProjectionCheckpoints, definition.checkpoints ?? ProjectionCheckpoints, ReadModelCipher, definition.client],
    useFactory: (
      options: GatewayCoreOptions,
      coreCheckpoints: ProjectionCheckpoints,
      checkpoints: ProjectionCheckpoints,
      cipher: ReadModelCipher,
      made: Client,
    ): ProjectionsOptions => {
      const core = { options, cipher };
      return {
        groupId: definition.groupId,
        topics: contexts.map((context) => eventTopicOf(prefixedContext(options, context))),
        projections: definition.projections(core),
        ...definition.reveal?.(made, core),
        onBatchProjected: async (envelopes) => {
          await checkpoints.record(envelopes);
          if (checkpoints !== coreCheckpoints) await coreCheckpoints.record(envelopes.filter((envelope) => ownTypes.has(envelope.type)));
        },
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
    imports: [client, projections, ...ownCheckpoints],
    providers: [indexRegistration, ...(definition.providers ?? [])],
    exports: [client, ...ownCheckpoints, ...(definition.exports ?? [])],
  };
}

/** Holds a slice's own checkpoints (see `GatewaySliceDefinition.checkpoints`). */
class OwnCheckpointsModule {}
