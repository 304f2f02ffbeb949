import { type DynamicModule, Module } from '@nestjs/common';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { type NetworkConfig, loadNetworkConfig } from './config';

/** The network service owns clubs, teams and groups, partners and needs matching. */
@Module({})
export class NetworkAppModule {
  static register(config: NetworkConfig): DynamicModule {
    return {
      module: NetworkAppModule,
      imports: [ServiceKitModule.forRoot({ service: 'network', config })],
    };
  }
}

export const networkService: ServiceDefinition<NetworkConfig> = {
  service: 'network',
  loadConfig: loadNetworkConfig,
  rootModule: (config) => NetworkAppModule.register(config),
};
