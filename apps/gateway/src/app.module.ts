import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { type GatewayConfig, introspectionEnabled, loadGatewayConfig } from './config';
import { PlatformStatusResolver } from './platform/platform-status.resolver';

export const GRAPHQL_PATH = '/graphql';

/** The gateway: the GraphQL API (Apollo) for partners and the admin console. */
@Module({})
export class GatewayAppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'gateway', config }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: GRAPHQL_PATH,
          autoSchemaFile: true,
          sortSchema: true,
          introspection: introspectionEnabled(config),
          // The landing page would load a sandbox from a CDN; the API is used by programs.
          playground: false,
        }),
      ],
      providers: [PlatformStatusResolver],
    };
  }
}

export const gatewayService: ServiceDefinition<GatewayConfig> = {
  service: 'gateway',
  loadConfig: loadGatewayConfig,
  rootModule: (config) => GatewayAppModule.register(config),
};
