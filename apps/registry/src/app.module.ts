import { type DynamicModule, Module } from '@nestjs/common';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { type RegistryConfig, loadRegistryConfig } from './config';

/** The registry service owns organisation units and their effective-dated hierarchy, cadres, volunteers, accounts and roles. */
@Module({})
export class RegistryAppModule {
  static register(config: RegistryConfig): DynamicModule {
    return {
      module: RegistryAppModule,
      imports: [ServiceKitModule.forRoot({ service: 'registry', config })],
    };
  }
}

export const registryService: ServiceDefinition<RegistryConfig> = {
  service: 'registry',
  loadConfig: loadRegistryConfig,
  rootModule: (config) => RegistryAppModule.register(config),
};
