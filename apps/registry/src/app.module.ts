import { type DynamicModule, Module } from '@nestjs/common';
import { connectCommandTransport, EventSourcingModule } from '@tn/shared-event-sourcing-nest';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { hierarchyEventTypes, REGISTRY_CONTEXT } from '@tn/registry-contracts';
import { hierarchyRoutes } from '@tn/registry-write';
import { loadRegistryConfig, type RegistryConfig } from './config';

/** The registry service owns organisation units and their effective-dated hierarchy, cadres, volunteers, accounts and roles. */
@Module({})
export class RegistryAppModule {
  static register(config: RegistryConfig): DynamicModule {
    return {
      module: RegistryAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'registry', config }),
        EventSourcingModule.forRoot({
          context: REGISTRY_CONTEXT,
          eventTypes: hierarchyEventTypes,
          commands: hierarchyRoutes,
          keyEncryptionKey: Buffer.from(config.DATA_KEY_ENCRYPTION_KEY, 'base64'),
        }),
      ],
    };
  }
}

export const registryService: ServiceDefinition<RegistryConfig> = {
  service: 'registry',
  loadConfig: loadRegistryConfig,
  rootModule: (config) => RegistryAppModule.register(config),
  beforeListen: (app, config) => connectCommandTransport(app, { context: REGISTRY_CONTEXT, brokers: config.KAFKA_BROKERS }),
};
