import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicators, MetricsService } from '@tn/shared-service-kit';
import { BackendServices, watchServiceClient } from './backend-services';
import { ConsistencyTokens } from './consistency-tokens';
import { GATEWAY_CORE_OPTIONS, type GatewayCoreOptions, prefixedContext } from './core-options';
import type { ServiceClient, ServiceClientOptions } from './service-client';

/** A context's client class: also the Nest token its resolvers inject. */
export type ServiceClientClass<Client extends ServiceClient = ServiceClient> = new (options: ServiceClientOptions) => Client;

/** Connects a context's client in the background (commands wait for it) and closes it on shutdown. */
class ServiceClientLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly client: ServiceClient) {}

  onApplicationBootstrap(): void {
    void this.client.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

/**
 * The one client lifecycle of every context: the client made from the core's options, listed in
 * platformStatus (BackendServices), watched in readiness and metrics, connected at start and
 * closed at shutdown.
 */
@Module({})
export class ServiceClientModule {
  static forContext<Client extends ServiceClient>(context: string, client: ServiceClientClass<Client>): DynamicModule {
    return {
      module: ServiceClientModule,
      providers: [
        {
          provide: client,
          inject: [GATEWAY_CORE_OPTIONS, ConsistencyTokens, BackendServices, HealthIndicators, MetricsService],
          useFactory: (
            options: GatewayCoreOptions,
            tokens: ConsistencyTokens,
            services: BackendServices,
            indicators: HealthIndicators,
            metrics: MetricsService,
          ) => {
            const prefix = options.topicPrefix ?? '';
            const made = new client({
              context: prefixedContext(options, context),
              brokers: options.brokers,
              clientId: `gateway-${context}`,
              sealingSecret: options.authSecret,
              // Each instance reads every reply in a group of its own: not named by the process id, which
              // is 1 in every container (two gateways would share a group and each miss half the replies).
              replyGroupId: `${prefix}gateway-${context}-replies-${randomUUID()}`,
              admission: options.admission,
              tokens,
            });
            services.add(context, made);
            watchServiceClient(context, made, { indicators, metrics });
            return made;
          },
        },
        { provide: ServiceClientLifecycle, inject: [client], useFactory: (made: Client) => new ServiceClientLifecycle(made) },
      ],
      exports: [client],
    };
  }
}
